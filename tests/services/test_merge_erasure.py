"""A colleague's copy taken before an erasure, merged in (and the erased file merged into it):
the person stays erased and not one byte of her name comes back."""

import pytest

from municipaless import cli
from municipaless.services.casework import case_events
from municipaless.services.file import OpenMode, merge, open_territory
from municipaless.services.file import working_copy as wc
from municipaless.services.privacy import erasure, merge_erasure
from tests.services.erasure_sample import EMAIL, FIRST, LAST, MOBILE, with_person, write_demo
from tests.services.file_sample import colleague_copy

PHONE = "0102030405"


def spellings() -> set[bytes]:
    """Her name as typed, upper, lower, folded, first and last apart, and her coordinates."""
    words = [FIRST, LAST, *LAST.split("-"), EMAIL, MOBILE]
    forms = set()
    for w in words:
        forms |= {w, w.lower(), w.upper(), w.title()}
    forms |= {"anaelle", "cremieux", "vautrin", "ANAELLE", "CREMIEUX", "Cremieux"}
    return {f.encode("utf-8") for f in forms}


def raw_count(path) -> int:
    """Occurrences in the file's raw bytes and its -journal / -wal / -shm."""
    forms, total = spellings(), 0
    for suffix in ("", "-wal", "-shm", "-journal"):
        f = path.with_name(path.name + suffix)
        if f.exists():
            data = f.read_bytes()
            total += sum(data.count(x) for x in forms)
    return total


@pytest.fixture
def copies(tmp_path):
    """The officer's file with her everywhere, and Paul's copy taken then, where Paul changed
    an organisation's phone and wrote a new case event naming her."""
    mine = tmp_path / "mine.municipaless"
    s = with_person(write_demo(mine))
    s.territory.close()
    theirs = colleague_copy(mine, tmp_path / "paul.municipaless")
    paul = open_territory(theirs, "Paul Martin", OpenMode.UNLOCKED)
    org = paul.records["organisation"].where(limit=1, order_by="name DESC")[0]
    paul.save("organisation", {"phone": PHONE}, row_id=org.id, rev=org.rev)
    event = case_events.add_event(
        paul,
        s.project_id,
        case_events.EventInput(
            kind="entretien",
            occurred_on="2026-01-10",
            subject=f"Appel de {FIRST} {LAST}",
            notes=f"{FIRST} rappellera ; son projet avance.",
        ),
    )
    paul.close()
    return mine, theirs, s.person_id, org.id, event.id


def erase(path, person_id):
    t = open_territory(path, "Agent ESS", OpenMode.UNLOCKED)
    erasure.erase_person(t, person_id, "Agent ESS")
    t.close()


def test_merging_an_older_copy_brings_no_byte_of_the_name_back(copies, tmp_path, capsys):
    mine, theirs, person_id, org_id, event_id = copies
    erase(mine, person_id)
    assert raw_count(mine) == 0 and raw_count(theirs) > 10
    t = open_territory(mine, "Agent ESS", OpenMode.UNLOCKED)
    plan = merge_erasure.preview(t, theirs)
    assert plan.conflicts == []
    assert {u.table for u in plan.changed_records} == {"organisation"}
    report = merge_erasure.merge(
        t, plan, merge.resolutions_for(plan, "mine"), backup_base=tmp_path / "b"
    )
    t.close()
    after = raw_count(mine)
    with capsys.disabled():
        print(f"\n[merge erasure] colleague's copy holds {raw_count(theirs)}; merged file {after}")
    assert after == 0
    t = open_territory(mine, "Agent ESS", OpenMode.READ_ONLY)
    person = t.records["person"].get(person_id)
    assert person.erased_at and person.display_name == erasure.ERASED_LABEL
    assert t.records["organisation"].get(org_id).phone == PHONE  # Paul's edit arrived
    event = t.records["case_event"].get(event_id)
    assert event.subject == "Appel de [personne effacée]"
    assert event.notes == "[personne effacée] rappellera ; son projet avance."
    assert t.search("Crémieux") == {} and t.search("rappellera")
    assert merge_erasure.preview(t, theirs).is_empty  # merging again finds nothing
    t.close()
    text = merge.report_text(report)
    assert "Occurrences du nom dans le fichier" in text and "0 après" in text
    assert str(report.backup_path) in text  # the backup before the merge still holds her
    assert FIRST not in text and "Crémieux" not in text


def test_merging_the_erased_file_into_the_older_copy_erases_her_there(copies, capsys):
    mine, theirs, person_id, org_id, event_id = copies
    erase(mine, person_id)
    before = raw_count(theirs)
    paul = open_territory(theirs, "Paul Martin", OpenMode.UNLOCKED)
    plan = merge_erasure.preview(paul, mine)
    assert plan.conflicts == []
    merge_erasure.merge(paul, plan, merge.resolutions_for(plan, "mine"))
    paul.close()
    after = raw_count(theirs)
    with capsys.disabled():
        print(f"\n[merge erasure] reverse: colleague's copy {before} before, {after} after")
    assert before > 10 and after == 0
    paul = open_territory(theirs, "Paul Martin", OpenMode.READ_ONLY)
    assert paul.records["person"].get(person_id).erased_at
    assert paul.records["organisation"].get(org_id).phone == PHONE
    assert paul.records["case_event"].get(event_id).subject == "Appel de [personne effacée]"
    assert merge_erasure.preview(paul, mine).is_empty
    paul.close()


