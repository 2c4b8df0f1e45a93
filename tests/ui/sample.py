"""Small and large territory files for the window tests."""

from pathlib import Path

from municipaless.core import domain
from municipaless.services import directory
from municipaless.services.file.territory import Territory
from municipaless.storage import bulk, territory_file

HEART = "Cœur de Bresse Solidaire"
LARGE_ROWS = 20_000  # the size docs/known-traps.md#4 measured


def write_small(path: Path) -> Path:
    """A handful of records of every kind the search finds, with one "Cœur …" to look for."""
    t = Territory.create(path, "Camille Martin")
    try:
        org = t.records["organisation"].insert(
            domain.Organisation(
                name=HEART,
                acronym="CBS",
                kind="accompagnement",
                postcode="01000",
                email="contact@coeur-bresse.example",
                phone="+33474000000",
            )
        )
        t.records["organisation"].insert(domain.Organisation(name="France Active Ain"))
        person = t.records["person"].insert(
            domain.Person(first_name="Léa", last_name="Dubois", email="lea@example.org")
        )
        project = t.records["project"].insert(
            domain.Project(
                reference="P-2026-0001",
                name="Épicerie solidaire des Bruyères",
                stage="emergence",
                sector="alimentation",
                first_contact_on="2026-03-04",
                referent="Camille Martin",
            )
        )
        t.records["project"].insert(
            domain.Project(reference="P-2026-0002", name="Recyclerie du cœur de ville")
        )
        t.records["case_event"].insert(
            domain.CaseEvent(
                project_id=project.id,
                kind="accueil",
                occurred_on="2026-03-04",
                subject="Premier accueil épicerie",
            )
        )
        meeting = t.records["meeting"].insert(
            domain.Meeting(
                title="Comité de pilotage ESS", starts_at="2026-05-12T14:00", place="Mairie"
            )
        )
        t.records["decision"].insert(
            domain.Decision(
                meeting_id=meeting.id,
                number="COPIL-2026-01",
                text="Soutien au projet d'épicerie solidaire",
            )
        )
        t.records["action_item"].insert(
            domain.ActionItem(
                meeting_id=meeting.id,
                what="Envoyer le relevé de décisions",
                owner_person_id=person.id,
                due_on="2026-05-20",
            )
        )
        assert org.id
    finally:
        t.close()
    return path


def write_large(path: Path, projects: int) -> Path:
    """Many projects written in one transaction through storage.bulk (seconds, not minutes)."""
    tdb = territory_file.create(path, "bench")
    try:
        bulk.insert_many(
            tdb,
            "project",
            (
                domain.Project(
                    reference=f"P-{i:06d}",
                    name=f"Projet {i:06d}",
                    stage="idee",
                    first_contact_on=f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
                )
                for i in range(projects)
            ),
        )
    finally:
        tdb.close()
    return path


def add_directory(territory) -> dict[str, str]:
    """Structures with offers (for the proposals) and three funders; returns name -> id."""
    rows = territory.records
    ids = {}
    for name, kind in (
        ("Boutique de gestion de l'Ain", "accompagnement"),
        ("Incubateur mobilités Bresse", "accompagnement"),
        ("Région Auvergne-Rhône-Alpes", "financeur_public"),
        ("France Active AURA", "finance_solidaire"),
        ("Commune de Bourg-en-Bresse", "collectivite"),
    ):
        ids[name] = rows["organisation"].insert(domain.Organisation(name=name, kind=kind)).id
    rows["service_offer"].insert(
        domain.ServiceOffer(organisation_id=ids["Boutique de gestion de l'Ain"], service="creation")
    )
    rows["service_offer"].insert(
        domain.ServiceOffer(
            organisation_id=ids["Incubateur mobilités Bresse"],
            service="creation",
            stages=("emergence",),
            sectors=("mobilite",),
        )
    )
    return ids


def write_directory(path: Path) -> Path:
    """Three structures (a funder in Privas, a support structure covering Ardèche, a network),
    two people with jobs, one of them with an ended job."""
    t = Territory.create(path, "Camille Martin")
    try:
        fa = directory.save_organisation(
            t,
            {
                "name": "France Active Ardèche",
                "kind": "finance_solidaire",
                "postcode": "07000",
                "commune_insee": "07186",
                "territory": ("dep:07",),
                "email": "contact@franceactive07.example",
            },
            offers=[
                {
                    "service": "financement",
                    "instrument": "garantie",
                    "conditions": "Projets de l'ESS",
                    "stages": ("creation",),
                }
            ],
            tags=["Réseau ESS"],
        )
        bge = directory.save_organisation(
            t,
            {
                "name": "BGE Ardèche Drôme",
                "acronym": "BGE",
                "kind": "accompagnement",
                "postcode": "07270",
                "commune_insee": "07129",
                "territory": ("commune:07129",),
            },
            offers=[{"service": "creation", "stages": ("idee", "emergence")}],
        )
        directory.save_organisation(
            t, {"name": "Chambre régionale de l'ESS", "acronym": "CRESS", "kind": "reseau"}
        )
        lea = directory.save_person(t, {"first_name": "Léa", "last_name": "Dubois"})
        directory.add_affiliation(
            t,
            lea.id,
            bge.id,
            role="conseillère création",
            start_on="2019-03-01",
            end_on="2020-12-31",
        )
        directory.add_affiliation(
            t, lea.id, fa.id, role="chargée de mission", start_on="2021-01-04"
        )
        directory.save_person(
            t, {"first_name": "Marc", "last_name": "Fabre", "email": "marc.fabre@example.org"}
        )
    finally:
        t.close()
    return path
