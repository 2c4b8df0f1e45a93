"""Réunions: a COPIL from its template, attendance, notes, decisions, actions, points en suspens."""

from datetime import date

import pytest

from municipaless.services import meetings
from municipaless.services.meetings import MeetingError, MinutesFrozen, minutes
from municipaless.services.meetings import series as meeting_series
from municipaless.services.meetings.series import Invitee, SeriesError, Template
from municipaless.storage.errors import ConflictError
from tests.services.meetings_sample import make_territory


@pytest.fixture
def sample(tmp_path):
    t, people, orgs = make_territory(tmp_path / "t.municipaless")
    yield t, people, orgs
    t.close()


def _copil(t, people):
    """A COPIL whose template invites four people of the annuaire and one name typed free."""
    base = meeting_series.default_template("copil")
    invitees = tuple(Invitee(people[n].id) for n in ("Martin", "Dupuis", "Benali", "Roux"))
    template = Template(base.agenda, (*invitees, Invitee(free_name="Sophie Élu")), quorum=3)
    return meeting_series.create_series(t, "copil", template=template)


def test_copil_from_template_attendance_notes_decisions_actions_and_carry_over(sample):
    t, people, orgs = sample
    series = _copil(t, people)
    assert (series.code, series.quorum) == ("COPIL", 3)

    first = meetings.create_meeting(t, series.id, "12/03/2026 14:30", place="Mairie de Privas")
    view = meetings.open_meeting(t, first.id)
    assert view.meeting.starts_at == "2026-03-12T14:30"
    assert view.meeting.title == "Comité de pilotage ESS du 12 mars 2026"
    template_titles = [s.title for s in meeting_series.default_template("copil").agenda]
    assert [i.title for i in view.agenda] == template_titles
    assert [i.position for i in view.agenda] == list(range(1, len(template_titles) + 1))
    names = {a.name: a for a in view.attendance}
    assert set(names) == {"Claire Martin", "Jean Dupuis", "Nadia Benali", "Paul Roux", "Sophie Élu"}
    assert names["Nadia Benali"].organisation_name == "France Active"  # her current structure
    assert {a.record.status for a in view.attendance} == {"invite"}
    assert view.quorum.required == 3 and not view.quorum.reached
    assert view.pending == []  # first meeting of the series

    # attendance: présent, excusé, représenté (by whom), absent
    a = {n: x.record for n, x in names.items()}
    meetings.set_attendance(t, a["Claire Martin"].id, a["Claire Martin"].rev, "present")
    meetings.set_attendance(t, a["Jean Dupuis"].id, a["Jean Dupuis"].rev, "excuse")
    meetings.set_attendance(
        t, a["Nadia Benali"].id, a["Nadia Benali"].rev, "represente", represented_by="Ali Haddad"
    )
    meetings.set_attendance(t, a["Sophie Élu"].id, a["Sophie Élu"].rev, "present")
    view = meetings.open_meeting(t, first.id)
    # people of the annuaire by last name, free names by what was typed
    assert [x.name for x in view.by_status("present")] == ["Claire Martin", "Sophie Élu"]
    assert [x.record.represented_by for x in view.by_status("represente")] == ["Ali Haddad"]
    assert view.quorum.present == 3 and view.quorum.reached  # représenté counts

    # notes, saved as typed: each save returns the rev the next one needs
    item = view.agenda[2]
    rev = meetings.save_notes(t, item.id, item.rev, "La feuille de route")
    rev = meetings.save_notes(t, item.id, rev, "La feuille de route avance bien.")
    with pytest.raises(ConflictError):
        meetings.save_notes(t, item.id, item.rev, "ancienne fenêtre")
    assert t.records["agenda_item"].get(item.id).notes == "La feuille de route avance bien."
    assert t.records["agenda_item"].get(item.id).rev == rev

    # two decisions numbered in the series and the year, three actions
    d1 = meetings.add_decision(t, first.id, "La feuille de route ESS 2026 est adoptée.")
    d2 = meetings.add_decision(
        t, first.id, "L'appel à projets est lancé.", agenda_item_id=view.agenda[4].id
    )
    assert (d1.number, d2.number) == ("COPIL-2026-01", "COPIL-2026-02")
    martin = people["Martin"]
    act1 = meetings.add_action(
        t, first.id, "Envoyer le compte rendu", owner_person_id=martin.id, due_on="20/03/2026"
    )
    act2 = meetings.add_action(
        t,
        first.id,
        "Recenser les locaux vacants",
        owner_organisation_id=orgs["Ressourcerie du Pouzin"].id,
        due_on="2026-04-30",
    )
    act3 = meetings.add_action(
        t, first.id, "Rédiger le règlement", owner_text="Service ESS", decision_id=d2.id
    )
    view = meetings.open_meeting(t, first.id)
    owners = {x.record.what: x.owner for x in view.actions}
    assert owners == {
        "Envoyer le compte rendu": "Claire Martin (Commune de Privas)",
        "Recenser les locaux vacants": "Ressourcerie du Pouzin",
        "Rédiger le règlement": "Service ESS",
    }
    assert [x.record.due_on for x in view.actions] == ["2026-03-20", "2026-04-30", None]

    # close the meeting: whoever is still « invité » is absent
    assert meetings.close_meeting(t, first.id) == 1
    assert [x.name for x in meetings.open_meeting(t, first.id).by_status("absent")] == ["Paul Roux"]
    meetings.set_action_status(t, act1.id, act1.rev, "fait", on=date(2026, 3, 18))

    # the next meeting shows the open actions of the series as points en suspens
    second = meetings.create_meeting(t, series.id, "2026-06-04T14:30")
    view2 = meetings.open_meeting(t, second.id)
    assert view2.meeting.place == "Mairie de Privas"  # carried from the previous meeting
    assert [p.record.id for p in view2.pending] == [act2.id, act3.id]
    assert view2.pending[0].meeting_title == first.title
    # at that meeting: one is closed, the other carried again with a new due date
    act2 = t.records["action_item"].get(act2.id)
    meetings.set_action_status(t, act2.id, act2.rev, "fait", on=date(2026, 6, 4))
    act3 = t.records["action_item"].get(act3.id)
    carried = meetings.carry_action(t, act3.id, act3.rev, due_on="30/09/2026")
    assert carried.status == "a_faire" and carried.due_on == "2026-09-30"
    view2 = meetings.open_meeting(t, second.id)
    assert {p.record.id: p.record.status for p in view2.pending} == {
        act2.id: "fait",  # closed during this meeting: still listed there, as done
        act3.id: "a_faire",
    }
    third = meetings.create_meeting(t, series.id, "2026-10-01T14:30")
    assert [p.record.id for p in meetings.open_meeting(t, third.id).pending] == [act3.id]


