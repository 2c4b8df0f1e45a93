"""Corbeille, Historique and Paramètres ▸ Listes as services: restore with links, a field's old
value back as a new change, vocabulary values renamed, archived, refused deletion, merged."""

import itertools

import pytest

from municipaless.core.domain import Organisation, Person, Project
from municipaless.services.casework import case_events
from municipaless.services.file import OpenMode, history, merge, open_territory, trash
from municipaless.services.file import vocabulary_lists as lists
from municipaless.services.file.territory import Territory
from municipaless.storage import records as records_module
from municipaless.storage.errors import ConflictError
from tests.services.file_sample import colleague_copy


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Marie Dupont")
    yield t
    t.close()


@pytest.fixture
def clock(monkeypatch):
    """Journal times the test moves on (deletions seconds or minutes apart)."""
    state = {"now": 0}
    ticks = itertools.count()

    def now():
        next(ticks)
        minutes, seconds = divmod(state["now"], 60)
        return f"2026-12-03T10:{minutes:02d}:{seconds:02d}Z"

    monkeypatch.setattr(records_module, "utc_now_iso", now)
    return state


def _project_with_event(t):
    project = t.records["project"].insert(Project(reference="P-2026-0001", name="Épicerie"))
    person = t.records["person"].insert(Person(first_name="Awa", last_name="Diallo"))
    event = case_events.add_event(
        t,
        project.id,
        case_events.EventInput(
            kind="entretien",
            occurred_on="2026-12-01",
            subject="Premier RDV",
            person_ids=(person.id,),
        ),
    )
    return project, person, event


def test_an_entry_deleted_with_its_participants_comes_back_with_them(territory, clock):
    project, person, event = _project_with_event(territory)
    case_events.remove_event(territory, event.id, event.rev)
    [item] = trash.items(territory)
    assert (item.table, item.label, item.context) == (
        "case_event",
        "01/12/2026 — Premier RDV",
        "P-2026-0001 Épicerie",
    )
    assert (item.deleted_by, item.linked) == ("Marie Dupont", 1)
    clock["now"] = 600
    assert trash.restore(territory, item.table, item.row_id, item.rev) == 2
    assert case_events.participants(territory, event.id).person_ids == (person.id,)
    assert trash.items(territory) == []
    fields = [r.field for r in history.changes(territory, "case_event", event.id)]
    assert fields[:2] == ["~", "-"]  # the restore is journaled, newest first


def test_restoring_a_record_whose_project_is_deleted_says_what_to_restore_first(territory, clock):
    project, _person, event = _project_with_event(territory)
    case_events.remove_event(territory, event.id, event.rev)
    clock["now"] = 600  # ten minutes later: another deletion
    project = territory.records["project"].get(project.id)
    territory.remove("project", project.id, project.rev)
    items = {i.table: i for i in trash.items(territory)}
    assert set(items) == {"case_event", "project"}
    entry = items["case_event"]
    with pytest.raises(trash.RestoreRefused, match="Restaurez d'abord le projet « P-2026-0001"):
        trash.restore(territory, "case_event", entry.row_id, entry.rev)
    trash.restore(territory, "project", project.id, items["project"].rev)
    assert trash.restore(territory, "case_event", entry.row_id, entry.rev) == 2


def test_a_meeting_comes_back_with_its_agenda_and_a_stale_rev_is_a_conflict(territory):
    from municipaless.services import meetings

    meeting = meetings.create_meeting(territory, None, "2026-12-10 18:00", title="COPIL")
    meetings.add_agenda_item(territory, meeting.id, "Budget")
    meeting = territory.records["meeting"].get(meeting.id)
    meetings.delete_meeting(territory, meeting.id, meeting.rev)
    [item] = trash.items(territory)
    assert item.table == "meeting" and item.linked >= 1
    with pytest.raises(ConflictError):
        trash.restore(territory, "meeting", meeting.id, item.rev - 1)
    restored = trash.restore(territory, "meeting", meeting.id, item.rev)
    assert restored == 1 + item.linked
    assert [a.title for a in meetings.open_meeting(territory, meeting.id).agenda] == ["Budget"]


def test_history_lists_each_change_and_restores_an_old_value_as_a_new_change(territory):
    org = territory.records["organisation"].insert(Organisation(name="BGE", email="a@bge.fr"))
    org = territory.save("organisation", {"email": "b@bge.fr"}, row_id=org.id, rev=org.rev)
    org = territory.save("organisation", {"sectors": ("alimentation",)}, row_id=org.id, rev=org.rev)
    changes = history.changes(territory, "organisation", org.id)
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("sectors", (), ("alimentation",)),
        ("email", "a@bge.fr", "b@bge.fr"),
        ("+", None, None),
    ]
    assert all(c.by == "Marie Dupont" and c.merged_from is None for c in changes)
    email = changes[1]
    restored = history.restore_value(
        territory, "organisation", org.id, org.rev, email.field, email.old
    )
    assert restored.email == "a@bge.fr"
    newest = history.changes(territory, "organisation", org.id)[0]
    assert (newest.field, newest.old, newest.new) == ("email", "b@bge.fr", "a@bge.fr")
    with pytest.raises(ConflictError):  # read before the restore: a colleague's write
        history.restore_value(territory, "organisation", org.id, org.rev, "email", "c@x.fr")


