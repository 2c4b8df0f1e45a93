"""A small territory for the case log tests: structures of the annuaire and one porteur's
project, built through the services the window uses."""

from dataclasses import dataclass

import docx

from municipaless.core import domain as d
from municipaless.services import casework
from municipaless.services.file.territory import Territory
from tests.documents.typography_sample import plain

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


# What identifies Léa Martin or her project, in every spelling a writer might use.
IDENTITY = (
    "Léa",
    "Martin",
    "lea.martin@exemple.fr",
    "06 12 34 56 78",
    "+33612345678",
    "612345678",
    "Épicerie solidaire",
)
SECRETS = (*IDENTITY, "joignable")  # the description goes only with consent


def docx_text(path) -> str:
    """Everything a reader of the file can see: body, tables, headers, footers, properties."""
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in d.sections:
        for part in (section.header, section.footer):
            parts += [p.text for p in part.paragraphs]
    props = d.core_properties
    parts += [props.title or "", props.subject or "", props.keywords or "", props.comments or ""]
    return plain("\n".join(parts))