def test_notes_saved_over_a_stale_base_are_refused(sample):
    """The rev is current but the text the editor showed is not what is saved: refused."""
    t, people, _orgs = sample
    meeting = meetings.create_meeting(t, _copil(t, people).id, "12/03/2026 14:30")
    item = meetings.open_meeting(t, meeting.id).agenda[3]
    rev = meetings.save_notes(t, item.id, item.rev, "Budget voté.", base="")
    with pytest.raises(ConflictError):  # an editor that still shows "" at the new rev
        meetings.save_notes(t, item.id, rev, "Autre chose", base="")
    assert t.records["agenda_item"].get(item.id).notes == "Budget voté."
    assert t.records["agenda_item"].get(item.id).rev == rev
    rev = meetings.save_notes(t, item.id, rev, "Budget voté. Suite.", base="Budget voté.")
    assert t.records["agenda_item"].get(item.id).notes == "Budget voté. Suite."


def test_decision_numbers_per_series_and_year_never_reused(sample):
    t, people, _ = sample
    copil = _copil(t, people)
    gt = meeting_series.create_series(t, "gt_filiere", "GT alimentation", "GT-ALIM")
    m1 = meetings.create_meeting(t, copil.id, "2026-01-15")
    m2 = meetings.create_meeting(t, copil.id, "2027-01-15")
    g1 = meetings.create_meeting(t, gt.id, "2026-02-01")
    a = meetings.add_decision(t, m1.id, "A")
    b = meetings.add_decision(t, m1.id, "B")
    meetings.remove_decision(t, b.id, b.rev)
    c = meetings.add_decision(t, m1.id, "C")
    assert (a.number, c.number) == ("COPIL-2026-01", "COPIL-2026-03")  # 02 stays retired
    assert meetings.add_decision(t, m2.id, "D").number == "COPIL-2027-01"
    assert meetings.add_decision(t, g1.id, "E").number == "GT-ALIM-2026-01"
    free = meetings.create_meeting(t, None, "2026-05-05")
    assert meetings.add_decision(t, free.id, "F").number == "REU-2026-01"


