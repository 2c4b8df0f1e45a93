"""An atelier's documents: the feuille d'émargement (DOCX, PDF) and the list of registrations
(XLSX), with the commune's name, logo and Word template.

Names appear: these are the atelier's working documents, not statistics. A porteur who objected
to being contacted (``person.no_contact_since``) still signs: attendance is not contact.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from municipaless.core.statuses import RegistrationStatus, french_label_of
from municipaless.core.text import sort_key
from municipaless.documents import write
from municipaless.documents.model import (
    Block,
    Column,
    Document,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
    Value,
)
from municipaless.services.cooperation import workshops
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.territory import Territory
from municipaless.services.meetings.documents import when_text

EXTRA_LINES = 5  # blank lines for those who come without registering


def _doc(territory: Territory, title: str, subtitle: str, today: date | None) -> Document:
    brand = territory_settings.document_branding(territory)
    return Document(
        title,
        subtitle,
        Meta(commune=brand.commune, generated=today or date.today()),
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def _line(label: str, value: str) -> Paragraph:
    return Paragraph(Run(f"{label} : ", bold=True), value)


def _trainer(territory: Territory, person_id: str | None, organisation_id: str | None) -> str:
    parts = []
    if person_id:
        person = territory.records["person"].get(person_id, include_deleted=True)
        if not person.erased_at:
            parts.append(f"{person.first_name} {person.last_name}".strip())
    if organisation_id:
        parts.append(
            territory.records["organisation"].get(organisation_id, include_deleted=True).name
        )
    return ", ".join(p for p in parts if p)


def _project(row: workshops.RegistrationRow) -> str:
    return f"{row.project_reference} {row.project_name}".strip()


def _header(territory: Territory, workshop_id: str) -> tuple[str, list[Block]]:
    w = territory.records["workshop"].get(workshop_id)
    blocks: list[Block] = []
    if w.theme:
        blocks.append(_line("Thème", w.theme))
    blocks.append(_line("Date", when_text(w.starts_at, w.ends_at)))
    if w.place:
        blocks.append(_line("Lieu", w.place))
    trainer = _trainer(territory, w.trainer_person_id, w.trainer_organisation_id)
    if trainer:
        blocks.append(_line("Intervenant", trainer))
    return w.title, blocks


def signin_sheet_document(
    territory: Territory, workshop_id: str, *, today: date | None = None
) -> Document:
    """Feuille d'émargement: the registered by name (excused ones left out), their project, a
    blank signature column, and room for those who come unannounced."""
    title, blocks = _header(territory, workshop_id)
    doc = _doc(territory, "Feuille d'émargement", title, today)
    rows = [
        r
        for r in workshops.registrations(territory, workshop_id)
        if r.status != RegistrationStatus.EXCUSED
    ]
    rows.sort(key=lambda r: sort_key(r.sort_name))
    values: list[list[Value]] = [[r.name or "(personne effacée)", _project(r), ""] for r in rows]
    values += [["", "", ""] for _ in range(max(EXTRA_LINES, 12 - len(values)))]
    blocks.append(
        Table(
            "Participants",
            [Column("Nom", width=24), Column("Projet", width=26), Column("Signature", width=22)],
            values,
            row_height_cm=1.3,
        )
    )
    doc.sections.append(Section(blocks))
    return doc


def registrations_document(
    territory: Territory, workshop_id: str, *, today: date | None = None
) -> Document:
    """The registrations as a table: name, project, status, satisfaction and comment."""
    title, blocks = _header(territory, workshop_id)
    doc = _doc(territory, "Inscriptions à l'atelier", title, today)
    rows = workshops.registrations(territory, workshop_id)
    values: list[list[Value]] = [
        [
            r.name or "(personne effacée)",
            r.project_reference,
            r.project_name,
            french_label_of(RegistrationStatus, r.status),
            r.satisfaction,
            r.comment,
            r.registered_on,
        ]
        for r in rows
    ]
    w = territory.records["workshop"].get(workshop_id)
    blocks.append(
        Table(
            "Inscrits",
            [
                Column("Nom", width=24),
                Column("Référence", "code", width=12),
                Column("Projet", width=28),
                Column("Présence", width=10),
                Column("Satisfaction (1 à 5)", "count", width=10),
                Column("Commentaire", width=30),
                Column("Inscrit le", "date", width=11),
            ],
            values,
            note=workshops.places_text(len(rows), w.capacity) + ".",
            name="Inscrits",
        )
    )
    doc.sections.append(Section(blocks, orientation="landscape"))
    return doc


def export_signin_sheet(
    territory: Territory, workshop_id: str, path: Path, fmt: str | None = None
) -> list[Path]:
    """The feuille d'émargement as PDF or DOCX (the path's suffix by default)."""
    return write(signin_sheet_document(territory, workshop_id), path, fmt)


def export_registrations(
    territory: Territory, workshop_id: str, path: Path, fmt: str = "xlsx"
) -> list[Path]:
    return write(registrations_document(territory, workshop_id), path, fmt)
