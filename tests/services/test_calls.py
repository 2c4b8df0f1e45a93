"""Calls for projects: references proposed and unique, the calendar in order, rules,
criteria and jury written with the call, the list filtered by status, year and enjeu."""

import pytest

from municipaless.core.statuses import CallStatus
from municipaless.services.cooperation import calls, submissions
from municipaless.services.cooperation.calls import CallError, CallFilters
from tests.services.calls_sample import COOPERATE, make_call_sample


@pytest.fixture
def cs(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    yield sample
    sample.s.t.close()


def _ids(t, filters):
    source = calls.call_list(t, filters)
    return [row[0] for row in source.fetch(0, 50)]


def test_a_call_is_written_with_its_reference_criteria_and_jury(cs):
    t, call = cs.s.t, cs.call
    assert call.reference == "AAP-2026-01"  # the launch's year
    assert [cat["label"] for cat in call.categories] == [COOPERATE, "Se lancer"]
    assert call.categories[0]["min_partners"] == 1
    criteria = calls.criteria(t, call.id)
    assert [(x.label, x.weight, x.max_score) for x in criteria] == [
        ("Utilité sociale", 3.0, 5),
        ("Coopération", 2.0, 5),
        ("Viabilité", 1.0, 10),
    ]
    jury = calls.jury(t, call.id)
    assert [(m.name, m.record.role) for m in jury] == [
        ("Paul Arnaud", "Président"),
        ("Claire Fabre", "Élue"),
        ("Jean Roux", "Membre"),
    ]
    second = calls.create_call(t, {"title": "Deuxième appel", "launch_on": "2026-09-01"})
    assert second.reference == "AAP-2026-02"
    assert calls.funder_name(t, second) == "la commune"


def test_a_reference_another_call_holds_is_refused(cs):
    with pytest.raises(CallError) as refused:
        calls.create_call(cs.s.t, {"title": "Doublon", "reference": "AAP-2026-01"})
    assert refused.value.errors["reference"] == (
        "La référence AAP-2026-01 est déjà celle de l'appel « Coopérer en Val de Drôme »."
    )


def test_the_calendar_must_run_in_order(cs):
    t, call = cs.s.t, cs.call
    with pytest.raises(CallError) as refused:
        calls.update_call(t, call.id, call.rev, {"deadline_on": "15/01/2026"})
    assert refused.value.errors == {
        "deadline_on": "La date limite de dépôt (15/01/2026) ne peut pas précéder le lancement "
        "(01/02/2026)."
    }
    with pytest.raises(CallError) as refused:
        calls.update_call(t, call.id, call.rev, {"notification_on": "2026-04-01"})
    assert refused.value.errors["notification_on"].startswith(
        "La notification (01/04/2026) ne peut pas précéder le jury (20/04/2026)"
    )
    assert t.records["project_call"].get(call.id).deadline_on == "2026-03-31"  # nothing saved


def test_bad_rules_are_refused_in_french(cs):
    t = cs.s.t
    with pytest.raises(CallError) as refused:
        calls.create_call(
            t,
            {
                "title": " ",
                "categories": [{"label": "A"}, {"label": "a"}],
                "max_amount_cents": "20 000",
                "envelope_cents": "10 000",
                "required_documents": ["Statuts", "statuts"],
            },
        )
    errors = refused.value.errors
    assert errors["title"] == "Donnez un titre à l'appel à projets."
    assert errors["categories"] == "La catégorie « a » est indiquée deux fois."
    assert errors["max_amount_cents"] == (
        "Le plafond par lauréat (20\u202f000\u00a0€) dépasse l'enveloppe de l'appel "
        "(10\u202f000\u00a0€)."
    )
    assert errors["required_documents"] == "La pièce « statuts » est indiquée deux fois."
    with pytest.raises(CallError) as refused:
        calls.set_criteria(t, cs.call.id, [{"label": "Impact", "weight": 0}])
    assert refused.value.errors["criteria"] == (
        "Le poids du critère « Impact » doit être supérieur à 0."
    )
    with pytest.raises(CallError) as refused:
        calls.set_jury(t, cs.call.id, [{"role": "Membre"}])
    assert "saisissez un nom" in refused.value.message


def test_criteria_and_jury_are_edited_as_lines(cs):
    t, call = cs.s.t, cs.call
    lines = [
        {"id": x.id, "rev": x.rev, "label": x.label, "weight": x.weight, "max_score": x.max_score}
        for x in calls.criteria(t, call.id)
    ]
    lines[0]["weight"] = 4
    del lines[1]
    lines.append({"label": "Ancrage local", "weight": 1})
    calls.update_call(t, call.id, call.rev, {}, criteria=lines)
    criteria = calls.criteria(t, call.id)
    assert [(x.label, x.weight, x.position) for x in criteria] == [
        ("Utilité sociale", 4.0, 0),
        ("Viabilité", 1.0, 1),
        ("Ancrage local", 1.0, 2),
    ]
    assert criteria[2].max_score == 5  # unless said


def test_a_scored_criterion_and_a_scoring_member_stay(cs):
    t, call = cs.s.t, cs.call
    sub = submissions.create_submission(
        t, call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    member = calls.jury(t, call.id)[1].record
    criterion = calls.criteria(t, call.id)[0]
    card = t.save("scorecard", {"submission_id": sub.id, "jury_member_id": member.id})
    t.save("score", {"scorecard_id": card.id, "criterion_id": criterion.id, "value": 4})
    with pytest.raises(CallError) as refused:
        calls.set_criteria(t, call.id, [])
    assert refused.value.message == (
        "Le critère « Utilité sociale » a déjà des notes du jury : il ne peut pas être retiré."
    )
    with pytest.raises(CallError):
        calls.set_jury(t, call.id, [])
    assert len(calls.criteria(t, call.id)) == 3 and len(calls.jury(t, call.id)) == 3


def test_a_call_with_candidatures_is_not_deleted(cs):
    t, call = cs.s.t, cs.call
    sub = submissions.create_submission(
        t, call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    with pytest.raises(CallError):
        calls.delete_call(t, call.id, call.rev)
    t.remove("submission", sub.id, sub.rev)
    calls.delete_call(t, call.id, call.rev)
    assert calls.criteria(t, call.id) == [] and calls.jury(t, call.id) == []
    assert t.records["project_call"].count() == 0


def test_the_list_filters_by_status_year_and_enjeu(cs):
    t, call = cs.s.t, cs.call
    challenge = t.challenges()[0]
    other = calls.create_call(
        t,
        {
            "title": "Mobilités 2025",
            "launch_on": "2025-03-01",
            "deadline_on": "2025-05-01",
            "status": CallStatus.NOTIFIED,
            "challenges": [challenge.id],
        },
    )
    assert other.reference == "AAP-2025-01"
    assert set(_ids(t, None)) == {call.id, other.id}
    assert _ids(t, CallFilters(status=CallStatus.NOTIFIED)) == [other.id]
    assert _ids(t, CallFilters(year=2026)) == [call.id]
    assert _ids(t, CallFilters(year=2025)) == [other.id]
    assert _ids(t, CallFilters(challenge_id=challenge.id)) == [other.id]
    assert _ids(t, CallFilters(text="mobilites")) == [other.id]  # accents folded
    assert calls.years(t) == [2026, 2025]
    submissions.create_submission(
        t, call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    row = next(r for r in calls.call_list(t).fetch(0, 10) if r[0] == call.id)
    assert row[1:] == (
        "AAP-2026-01",
        "Coopérer en Val de Drôme",
        "preparation",
        "2026-03-31",
        1,
        5_000_000,
    )


def test_the_envelope_shows_what_the_awards_commit(cs):
    t, call = cs.s.t, cs.call
    sub = submissions.create_submission(
        t, call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    assert calls.envelope(t, call.id).remaining_cents == 5_000_000
    t.save(
        "submission", {"status": "laureat", "awarded_cents": 800_000}, row_id=sub.id, rev=sub.rev
    )
    use = calls.envelope(t, call.id)
    assert (use.committed_cents, use.remaining_cents) == (800_000, 4_200_000)


def test_a_category_in_use_stays(cs):
    t, call = cs.s.t, cs.call
    submissions.create_submission(
        t, call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    with pytest.raises(CallError) as refused:
        calls.update_call(t, call.id, call.rev, {"categories": [{"label": COOPERATE}]})
    assert refused.value.errors["categories"] == (
        "La catégorie « Se lancer » est celle de 1 candidature(s) : elle ne peut pas être "
        "retirée ni renommée."
    )
    call = calls.update_call(
        t,
        call.id,
        call.rev,
        {"categories": [{"label": "se lancer", "min_partners": 2}]},  # the same, folded
    )
    assert call.categories == ({"label": "se lancer", "min_partners": 2},)


def test_the_call_list_exports_as_shown(cs, tmp_path):
    from municipaless.services.reports import list_export

    doc = list_export.build_document(calls.call_list(cs.s.t))
    table = doc.sections[0].blocks[0]
    assert [c.header for c in table.columns] == [
        "Référence",
        "Titre",
        "Statut",
        "Date limite",
        "Candidatures",
        "Enveloppe",
    ]
    assert table.rows == [
        ["AAP-2026-01", "Coopérer en Val de Drôme", "En préparation", "2026-03-31", "0", 5_000_000]
    ]
    assert doc.title == "Appels à projets"
    path = list_export.export_list(cs.s.t, "project_call", tmp_path / "appels.csv")
    assert path.read_text("utf-8-sig").splitlines() == [
        "Référence;Titre;Statut;Date limite;Candidatures;Enveloppe",
        "AAP-2026-01;Coopérer en Val de Drôme;En préparation;31/03/2026;0;50000,00",
    ]  # the envelope a number French Excel sums
