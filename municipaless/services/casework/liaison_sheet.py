"""The fiche de liaison: what an oriented structure receives about a project.

It contains ONLY what the porteur agreed to transmit. What consent covers, field by field:

=============================================  ==================  =====================
field                                          without consent     with consent
=============================================  ==================  =====================
project reference, stage, filière, commune,    yes                 yes
legal status envisaged, jobs planned, first
contact date, the need, the commune's referent
project name                                   no                  yes
porteurs' names and roles                      no                  yes
porteurs' e-mail and phone (not the address)   no                  yes
description of the project                     no                  yes
funding requests (funders, amounts, status)    no                  yes
case log notes, other orientations, relances   never               never
=============================================  ==================  =====================

The project name and description are withheld without consent because they often name the
porteur ("Épicerie de Mme Martin"). Consent is the one recorded on *this* orientation (date and
how): consenting for France Active does not send anything to the BGE. The document's title,
subtitle and file properties follow the same rule. Without consent the sheet carries no free
text, yet it still goes through the anonymised documents' redaction
(services/casework/anonymising.py): a structure's name may hold the porteur's (« EI Léa
Martin »). The commune's referent is not redacted: the sheet names them as the contact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from municipaless import documents
from municipaless.core import domain as d
from municipaless.core import formats
from municipaless.core.wording import with_article
from municipaless.documents.model import (
    Block,
    Column,
    Document,
    Heading,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
    Value,
)
from municipaless.services import casework
from municipaless.services.casework import funding
from municipaless.services.casework.anonymising import project_redactor, redact_document
from municipaless.services.casework.project_sheet import (
    FIELD_COLUMNS,
    funding_table,
    holder_rows,
    label,
)
from municipaless.services.file.settings import document_branding
from municipaless.services.file.territory import Territory
from municipaless.services.geography.communes import commune_name


def has_consent(referral: d.Referral) -> bool:
    return bool(referral.consent_on)


def _orientation_rows(
    territory: Territory, referral: d.Referral, project: d.Project, org: d.Organisation
) -> list[list[Value]]:
    rows: list[list[Value]] = [
        ["Structure destinataire", org.name],
        ["Besoin du porteur", label(territory, "service", referral.need)],
        ["Date d'envoi", formats.format_date(referral.sent_on) or "à envoyer"],
        ["Contact à la commune", project.referent],
    ]
    return [r for r in rows if r[1]]


def _project_rows(territory: Territory, project: d.Project, consent: bool) -> list[list[Value]]:
    rows: list[list[Value]] = [["Référence du projet", project.reference]]
    if consent:
        rows.append(["Nom du projet", project.name])
    rows += [
        ["Stade", label(territory, "stage", project.stage)],
        ["Filière", label(territory, "sector", project.sector)],
        ["Commune", commune_name(project.commune_insee) if project.commune_insee else ""],
        ["Statut juridique envisagé", label(territory, "legal_status", project.legal_status)],
        ["Emplois prévus", "" if project.jobs_planned is None else str(project.jobs_planned)],
        ["Premier contact", formats.format_date(project.first_contact_on)],
    ]
    return [r for r in rows if r[1]]


def _consent_paragraph(
    referral: d.Referral, project: d.Project, org: d.Organisation, commune: str
) -> Paragraph:
    if has_consent(referral):
        how = f" ({referral.consent_how})" if referral.consent_how else ""
        return Paragraph(
            Run("Accord du porteur : ", bold=True),
            f"recueilli le {formats.format_long_date(referral.consent_on)}{how} pour la "
            f"transmission de ces informations {with_article(org.name, org.kind, 'à')}, "
            "pour cette orientation seulement.",
        )
    contact = with_article(commune or "la commune", None, "à")
    return Paragraph(
        Run("Sans accord du porteur pour transmettre ses coordonnées : ", bold=True),
        "cette fiche ne comporte ni nom ni coordonnées. Pour prendre contact, adressez-vous "
        f"{contact} en rappelant la référence {project.reference}.",
    )


def build(territory: Territory, referral_id: str, *, today: dt.date | None = None) -> Document:
    """The fiche de liaison of one orientation as a Document (see the table above)."""
    referral: d.Referral = territory.records["referral"].get(referral_id)
    project: d.Project = territory.records["project"].get(referral.project_id)
    org: d.Organisation = territory.records["organisation"].get(
        referral.organisation_id, include_deleted=True
    )
    consent = has_consent(referral)
    brand = document_branding(territory)
    commune = brand.commune
    blocks: list[Block] = [
        Paragraph(
            f"{commune or 'La commune'} oriente le projet de référence ",
            Run(project.reference, bold=True),
            f" {with_article(org.name, org.kind, 'vers')}.",
        ),
        _consent_paragraph(referral, project, org, commune),
        Table("Orientation", FIELD_COLUMNS, _orientation_rows(territory, referral, project, org)),
        Table("Le projet", FIELD_COLUMNS, _project_rows(territory, project, consent)),
    ]
    if consent:
        if project.description.strip():
            blocks += [Heading("Description du projet", 2), Paragraph(project.description.strip())]
        holders = casework.holders(territory, project.id)
        rows = holder_rows([h for h in holders if not h.person.erased_at])
        if rows:
            blocks.append(
                Table(
                    "Porteurs du projet" if len(rows) > 1 else "Porteur du projet",
                    [Column("Nom"), Column("Rôle"), Column("E-mail"), Column("Téléphone")],
                    rows,
                    name="Porteurs",
                )
            )
        plan = funding.plan(territory, project.id)
        if plan.lines:
            blocks.append(funding_table(territory, plan, "Financements sollicités"))
    doc = Document(
        title="Fiche de liaison",
        subtitle=f"{project.reference} → {org.name}",
        meta=Meta(commune=commune, generated=today or dt.date.today()),
        sections=[Section(blocks)],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )
    if consent:
        return doc
    return redact_document(doc, project_redactor(territory, project, with_referent=False))[0]


def write(
    territory: Territory, referral_id: str, path: Path | str, fmt: str | None = None
) -> list[Path]:
    """Write it as DOCX or PDF (fmt, else the path's suffix), atomically."""
    return documents.write(build(territory, referral_id), path, fmt)
