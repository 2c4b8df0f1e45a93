"""A small territory with known figures for the bilan d'activité (2025 against 2024).

Privas (07186) and La Voulte-sur-Rhône (07349). Expected figures are worked out in the tests.
"""

from pathlib import Path

from municipaless.core import domain as d
from municipaless.services.file.territory import Territory
from municipaless.storage.bulk import write_meta

PRIVAS, VOULTE = "07186", "07349"


def write_sample(path: Path) -> Path:
    t = Territory.create(path, "Camille Martin")
    try:
        _fill(t)
        write_meta(t._tdb, {"commune_name": "Commune de Privas"})
    finally:
        t.close()
    return path


def _fill(t: Territory) -> None:
    ins = {name: t.records[name].insert for name in t.records}
    people = [
        ins["person"](d.Person(first_name=f, last_name=n))
        for f, n in [
            ("Léa", "Dubois"),
            ("Hugo", "Martin"),
            ("Inès", "Moreau"),
            ("Paul", "Girard"),
            ("Rose", "Faure"),
            ("Jean", "Roux"),
        ]
    ]

    def project(ref, commune, sector, stage, legal, first, holders, **kw):
        p = ins["project"](
            d.Project(
                reference=ref,
                name=f"Projet {ref}",
                commune_insee=commune,
                sector=sector,
                stage=stage,
                legal_status=legal,
                first_contact_on=first,
                **kw,
            )
        )
        for person in holders:
            ins["project_holder"](d.ProjectHolder(project_id=p.id, person_id=people[person].id))
        return p

    def event(p, day):
        ins["case_event"](d.CaseEvent(project_id=p.id, kind="entretien", occurred_on=day))

    p1 = project(
        "P1",
        PRIVAS,
        "alimentation",
        "emergence",
        "association",
        "2025-03-01",
        [0, 1],
        jobs_planned=2,
    )
    event(p1, "2025-03-01")
    p2 = project(
        "P2",
        PRIVAS,
        "alimentation",
        "creation",
        "scic",
        "2024-05-10",
        [2],
        jobs_planned=4,
        jobs_created=3,
        founded_on="2025-06-01",
        status="cree",
    )
    event(p2, "2024-05-10")
    event(p2, "2025-02-02")
    p3 = project(
        "P3", VOULTE, "mobilite", "idee", "association", "2024-09-01", [3], status="abandonne"
    )
    event(p3, "2024-09-01")
    p4 = project(
        "P4", VOULTE, "alimentation", "emergence", "association", "2025-10-01", [0], jobs_planned=1
    )
    event(p4, "2025-10-01")
    project(
        "P5",
        PRIVAS,
        "culture",
        "consolidation",
        "association",
        "2020-01-01",
        [4],
        founded_on="2021-05-01",
        status="cree",
    )
    project(
        "P6",
        VOULTE,
        "culture",
        "creation",
        "scop",
        "2021-01-01",
        [5],
        founded_on="2022-03-01",
        status="clos",
    )
    gone = project("P7", PRIVAS, "culture", "idee", "association", "2025-04-01", [5])
    t.records["project"].delete(gone.id, gone.rev)

    fa = ins["organisation"](d.Organisation(name="France Active Ardèche"))
    bge = ins["organisation"](d.Organisation(name="BGE Ardèche"))
    mairie = ins["organisation"](d.Organisation(name="Mairie de Privas"))
    for p, org, status, sent in [
        (p1, fa, "prise_en_charge", "2025-03-05"),
        (p1, fa, "refusee", "2025-04-01"),
        (p2, fa, "sans_reponse", "2025-02-10"),
        (p4, bge, "envoyee", "2025-10-05"),
        (p2, fa, "prise_en_charge", "2024-06-01"),
    ]:
        ins["referral"](
            d.Referral(project_id=p.id, organisation_id=org.id, status=status, sent_on=sent)
        )
    for p, org, instrument, asked, granted, status, day, commune in [
        (p2, mairie, "subvention", 10_000, 5_000, "accordee", "2025-05-01", True),
        (p2, fa, "pret_honneur", 20_000, 15_000, "versee", "2025-06-01", False),
        (p1, fa, "subvention", 3_000, None, "refusee", "2025-07-01", False),
        (p4, fa, "subvention", 1_000, None, "preparation", None, False),
        (p3, fa, "subvention", 2_000, 2_000, "accordee", "2024-11-01", False),
    ]:
        ins["funding_request"](
            d.FundingRequest(
                project_id=p.id,
                funder_id=org.id,
                instrument=instrument,
                asked_cents=asked * 100,
                granted_cents=granted * 100 if granted else None,
                status=status,
                decided_on=day,
                is_commune=commune,
            )
        )

    copil = ins["meeting_series"](
        d.MeetingSeries(name="Comité de pilotage ESS", code="COPIL", kind="copil")
    )
    for day, series, decisions in [
        ("2025-02-01T14:00", copil.id, 2),
        ("2025-09-01T14:00", copil.id, 1),
        ("2025-04-01T09:00", None, 0),
        ("2024-06-01T14:00", copil.id, 1),
        ("2025-12-15T14:00", copil.id, 0),
    ]:
        m = ins["meeting"](d.Meeting(series_id=series, title=f"Réunion {day}", starts_at=day))
        for n in range(decisions):
            ins["decision"](d.Decision(meeting_id=m.id, number=f"D{n}", text="Décision"))
    for due, status, done in [
        ("2025-03-01", "fait", "2025-03-05"),
        ("2025-06-01", "a_faire", None),
        ("2026-03-01", "a_faire", None),
        ("2025-05-01", "abandonne", None),
        ("2025-10-01", "fait", "2026-01-05"),
    ]:
        ins["action_item"](d.ActionItem(what="Action", due_on=due, status=status, done_on=done))