def test_a_value_in_use_can_only_be_archived_and_keeps_its_label(territory):
    new = lists.add(territory, "sector", "Épicerie vrac")
    assert new.code == "epicerie_vrac"
    with pytest.raises(lists.ListError, match="contient déjà"):
        lists.add(territory, "sector", "epicerie  VRAC")
    territory.records["project"].insert(
        Project(reference="P-1", name="Ressourcerie", sector=new.code)
    )
    [entry] = [e for e in lists.entries(territory, "sector") if e.code == new.code]
    assert entry.uses == 1
    with pytest.raises(lists.ListError, match="utilisé par 1 fiche"):
        lists.delete(territory, "sector", entry.row_id, entry.rev)
    lists.set_archived(territory, "sector", entry.row_id, entry.rev, True)
    assert new.code not in [v.code for v in territory.vocabulary("sector")]
    assert new.code in [v.code for v in territory.vocabulary("sector", include_archived=True)]
    with pytest.raises(lists.ListError, match="fixée"):
        lists.add(territory, "project_status", "Suspendu")


def test_an_unused_enjeu_is_deleted_and_a_used_one_archived(territory):
    first, second = lists.entries(territory, lists.CHALLENGES)[:2]
    territory.records["project"].insert(
        Project(reference="P-1", name="Tiers-lieu", challenges=(first.code,))
    )
    with pytest.raises(lists.ListError):
        lists.delete(territory, lists.CHALLENGES, first.row_id, first.rev)
    lists.set_archived(territory, lists.CHALLENGES, first.row_id, first.rev, True)
    assert first.row_id not in [c.id for c in territory.challenges()]
    lists.delete(territory, lists.CHALLENGES, second.row_id, second.rev)
    assert second.row_id not in [e.row_id for e in lists.entries(territory, lists.CHALLENGES)]
    before = [c.id for c in territory.challenges()]
    lists.move(territory, lists.CHALLENGES, before[1], -1)
    assert [c.id for c in territory.challenges()] == [before[1], before[0], *before[2:]]


def test_a_rename_in_a_colleague_copy_follows_through_the_merge(tmp_path):
    mine_path = tmp_path / "mine.municipaless"
    Territory.create(mine_path, "Marie Dupont").close()
    theirs_path = colleague_copy(mine_path, tmp_path / "paul.municipaless")
    paul = open_territory(theirs_path, "Paul Martin", OpenMode.UNLOCKED)
    stage = next(e for e in lists.entries(paul, "stage"))
    lists.rename(paul, "stage", stage.row_id, stage.rev, "Envie d'entreprendre")
    enjeu = lists.entries(paul, lists.CHALLENGES)[0]
    lists.set_archived(paul, lists.CHALLENGES, enjeu.row_id, enjeu.rev, True)
    paul.close()
    mine = open_territory(mine_path, "Marie Dupont", OpenMode.UNLOCKED)
    plan = merge.preview(mine, theirs_path)
    merge.merge(mine, plan, merge.resolutions_for(plan, "mine"), backup_base=tmp_path / "b")
    labels = {e.code: e.label for e in lists.entries(mine, "stage")}
    assert labels[stage.code] == "Envie d'entreprendre"
    assert enjeu.row_id not in [c.id for c in mine.challenges()]  # archived there, here too
    [change] = [c for c in history.changes(mine, "vocabulary", stage.row_id) if c.field == "label"]
    assert (change.by, change.merged_from) == ("Paul Martin", "paul.municipaless")
    mine.close()


def test_an_approved_meeting_is_frozen_for_the_history_too(territory):
    from municipaless.services import meetings

    meeting = meetings.create_meeting(territory, None, "2026-12-10 18:00", title="COPIL")
    meeting = territory.save("meeting", {"place": "Mairie"}, row_id=meeting.id, rev=meeting.rev)
    meeting = territory.save(
        "meeting",
        {"minutes_status": "approuve", "approved_on": "2026-12-11"},
        row_id=meeting.id,
        rev=meeting.rev,
    )
    place = next(c for c in history.changes(territory, "meeting", meeting.id) if c.field == "place")
    with pytest.raises(trash.RestoreRefused, match="approuvé : il est figé"):
        history.restore_value(territory, "meeting", meeting.id, meeting.rev, "place", place.old)


def test_a_removed_holder_is_named_after_the_person(territory):
    from municipaless.services import casework

    project, person, _event = _project_with_event(territory)
    holder = casework.add_holder(territory, project.id, casework.HolderInput(person_id=person.id))
    casework.remove_holder(territory, holder.holder_id, holder.rev)
    [item] = trash.items(territory)
    assert (item.table, item.label, item.context) == (
        "project_holder",
        "Awa Diallo",
        "P-2026-0001 Épicerie",
    )
