"""Candidatures: for an existing project or one created on the spot in the case log with its
porteur, partners added and removed (the same structure twice refused), documents from the
call's checklist, one candidature per project and call, withdrawal."""

import pytest

from municipaless.services import casework
from municipaless.services.cooperation import submissions
from municipaless.services.cooperation.calls import CallError
from tests.services.calls_sample import COOPERATE, DOCUMENTS, make_call_sample


@pytest.fixture
def cs(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    yield sample
    sample.s.t.close()


def test_a_project_created_on_the_spot_joins_the_case_log_with_its_holder(cs):
    t, call = cs.s.t, cs.call
    porteur = t.save("person", {"first_name": "Yanis", "last_name": "Benali"})
    sub = submissions.create_submission(
        t,
        call.id,
        {
            "person_id": porteur.id,
            "category": COOPERATE,
            "asked_cents": "8 000 €",
            "received_on": "12/03/2026",
            "documents": ["statuts", "Budget prévisionnel"],
        },
        partners=[cs.s.orgs["BGE"].id],
        new_project={"name": "Recyclerie du Val", "sector": "economie_circulaire"},
    )
    project = t.records["project"].get(sub.project_id)
    assert project.name == "Recyclerie du Val" and project.reference.startswith("P-")
    listed = [row[0] for row in casework.project_list(t).fetch(0, 50)]
    assert project.id in listed  # in the case log like any project
    assert [h.person.id for h in casework.holders(t, project.id)] == [porteur.id]
    assert sub.asked_cents == 800_000 and sub.received_on == "2026-03-12"
    assert sub.documents == ("Budget prévisionnel", "Statuts")  # the checklist's order
    line = submissions.lines(t, call.id)[0]
    assert (line.project_name, line.porteur, line.partners) == (
        "Recyclerie du Val",
        "Yanis Benali",
        1,
    )
    assert (line.documents_received, line.documents_required) == (2, len(DOCUMENTS))


def test_an_existing_project_takes_its_first_holder_as_porteur(cs):
    t = cs.s.t
    sub = submissions.create_submission(
        t, cs.call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    assert sub.person_id == cs.s.lea.id and sub.status == "recue"
    with pytest.raises(CallError) as refused:
        submissions.create_submission(
            t, cs.call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
        )
    assert refused.value.errors["project_id"] == "Ce projet a déjà une candidature à cet appel."


def test_the_same_partner_twice_is_refused(cs):
    t, orgs = cs.s.t, cs.s.orgs
    with pytest.raises(CallError) as refused:
        submissions.create_submission(
            t,
            cs.call.id,
            {"project_id": cs.s.project.id, "category": COOPERATE},
            partners=[orgs["BGE"].id, orgs["BGE"].id],
        )
    assert refused.value.errors["partners"] == (
        "La structure « BGE Drôme-Ardèche » est déjà partenaire de cette candidature."
    )
    assert t.records["submission"].count() == 0  # nothing half-written
    sub = submissions.create_submission(
        t, cs.call.id, {"project_id": cs.s.project.id, "category": COOPERATE}
    )
    partner = submissions.add_partner(t, sub.id, orgs["BGE"].id, "Accompagnement")
    with pytest.raises(CallError):
        submissions.add_partner(t, sub.id, orgs["BGE"].id)
    submissions.add_partner(t, sub.id, orgs["France"].id)
    assert [p.name for p in submissions.partners(t, sub.id)] == [
        "BGE Drôme-Ardèche",
        "France Active Auvergne-Rhône-Alpes",
    ]
    submissions.remove_partner(t, partner.id, partner.rev)
    assert [p.name for p in submissions.partners(t, sub.id)] == [
        "France Active Auvergne-Rhône-Alpes"
    ]
    sub = t.records["submission"].get(sub.id)
    submissions.update_submission(
        t, sub.id, sub.rev, {}, partners=[orgs["Crédit"].id, orgs["France"].id]
    )
    assert {p.name for p in submissions.partners(t, sub.id)} == {
        "Crédit Coopératif",
        "France Active Auvergne-Rhône-Alpes",
    }


def test_the_structure_porteuse_is_not_its_own_partner(cs):
    t, orgs = cs.s.t, cs.s.orgs
    with pytest.raises(CallError) as refused:
        submissions.create_submission(
            t,
            cs.call.id,
            {
                "project_id": cs.s.project.id,
                "category": COOPERATE,
                "organisation_id": orgs["BGE"].id,
            },
            partners=[orgs["BGE"].id],
        )
    assert "porte la candidature" in refused.value.errors["partners"]


def test_bad_fields_are_refused_in_french(cs):
    t = cs.s.t
    with pytest.raises(CallError) as refused:
        submissions.create_submission(
            t,
            cs.call.id,
            {
                "category": "Inconnue",
                "asked_cents": "douze",
                "received_on": "31/02/2026",
                "documents": ["Bilan"],
            },
        )
    errors = refused.value.errors
    assert errors["project_id"] == "Choisissez le projet candidat (ou créez-le)."
    assert errors["category"] == "La catégorie « Inconnue » n'est pas une catégorie de l'appel."
    assert errors["asked_cents"].startswith("Montant invalide")
    assert errors["received_on"].startswith("Date invalide")
    assert errors["documents"] == "La pièce « Bilan » n'est pas dans la liste de l'appel."
    with pytest.raises(CallError) as refused:
        submissions.create_submission(
            t, cs.call.id, {"category": COOPERATE}, new_project={"name": ""}
        )
    assert refused.value.errors["project_name"] == "Donnez un nom au projet (même provisoire)."
    assert t.records["project"].count() == 1  # the sample's project only


def test_withdraw_keeps_the_candidature(cs):
    t = cs.s.t
    sub = submissions.create_submission(
        t, cs.call.id, {"project_id": cs.s.project.id, "category": "Se lancer"}
    )
    sub = submissions.withdraw(t, sub.id, sub.rev)
    assert sub.status == "retiree"
    assert submissions.lines(t, cs.call.id)[0].record.status == "retiree"
    sub = submissions.reinstate(t, sub.id, sub.rev)
    assert sub.status == "recue"
    sub = t.save("submission", {"status": "laureat"}, row_id=sub.id, rev=sub.rev)
    with pytest.raises(CallError) as refused:
        submissions.withdraw(t, sub.id, sub.rev)
    assert "revenez d'abord sur sa décision" in refused.value.message
