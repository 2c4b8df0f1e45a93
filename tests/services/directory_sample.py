"""A small annuaire whose answers are known: who covers what, where, for which stage."""

from datetime import date
from pathlib import Path

from municipaless.services import directory
from municipaless.services.file.territory import Territory

TODAY = date(2026, 3, 15)
PRIVAS, COUX, LYON, PARIS = "07186", "07072", "69123", "75056"


def build(path: Path) -> tuple[Territory, dict[str, str]]:
    """Structures with offers of known coverage and people with known jobs; returns the
    territory and a name -> id map."""
    t = Territory.create(path, "Test")
    ids: dict[str, str] = {}

    def org(key, offers=(), tags=None, **values):
        record = directory.save_organisation(t, values, offers=list(offers), tags=tags)
        ids[key] = record.id
        return record

    org(
        "bge",
        name="BGE Ardèche Drôme",
        acronym="BGE",
        kind="accompagnement",
        commune_insee=PRIVAS,
        postcode="07000",
        phone="04 75 00 00 01",
        email="contact@bge.example.fr",
        territory=("dep:07",),
        offers=[
            {"service": "creation", "stages": ("idee", "emergence"), "conditions": "Gratuit"},
            {"service": "formation"},
        ],
        tags=["Partenaire clé"],
    )
    org(
        "capca",
        name="Agglo Privas",
        kind="collectivite",
        territory=(f"commune:{PRIVAS}", f"commune:{COUX}"),
        offers=[{"service": "creation", "stages": ("emergence",), "sectors": ("agriculture",)}],
    )
    org(
        "region",
        name="Région AURA",
        kind="financeur_public",
        territory=("reg:84",),
        offers=[{"service": "financement", "instrument": "subvention"}],
    )
    org(
        "initiative",
        name="Initiative Centre Ardèche",
        kind="finance_solidaire",
        territory=("dep:07",),
        offers=[
            {
                "service": "financement",
                "instrument": "pret_honneur",
                "stages": ("creation",),
                "territory": (f"commune:{PRIVAS}",),
            }
        ],
        tags=["partenaire cle"],
    )
    org(
        "paris",
        name="Incubateur parisien",
        kind="accompagnement",
        territory=("dep:75",),
        sectors=("numerique",),
        offers=[{"service": "creation", "stages": ("emergence",)}],
    )
    org(
        "nowhere",
        name="Structure sans territoire",
        kind="accompagnement",
        offers=[{"service": "creation"}],
    )
    org(
        "ess",
        name="Ressourcerie La Bobine",
        kind="entreprise_ess",
        sectors=("economie_circulaire",),
    )

    def person(key, **values):
        ids[key] = directory.save_person(t, values).id

    person("anne", first_name="Anne", last_name="Martin", email="anne.martin@example.fr")
    person("paul", first_name="Paul", last_name="Durand")
    person("lea", first_name="Léa", last_name="Roux")
    directory.add_affiliation(
        t,
        ids["anne"],
        ids["bge"],
        role="chargée de mission",
        start_on="2021-01-04",
        end_on="2023-12-31",
        email="a.martin@bge.example.fr",
    )
    directory.add_affiliation(
        t, ids["anne"], ids["initiative"], role="directrice", start_on="2024-01-02"
    )
    directory.add_affiliation(
        t,
        ids["paul"],
        ids["bge"],
        role="conseiller création",
        start_on="2022-05-01",
        phone="04 75 00 00 02",
    )
    return t, ids
