"""A territory where the enjeux have something to show: projects (one carrying two enjeux),
a meeting, money, an orientation, a collectif, a call with a partner, an atelier; and one enjeu
(« Revitalisation des centres-bourgs ») nothing carries, so the matrix says « Non couvert ».

Written straight through the Territory (journaled records), so it does not depend on the
other levers' services."""

from dataclasses import dataclass

from municipaless.core import domain as d
from municipaless.services.file.territory import Territory

YEAR = 2026
TODAY = "2026-11-26"
UNCOVERED = "Revitalisation des centres-bourgs"
UNFUNDED = "Mobilités inclusives"


@dataclass
class ChallengeSample:
    t: Territory
    enjeux: dict[str, d.Challenge]  # by title
    projects: list[d.Project]
    orgs: dict[str, d.Organisation]
    meeting: d.Record
    funding: list[d.Record]


def make_challenge_sample(path, officer: str = "Marie Dupont") -> ChallengeSample:
    t = Territory.create(path, officer)
    enjeux = {c.title: c for c in t.challenges()}
    food, mob, circ = (
        enjeux["Alimentation durable"].id,
        enjeux[UNFUNDED].id,
        enjeux["Économie circulaire"].id,
    )
    orgs = {
        key: t.save("organisation", {"name": name, "kind": kind})
        for key, name, kind in (
            ("fa", "France Active Drôme", "finance_solidaire"),
            ("bge", "BGE Drôme-Ardèche", "accompagnement"),
            ("region", "Région Auvergne-Rhône-Alpes", "financeur_public"),
            ("ressourcerie", "Ressourcerie du Val", "association"),
            ("ccas", "CCAS de Crest", "collectivite"),
        )
    }
    projects = [
        t.save(
            "project",
            {
                "reference": ref,
                "name": name,
                "first_contact_on": first,
                "challenges": challenges,
            },
        )
        for ref, name, first, challenges in (
            ("P-2026-0001", "Épicerie solidaire", "2026-02-03", (food,)),
            ("P-2026-0002", "Recyclerie des Bruyères", "2026-03-10", (circ, food)),
            ("P-2026-0003", "Transport à la demande", "2026-04-15", (mob,)),
            ("P-2025-0009", "Ancien projet", "2024-05-01", (food,)),  # not followed in 2026
        )
    ]
    funding = [
        t.save(
            "funding_request",
            {
                "project_id": projects[0].id,
                "funder_id": orgs["region"].id,
                "scheme": "Fonds ESS",
                "asked_cents": 1_500_000,
                "granted_cents": 1_200_000,
                "status": "accordee",
                "decided_on": "2026-06-01",
            },
        ),
        t.save(
            "funding_request",
            {
                "project_id": projects[1].id,
                "funder_id": orgs["fa"].id,
                "asked_cents": 800_000,
                "granted_cents": 500_000,
                "status": "versee",
                "decided_on": "2026-07-01",
            },
        ),
        t.save(  # refused: no money
            "funding_request",
            {
                "project_id": projects[2].id,
                "funder_id": orgs["region"].id,
                "asked_cents": 900_000,
                "status": "refusee",
                "decided_on": "2026-07-02",
            },
        ),
        t.save(  # granted in 2025: outside the period
            "funding_request",
            {
                "project_id": projects[0].id,
                "funder_id": orgs["fa"].id,
                "asked_cents": 100_000,
                "granted_cents": 100_000,
                "status": "accordee",
                "decided_on": "2025-06-01",
            },
        ),
    ]
    t.save(
        "referral",
        {
            "project_id": projects[2].id,
            "organisation_id": orgs["bge"].id,
            "status": "envoyee",
            "sent_on": "2026-05-02",
        },
    )
    meeting = t.save(
        "meeting",
        {"title": "Atelier du PAT", "starts_at": "2026-05-12T14:00", "challenges": (food,)},
    )
    t.save(
        "attendance",
        {"meeting_id": meeting.id, "organisation_id": orgs["ccas"].id, "status": "present"},
    )
    collective = t.save(
        "collective", {"name": "PTCE Val de Drôme", "kind": None, "challenges": (circ,)}
    )
    t.save(
        "membership",
        {
            "collective_id": collective.id,
            "organisation_id": orgs["ressourcerie"].id,
            "joined_on": "2025-01-01",
        },
    )
    call = t.save(
        "project_call",
        {
            "title": "Coopérer en Val de Drôme",
            "launch_on": "2026-01-15",
            "notification_on": "2026-06-30",
            "challenges": (circ,),
        },
    )
    submission = t.save("submission", {"call_id": call.id, "project_id": projects[1].id})
    t.save(
        "submission_partner",
        {"submission_id": submission.id, "organisation_id": orgs["ressourcerie"].id},
    )
    t.save(
        "workshop",
        {
            "title": "Monter son plan de financement",
            "starts_at": "2026-09-20T09:30",
            "challenges": (food, mob),
        },
    )
    t.save(  # cancelled: not counted
        "workshop",
        {
            "title": "Atelier annulé",
            "starts_at": "2026-10-01T09:30",
            "status": "annule",
            "challenges": (food,),
        },
    )
    return ChallengeSample(t, enjeux, projects, orgs, meeting, funding)