def test_after_the_merge_both_ways_the_copies_agree_without_conflict(copies, tmp_path):
    """The erasure rewrote journal rows both copies shared: they are still the same rows."""
    mine, theirs, person_id, _org_id, _event_id = copies
    erase(mine, person_id)
    t = open_territory(mine, "Agent ESS", OpenMode.UNLOCKED)
    plan = merge_erasure.preview(t, theirs)
    merge_erasure.merge(t, plan, {}, backup_base=tmp_path / "b")
    t.close()
    paul = open_territory(theirs, "Paul Martin", OpenMode.UNLOCKED)
    back = merge_erasure.preview(paul, mine)
    assert back.conflicts == []
    merge_erasure.merge(paul, back, {})
    assert merge_erasure.preview(paul, mine).is_empty
    paul.close()
    t = open_territory(mine, "Agent ESS", OpenMode.READ_ONLY)
    assert merge_erasure.preview(t, theirs).is_empty
    t.close()


def test_without_the_erasure_rules_the_plan_would_conflict(copies):
    """What the erasure does to the journal: the plain planner sees changes everywhere she
    was named (and asks about them, showing her name); the erasure-aware one does not."""
    mine, theirs, person_id, _org_id, _event_id = copies
    erase(mine, person_id)
    t = open_territory(mine, "Agent ESS", OpenMode.READ_ONLY)
    plain, aware = merge.preview(t, theirs), merge_erasure.preview(t, theirs)
    t.close()
    assert plain.conflicts and not aware.conflicts
    assert len(aware.changed_records) < len(plain.changed_records)


def test_the_merge_command_keeps_her_erased(copies, capsys):
    mine, theirs, person_id, _org_id, _event_id = copies
    erase(mine, person_id)
    assert cli.main(["merge", str(mine), str(theirs), "--prefer", "mine"]) == 0
    out = capsys.readouterr().out
    assert "Fusion terminée." in out and "0 après" in out
    assert raw_count(mine) == 0


def test_the_share_merge_of_an_erased_file_erases_her_in_the_working_copy(tmp_path):
    """Paul works on the share through a working copy; the officer erases her meanwhile (the
    erasure writes the share at once); Paul's save merges the share's version in."""
    shared = tmp_path / "partage" / "territoire.municipaless"
    shared.parent.mkdir()
    s = with_person(write_demo(shared))
    s.territory.close()
    paul = open_territory(
        shared, "Paul Martin", OpenMode.WRITE, force_share=True, base=tmp_path / "paul"
    )
    org = paul.records["organisation"].where(limit=1, order_by="name DESC")[0]
    paul.save("organisation", {"phone": PHONE}, row_id=org.id, rev=org.rev)
    officer = open_territory(
        shared, "Agent ESS", OpenMode.TAKE_OVER, force_share=True, base=tmp_path / "agent"
    )
    erasure.erase_person(officer, s.person_id, "Agent ESS")
    wc.close(officer)
    assert raw_count(shared) == 0
    copy = wc.of(paul)
    before = raw_count(copy.local)
    pending = wc.preview_shared(paul, preview=merge_erasure.preview)
    assert not pending.plan.conflicts
    wc.merge_shared(paul, pending, {}, backup_base=tmp_path / "b", merge=merge_erasure.merge)
    after = raw_count(copy.local)
    assert copy.write_back()
    assert before > 10 and after == 0 and raw_count(shared) == 0
    assert paul.records["person"].get(s.person_id).erased_at
    assert paul.records["organisation"].get(org.id).phone == PHONE
    wc.close(paul)


def test_a_text_both_changed_is_asked_about_without_her_name(copies, tmp_path):
    """Paul added to the project's description (which names her) while the officer erased
    her: a real conflict, shown and settled with the name replaced on every side."""
    mine, theirs, person_id, _org_id, _event_id = copies
    paul = open_territory(theirs, "Paul Martin", OpenMode.UNLOCKED)
    [project] = [
        p for p in paul.records["project"].where() if LAST.upper() in (p.description or "")
    ]
    paul.save(
        "project",
        {"description": f"{project.description}\nLocal trouvé."},
        row_id=project.id,
        rev=project.rev,
    )
    paul.close()
    erase(mine, person_id)
    t = open_territory(mine, "Agent ESS", OpenMode.UNLOCKED)
    plan = merge_erasure.preview(t, theirs)
    [conflict] = plan.conflicts
    assert conflict.field == "description" and conflict.theirs.endswith("Local trouvé.")
    shown = repr([conflict.mine, conflict.theirs, conflict.original, conflict.label])
    shown += "\n".join(merge.summary_lines(plan))
    assert "Crémieux" not in shown and "CRÉMIEUX" not in shown and FIRST not in shown
    merge_erasure.merge(t, plan, {conflict.key: "theirs"}, backup_base=tmp_path / "b")
    description = t.records["project"].get(project.id).description
    t.close()
    assert description.endswith("Portée par [personne effacée].\nLocal trouvé.")
    assert raw_count(mine) == 0