def test_decision_status_and_register(sample):
    t, people, _ = sample
    copil = _copil(t, people)
    gt = meeting_series.create_series(t, "gt_filiere")
    m1 = meetings.create_meeting(t, copil.id, "2025-11-15")
    m2 = meetings.create_meeting(t, copil.id, "2026-01-15")
    g1 = meetings.create_meeting(t, gt.id, "2026-02-01")
    old = meetings.add_decision(t, m1.id, "Une aide de 5 000 € au projet Légumerie.")
    new = meetings.add_decision(t, m2.id, "L'aide à la légumerie passe à 8 000 €.")
    meetings.add_decision(t, g1.id, "Le groupe étudie une cuisine centrale.")
    replaced = meetings.replace_decision(t, old.id, old.rev, new.id)
    assert replaced.status == "remplacee" and replaced.replaced_by == new.id
    with pytest.raises(MeetingError):
        meetings.replace_decision(t, new.id, new.rev, new.id)

    register = meetings.decision_register(t)
    assert [r.record.number for r in register] == ["GT-2026-01", "COPIL-2026-01", "COPIL-2025-01"]
    assert register[2].replaced_by_number == "COPIL-2026-01"
    assert [r.record.number for r in meetings.decision_register(t, series_id=copil.id)] == [
        "COPIL-2026-01",
        "COPIL-2025-01",
    ]
    assert [r.record.number for r in meetings.decision_register(t, year=2025)] == ["COPIL-2025-01"]
    by_status = meetings.decision_register(t, status="remplacee")
    assert [r.record.id for r in by_status] == [old.id]
    # text: accent-insensitive word prefixes through the search index
    assert [r.record.number for r in meetings.decision_register(t, text="legumer")] == [
        "COPIL-2026-01",
        "COPIL-2025-01",
    ]
    assert meetings.decision_years(t) == [2026, 2025]
    lapsed = meetings.set_decision_status(t, new.id, new.rev, "caduque")
    assert lapsed.status == "caduque"


def test_agenda_ordering(sample):
    t, _, _ = sample
    m = meetings.create_meeting(t, None, "2026-03-01", from_template=False)
    a = meetings.add_agenda_item(t, m.id, "A")
    b = meetings.add_agenda_item(t, m.id, "B", presenter="Claire", duration_min=20)
    c = meetings.add_agenda_item(t, m.id, "C")
    meetings.add_agenda_item(t, m.id, "Z", index=0)
    order = meetings.move_agenda_item(t, c.id, 1)
    assert [i.title for i in order] == ["Z", "C", "A", "B"]
    assert [i.title for i in meetings.open_meeting(t, m.id).agenda] == ["Z", "C", "A", "B"]
    assert [i.position for i in meetings.open_meeting(t, m.id).agenda] == [1, 2, 3, 4]
    dec = meetings.add_decision(t, m.id, "D", agenda_item_id=a.id)
    a = t.records["agenda_item"].get(a.id)
    meetings.remove_agenda_item(t, a.id, a.rev)
    view = meetings.open_meeting(t, m.id)
    assert [(i.title, i.position) for i in view.agenda] == [("Z", 1), ("C", 2), ("B", 3)]
    assert t.records["decision"].get(dec.id).agenda_item_id is None
    assert b.presenter == "Claire" and b.duration_min == 20


def test_projects_discussed(sample):
    t, _, _ = sample
    project = t.save("project", {"name": "Légumerie", "reference": "P-0001"})
    m = meetings.create_meeting(t, None, "2026-03-01")
    link = meetings.link_project(t, m.id, project.id)
    assert meetings.link_project(t, m.id, project.id).id == link.id  # once only
    assert [(p.reference, p.name) for p in meetings.open_meeting(t, m.id).projects] == [
        ("P-0001", "Légumerie")
    ]
    meetings.unlink_project(t, link.id, link.rev)
    assert meetings.open_meeting(t, m.id).projects == []


def test_actions_overview_overdue_first(sample):
    t, _, _ = sample
    m = meetings.create_meeting(t, None, "2026-01-10")
    later = meetings.add_action(t, m.id, "Plus tard", due_on="2026-12-01")
    late2 = meetings.add_action(t, m.id, "En retard récent", due_on="2026-02-20")
    late1 = meetings.add_action(t, m.id, "En retard ancien", due_on="2026-02-01")
    undated = meetings.add_action(t, m.id, "Sans échéance")
    done = meetings.add_action(t, m.id, "Faite", due_on="2026-01-20")
    meetings.set_action_status(t, done.id, done.rev, "fait", on=date(2026, 1, 19))
    today = date(2026, 3, 1)
    rows = meetings.action_items_overview(t, today=today)
    assert [r.record.id for r in rows] == [late1.id, late2.id, later.id, undated.id]
    assert [r.overdue(today.isoformat()) for r in rows] == [True, True, False, False]
    everything = meetings.action_items_overview(t, today=today, open_only=False)
    assert everything[-1].record.id == done.id and everything[-1].record.done_on == "2026-01-19"
    reopened = meetings.set_action_status(
        t, done.id, t.records["action_item"].get(done.id).rev, "en_cours"
    )
    assert reopened.done_on is None
    assert [r.record.id for r in meetings.action_items_overview(t, today=today, text="ancien")] == [
        late1.id
    ]


