"""Erasure (RGPD art. 17): no byte of the name left in the file, the bilan unchanged."""

import json
import sqlite3

import pytest

from municipaless.services.file import backups
from municipaless.services.privacy import erasure
from municipaless.services.privacy.names import NameMatcher, count_in_file
from tests.services.erasure_sample import EMAIL, FIRST, LAST, MOBILE, bilan, with_person, write_demo


@pytest.fixture
def sample(tmp_path):
    s = with_person(write_demo(tmp_path / "t.municipaless"))
    yield s
    s.territory.close()


def spellings() -> set[bytes]:
    """What must be gone: each name as typed, upper, lower, folded, first and last apart."""
    words = [FIRST, LAST, *LAST.split("-"), EMAIL, MOBILE]
    forms = set()
    for w in words:
        forms |= {w, w.lower(), w.upper(), w.title()}
    forms |= {"anaelle", "cremieux", "vautrin", "ANAELLE", "CREMIEUX", "Cremieux"}
    return {f.encode("utf-8") for f in forms}


def raw_count(path, forms: set[bytes]) -> int:
    total = 0
    for suffix in ("", "-wal", "-shm", "-journal"):
        f = path.with_name(path.name + suffix)
        if f.exists():
            data = f.read_bytes()
            total += sum(data.count(x) for x in forms)
    return total


def test_no_byte_of_the_name_is_left_and_the_bilan_is_unchanged(sample, capsys):
    t = sample.territory
    forms = spellings()
    figures = bilan(t)
    before = raw_count(t.path, forms)
    assert before > 10  # record, notes, journal, minutes snapshot, index
    report = erasure.erase_person(t, sample.person_id, "Agent ESS")
    after = raw_count(t.path, forms)
    with capsys.disabled():
        print(f"\n[erasure] bytes of the name in the file: before {before}, after {after}")
        print(f"[erasure] report counted {report.bytes_before} -> {report.bytes_after}")
    assert after == 0
    assert report.bytes_before >= 10 and report.bytes_after == 0
    assert bilan(t) == figures
    assert t.quick_check() == ""


def test_what_is_kept_and_what_is_replaced(sample):
    t = sample.territory
    erasure.erase_person(t, sample.person_id)
    person = t.records["person"].get(sample.person_id)
    assert person.display_name == "Personne effacée" and person.erased_at
    assert (person.email, person.mobile, person.address, person.notes) == (None, None, "", "")
    # the facts stay: the porteur's link, the anonymous participant, the action's owner
    holders = t.records["project_holder"].where("person_id = ?", [person.id])
    assert len(holders) == 1
    present = t.records["attendance"].where("person_id = ?", [person.id])
    assert [a.status for a in present] == ["present"]
    event = t.records["case_event"].where("project_id = ? AND occurred_on = '2025-05-12'",
                                          [sample.project_id])[0]  # fmt: skip
    assert event.subject == "Entretien avec Mme [personne effacée]"
    assert "épicerie" in event.notes and "[personne effacée]" in event.notes
    snapshots = t.records["minutes_version"].where("meeting_id = ?", [sample.meeting_id])
    assert {v.status for v in snapshots} == {"diffuse", "approuve"}
    for v in snapshots:
        assert "[personne effacée]" in json.dumps(v.content, ensure_ascii=False)
    assert t.search("Crémieux") == {} and t.search("anaelle") == {}
    assert t.search("épicerie")  # the rest of the index is still there


def test_the_journal_keeps_no_old_value_of_the_person(sample):
    t = sample.territory
    erasure.erase_person(t, sample.person_id)
    conn = sqlite3.connect(t.path)
    rows = conn.execute(
        "SELECT field, old, new FROM journal WHERE table_name = 'person' AND row_id = ?",
        (sample.person_id,),
    ).fetchall()
    conn.close()
    assert ("erased_at", None, t.records["person"].get(sample.person_id).erased_at) in rows
    assert all(old is None and (new is None or f == "erased_at") for f, old, new in rows)


def test_rectification_keeps_its_history(sample):
    """An ordinary edit is not an erasure: the old value stays in the journal."""
    t = sample.territory
    person = t.records["person"].get(sample.person_id)
    t.save("person", {"notes": "corrigé"}, row_id=person.id, rev=person.rev)
    conn = sqlite3.connect(t.path)
    old = conn.execute(
        "SELECT old FROM journal WHERE row_id = ? AND field = 'notes' ORDER BY seq DESC",
        (person.id,),
    ).fetchone()[0]
    conn.close()
    assert old.startswith("Rencontrée au forum")


