"""A call for projects with its criteria, jury and candidatures, written as records through the
Territory like the services do (the jury's tests never depend on the calls' own services).

« Coopérer en Val de Drôme »: envelope 30 000 €, ceiling 12 000 €, one category needing a
partner, two required documents; criteria Utilité sociale (weight 2), Coopération (1),
Viabilité (1), each out of 5; a jury of three (two people of the annuaire, one name typed);
four candidatures: two eligible, one without its partner (non eligible), one withdrawn.
"""

from dataclasses import dataclass, field

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.services import casework
from municipaless.services.file.territory import Territory

TITLE = "Coopérer en Val de Drôme"
CATEGORY = "Coopérer pour se développer"
DOCUMENTS = ("Budget prévisionnel", "Statuts")


@dataclass
class CallSample:
    t: Territory
    call: co.ProjectCall
    criteria: list[co.CallCriterion]
    members: list[co.JuryMember]
    subs: dict[str, co.Submission]  # by short name: epicerie, garage, ressourcerie, cafe
    projects: dict[str, d.Project]
    porteurs: dict[str, d.Person]
    orgs: dict[str, d.Organisation] = field(default_factory=dict)


def make_call(t: Territory, **call_fields) -> co.ProjectCall:
    values = {
        "reference": "AAP-2026-01",
        "title": TITLE,
        "categories": ({"label": CATEGORY, "min_partners": 1},),
        "max_amount_cents": 1_200_000,
        "required_documents": DOCUMENTS,
        "envelope_cents": 3_000_000,
        "launch_on": "2026-03-01",
        "deadline_on": "2026-05-31",
        "jury_on": "2026-06-18",
        "notification_on": "2026-07-01",
        "status": "jury",
    }
    values.update(call_fields)
    return t.save("project_call", values)


def add_candidature(
    t: Territory,
    call: co.ProjectCall,
    name: str,
    porteur: tuple[str, str],
    *,
    received_on: str = "2026-05-10",
    asked_cents: int = 1_000_000,
    partners: tuple[d.Organisation, ...] = (),
    documents: tuple[str, ...] = DOCUMENTS,
    status: str = "recue",
) -> tuple[co.Submission, d.Project, d.Person]:
    project = casework.create_project(
        t,
        {"name": name, "first_contact_on": "2026-02-01"},
        [casework.HolderInput(new_person={"first_name": porteur[0], "last_name": porteur[1]})],
    )
    person = casework.holders(t, project.id)[0].person
    sub = t.save(
        "submission",
        {
            "call_id": call.id,
            "project_id": project.id,
            "person_id": person.id,
            "category": CATEGORY,
            "asked_cents": asked_cents,
            "received_on": received_on,
            "documents": documents,
            "status": status,
        },
    )
    for org in partners:
        t.save("submission_partner", {"submission_id": sub.id, "organisation_id": org.id})
    return sub, project, person


def make_call_sample(path, officer: str = "Marie Dupont", funder: bool = False) -> CallSample:
    t = Territory.create(path, officer)
    orgs = {
        "cress": t.save("organisation", {"name": "CRESS Auvergne-Rhône-Alpes"}),
        "ressourcerie": t.save("organisation", {"name": "Ressourcerie du Pouzin"}),
        "departement": t.save(
            "organisation", {"name": "Département de la Drôme", "kind": "collectivite"}
        ),
    }
    call = make_call(t, funder_id=orgs["departement"].id if funder else None)
    criteria = [
        t.save(
            "call_criterion",
            {"call_id": call.id, "label": label, "weight": weight, "max_score": 5, "position": i},
        )
        for i, (label, weight) in enumerate(
            (("Utilité sociale", 2.0), ("Coopération", 1.0), ("Viabilité", 1.0))
        )
    ]
    claire = t.save("person", {"first_name": "Claire", "last_name": "Martin"})
    jean = t.save("person", {"first_name": "Jean", "last_name": "Dupuis"})
    members = [
        t.save("jury_member", {"call_id": call.id, "person_id": claire.id, "role": "présidente"}),
        t.save("jury_member", {"call_id": call.id, "person_id": jean.id, "position": 1}),
        t.save("jury_member", {"call_id": call.id, "name": "Hugo Morel", "position": 2}),
    ]
    subs, projects, porteurs = {}, {}, {}
    for key, name, porteur, kwargs in (
        ("epicerie", "Épicerie solidaire", ("Léa", "Fabre"), {"partners": (orgs["cress"],)}),
        (
            "garage",
            "Garage solidaire",
            ("Paul", "Roux"),
            {"partners": (orgs["ressourcerie"],), "received_on": "2026-05-02"},
        ),
        ("ressourcerie", "Atelier vélo", ("Nadia", "Benali"), {}),
        (
            "cafe",
            "Café associatif",
            ("Yves", "Blanc"),
            {"partners": (orgs["cress"],), "status": "retiree"},
        ),
    ):
        subs[key], projects[key], porteurs[key] = add_candidature(t, call, name, porteur, **kwargs)
    return CallSample(t, call, criteria, members, subs, projects, porteurs, orgs)


def submission(t: Territory, sub: co.Submission) -> co.Submission:
    """The candidature as stored now (its rev moved)."""
    return t.records["submission"].get(sub.id)