def test_invitees_and_french_errors(sample):
    t, people, orgs = sample
    m = meetings.create_meeting(t, None, "2026-03-01")
    meetings.add_invitee(t, m.id, person_id=people["Fabre"].id)
    with pytest.raises(MeetingError, match="figure déjà"):
        meetings.add_invitee(t, m.id, person_id=people["Fabre"].id)
    with pytest.raises(MeetingError, match="Choisissez une personne"):
        meetings.add_invitee(t, m.id)
    guest = meetings.add_invitee(t, m.id, free_name="  Invité Libre ")
    assert guest.free_name == "Invité Libre"
    view = meetings.open_meeting(t, m.id)
    assert {a.name: a.organisation_name for a in view.attendance} == {
        "Léa Fabre": "Coopérative Cœur d'Ardèche",
        "Invité Libre": "",
    }
    with pytest.raises(MeetingError, match="Date de réunion invalide"):
        meetings.create_meeting(t, None, "31/02/2026")
    with pytest.raises(MeetingError, match="Heure invalide"):
        meetings.create_meeting(t, None, "01/02/2026 25:00")
    with pytest.raises(MeetingError, match="Échéance invalide"):
        meetings.add_action(t, m.id, "X", due_on="demain")
    with pytest.raises(MeetingError, match="Décrivez"):
        meetings.add_action(t, m.id, "  ")
    with pytest.raises(MeetingError, match="texte de la décision"):
        meetings.add_decision(t, m.id, "")
    meeting_series.create_series(t, "copil", code="GT")
    with pytest.raises(SeriesError, match="déjà celui"):
        meeting_series.create_series(t, "copil", code="gt")
    with pytest.raises(SeriesError, match="ne convient pas"):
        meeting_series.create_series(t, "copil", code="---")
    assert t.records["action_item"].count() == 0 and t.records["decision"].count() == 0


def test_default_code_taken_gets_a_number(sample):
    t, _, _ = sample
    first = meeting_series.create_series(t, "gt_filiere", "GT alimentation")
    second = meeting_series.create_series(t, "gt_filiere", "GT mobilités")
    assert (first.code, second.code) == ("GT", "GT-2")
    assert {k: meeting_series.default_template(k).agenda != () for k in meeting_series.KINDS} == {
        k: True for k in meeting_series.KINDS
    }


def test_frozen_minutes_refuse_edits_but_not_follow_up(sample):
    t, people, _ = sample
    series = _copil(t, people)
    m = meetings.create_meeting(t, series.id, "2026-03-12T14:30")
    item = meetings.open_meeting(t, m.id).agenda[0]
    act = meetings.add_action(t, m.id, "Relancer la CRESS", due_on="2026-04-01")
    m = minutes.circulate(t, m.id, t.records["meeting"].get(m.id).rev, on=date(2026, 3, 20))
    nxt = meetings.create_meeting(t, series.id, "2026-06-04T14:30")
    minutes.approve(t, m.id, m.rev, at_meeting_id=nxt.id)
    with pytest.raises(MinutesFrozen, match="approuvé le 04/06/2026"):
        meetings.save_notes(t, item.id, item.rev, "trop tard")
    with pytest.raises(MinutesFrozen):
        meetings.add_decision(t, m.id, "Après coup")
    with pytest.raises(MinutesFrozen):
        meetings.update_action(t, act.id, act.rev, what="Autre chose")
    # the follow-up of an action lives on after the meeting
    done = meetings.update_action(t, act.id, act.rev, status="fait", due_on="2026-04-15")
    assert done.status == "fait" and done.due_on == "2026-04-15" and done.done_on
    assert t.records["agenda_item"].get(item.id).notes == ""


def test_meeting_list_filters(sample):
    t, people, _ = sample
    copil = _copil(t, people)
    gt = meeting_series.create_series(t, "gt_filiere")
    meetings.create_meeting(t, copil.id, "2026-01-15")
    meetings.create_meeting(t, copil.id, "2026-03-15", title="COPIL de printemps")
    meetings.create_meeting(t, gt.id, "2026-03-20")
    assert meetings.meeting_list(t, series_id=copil.id).count() == 2
    assert meetings.meeting_list(t, date_from="2026-03-01", date_to="2026-03-15").count() == 1
    assert meetings.meeting_list(t, minutes_status="brouillon").count() == 3
    assert meetings.meeting_list(t, text="printemps").count() == 1
    headers = [c.key for c in meetings.meeting_list(t).columns]
    assert "series" in headers


def test_delete_meeting_removes_its_rows(sample):
    t, people, _ = sample
    m = meetings.create_meeting(t, _copil(t, people).id, "2026-01-15")
    meetings.add_decision(t, m.id, "A")
    meetings.add_action(t, m.id, "B")
    meetings.delete_meeting(t, m.id, t.records["meeting"].get(m.id).rev)
    for table in ("meeting", "attendance", "agenda_item", "decision", "action_item"):
        assert t.records[table].count() == 0, table
    t.records["meeting"].restore(m.id)
    assert t.records["meeting"].count() == 1