def test_backups_still_holding_the_name_are_listed_then_purged(sample):
    t = sample.territory
    old = backups.make(t, "manual")
    report = erasure.erase_person(t, sample.person_id)
    assert [h.path for h in report.holders] == [old.path]
    assert any("Ces sauvegardes contiennent encore" in line for line in report.lines())
    clean = backups.make(t, "manual")
    assert count_in_file(clean.path, report.needles) == 0
    assert erasure.purge_backups(report) == [old.path]
    assert not old.path.exists() and clean.path.exists()
    assert [e.path for e in backups.for_territory(t)] == [clean.path]


def test_an_erased_person_cannot_be_erased_twice(sample):
    erasure.erase_person(sample.territory, sample.person_id)
    with pytest.raises(erasure.ErasureError, match="déjà été effacée"):
        erasure.erase_person(sample.territory, sample.person_id)


def test_matcher_whole_words_folded_and_runs():
    m = NameMatcher()
    m.add_name("Éloïse", "Crémieux-Lambert")
    assert m.redact("Vu ELOISE cremieux-LAMBERT hier") == "Vu [personne effacée] hier"
    assert m.redact("Lamberty et Héloïse restent") == "Lamberty et Héloïse restent"
    assert (
        m.redact("Mme Lambert, puis Eloïse.") == "Mme [personne effacée], puis [personne effacée]."
    )
    short = NameMatcher()
    short.add_name("Li", "Wu")
    assert (
        short.redact("Li Wu est venu ; Li seul aussi")
        == "[personne effacée] est venu ; Li seul aussi"
    )
    assert m.redact_json('{"a": ["Éloïse"], "n": 3}') == '{"a": ["[personne effacée]"], "n": 3}'


def test_the_erasure_reaches_the_shared_file_and_its_previous_versions_are_listed(tmp_path):
    from municipaless.services.file import working_copy

    (tmp_path / "partage").mkdir()
    shared = write_demo(tmp_path / "partage" / "t.municipaless")
    s = with_person(shared, force_share=True, base=tmp_path / "donnees")
    t = s.territory
    copy = working_copy.of(t)
    assert copy is not None and copy.write_back()  # the share holds the person now
    try:
        report = erasure.erase_person(t, s.person_id)
        assert "a été remplacé" in report.shared
        assert raw_count(shared, spellings()) == 0
        assert copy.shared in report.files
        previous = {h.path for h in report.holders if h.kind == "previous"}
        assert copy.previous_path in previous
        erasure.purge_backups(report)
        assert not copy.previous_path.exists() and shared.exists()
    finally:
        working_copy.close(t)


def test_matcher_finds_names_however_they_were_typed():
    m = NameMatcher()
    m.add_name("Anaëlle", "Crémieux-Vautrin")
    decomposed = "Vu Cre\u0301mieux hier"
    assert m.found_in(decomposed) and m.redact(decomposed) == "Vu [personne effacée] hier"
    assert m.found_in('{"n": "Cr\\u00e9mieux"}')
    assert m.redact_json('{"n": "Cr\\u00e9mieux"}') == '{"n": "[personne effacée]"}'
    assert not m.found_in("Crémieu et Vautrain ne sont pas elle")
    ligature = NameMatcher()
    ligature.add_name("Cœur", "")
    assert (
        ligature.redact("M. COEUR et Mme Cœur") == "M. [personne effacée] et Mme [personne effacée]"
    )


def test_byte_counts_are_whole_words_across_chunks(tmp_path, monkeypatch):
    from municipaless.services.privacy import names

    monkeypatch.setattr(names, "_CHUNK", 7)
    path = tmp_path / "f.bin"
    path.write_bytes(b"xx Lea\x00nucl\xc3\xa9aire LEA,lea Leather lea")
    needles = {b"lea", "léa".encode()}
    assert names.count_in_file(path, needles) == 4
    assert names.count_in_bytes(path.read_bytes(), needles) == 4


def test_after_erasure_the_access_export_holds_no_trace_of_her(sample, tmp_path):
    """« Tout ce que nous détenons sur cette personne » after her erasure: the anonymous facts
    (her card, the dossier she held) and none of her name, e-mail or mobile."""
    import zipfile

    from municipaless.services.privacy import access, access_export

    t = sample.territory
    erasure.erase_person(t, sample.person_id)
    report = access.collect(t, sample.person_id)
    doc = access_export.write_document(t, report, tmp_path / "acces.docx")[0]
    archive = access_export.write_zip(report, tmp_path / "acces.zip")
    assert any(c.rows for c in report.categories)  # her (erased) card and her dossier remain
    forms = spellings()
    texts = []  # a .docx is a zip too: read every part of both, uncompressed
    for container in (doc, archive):
        with zipfile.ZipFile(container) as z:
            texts += [z.read(n) for n in z.namelist()]
    assert texts and not [f for f in forms for data in texts if f in data]
