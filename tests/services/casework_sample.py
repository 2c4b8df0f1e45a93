"""A small territory for the case log tests: structures of the annuaire and one porteur's
project, built through the services the window uses."""

from dataclasses import dataclass

from municipaless.core import domain as d
from municipaless.services import casework
from municipaless.services.file.territory import Territory

TODAY_ISO = "2026-11-26"


@dataclass
class Sample:
    t: Territory
    project: d.Project
    lea: d.Person
    orgs: dict[str, d.Organisation]


def make_sample(path, officer: str = "Marie Dupont") -> Sample:
    t = Territory.create(path, officer)
    orgs = {}
    for name, kind in (
        ("France Active Auvergne-Rhône-Alpes", "finance_solidaire"),
        ("BGE Drôme-Ardèche", "accompagnement"),
        ("Commune de Privas", "collectivite"),
        ("Région Auvergne-Rhône-Alpes", "financeur_public"),
        ("Crédit Coopératif", "banque"),
    ):
        orgs[name.split()[0]] = t.save("organisation", {"name": name, "kind": kind})
    project = casework.create_project(
        t,
        {
            "name": "Épicerie solidaire Martin",
            "description": "Léa Martin veut ouvrir une épicerie ; joignable au 06 12 34 56 78.",
            "sector": "alimentation",
            "stage": "emergence",
            "commune_insee": "07186",
            "legal_status": "association",
            "jobs_planned": 2,
            "first_contact_on": "2026-03-02",
        },
        [
            casework.HolderInput(
                new_person={
                    "first_name": "Léa",
                    "last_name": "Martin",
                    "email": "lea.martin@exemple.fr",
                    "mobile": "06 12 34 56 78",
                },
                role="Porteuse",
            )
        ],
    )
    lea = casework.holders(t, project.id)[0].person
    return Sample(t, project, lea, orgs)
