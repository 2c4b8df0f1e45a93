"""The fiche collectif (DOCX, PDF…): who the collectif is, its members current and past with
their roles and dates, its referents, projects, enjeux, instance and latest meetings, and the
money its projects were granted — from the same reading as the detail pane
(``collective_view.view``), under the commune's letterhead.

It names structures (public information) and the referents the collectif chose to put
forward; no porteur's contact details, no notes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from municipaless import documents
from municipaless.core import formats
from municipaless.core.statuses import MinutesStatus, french_label_of
from municipaless.core.wording import plural
from municipaless.documents.model import (
    Block,
    Column,
    Document,
    Heading,
    KeyFigure,
    KeyFigures,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
    Value,
)
from municipaless.services.cooperation import collective_view, collectives
from municipaless.services.file.settings import document_branding
from municipaless.services.file.territory import Territory
from municipaless.services.geography.communes import commune_name
from municipaless.storage import activity_queries

FIELD_COLUMNS = [Column("Rubrique", width=14), Column("Information", width=36)]
LAST_MEETINGS = 6


def _labels(territory: Territory, vocab: str) -> dict[str, str]:
    return activity_queries.vocabulary_labels(territory.tdb.db, vocab)


def identity_rows(territory: Territory, v: collective_view.CollectiveView) -> list[list[Value]]:
    c = v.collective
    rows: list[list[Value]] = [
        ["Nom", c.name],
        ["Type", v.kind_label],
        ["Date de création", formats.format_date(c.founded_on)],
    ]
    if v.legal_structure is not None:
        org = v.legal_structure
        legal = _labels(territory, "legal_status").get(org.legal_status or "", "")
        parts = [org.name, legal, formats.format_siret(org.siret) if org.siret else ""]
        rows.append(["Structure juridique", " — ".join(p for p in parts if p)])
    else:
        rows.append(["Structure juridique", "Pas de structure juridique propre"])
    if c.commune_insee:
        rows.append(["Commune", commune_name(c.commune_insee)])
    state = (
        f"Fermé le {formats.format_long_date(c.closed_on)}"
        if c.closed_on and not collectives.is_active(c)
        else "Actif"
    )
    if c.closed_on and collectives.is_active(c):
        state = f"Actif (fin prévue le {formats.format_long_date(c.closed_on)})"
    rows.append(["Situation", state])
    if v.challenges:
        rows.append(["Enjeux du territoire", ", ".join(v.challenges)])
    if v.series is not None:
        rows.append(["Instance", f"{v.series.name} ({v.series.code})"])
    return [r for r in rows if r[1] not in ("", None)]


def _members_blocks(territory: Territory, v: collective_view.CollectiveView) -> list[Block]:
    roles = _labels(territory, "membership_role")
    blocks: list[Block] = [Heading("Membres", 2)]
    current = [
        [m.organisation_name, roles.get(m.membership.role or "", ""), m.membership.joined_on]
        for m in v.current_members
    ]
    if current:
        blocks.append(
            Table(
                "Membres actuels",
                [Column("Structure"), Column("Rôle"), Column("Entrée", "date")],
                current,
                name="Membres",
            )
        )
    else:
        blocks.append(Paragraph(Run("Aucun membre actuel.", italic=True)))
    past = [
        [
            m.organisation_name,
            roles.get(m.membership.role or "", ""),
            m.membership.joined_on,
            m.membership.left_on,
        ]
        for m in v.past_members
    ]
    if past:
        blocks.append(
            Table(
                "Anciens membres",
                [
                    Column("Structure"),
                    Column("Rôle"),
                    Column("Entrée", "date"),
                    Column("Départ", "date"),
                ],
                past,
                name="Anciens membres",
            )
        )
    return blocks


def _projects_blocks(v: collective_view.CollectiveView) -> list[Block]:
    blocks: list[Block] = [Heading("Projets et financements", 2)]
    if not v.projects:
        return [*blocks, Paragraph(Run("Aucun projet lié au collectif.", italic=True))]
    rows: list[list[Value]] = [[p.reference, p.name, p.granted_cents] for p in v.projects]
    blocks.append(
        Table(
            "Projets du collectif",
            [Column("Référence", "code"), Column("Projet"), Column("Montant accordé", "money")],
            rows,
            totals=["Total", "", v.money_cents],
            note="Montant accordé : demandes de financement accordées ou versées.",
            name="Projets",
        )
    )
    return blocks


def _instance_blocks(v: collective_view.CollectiveView) -> list[Block]:
    blocks: list[Block] = [Heading("Instance et réunions", 2)]
    if v.series is None:
        return [*blocks, Paragraph(Run("Le collectif n'a pas encore d'instance.", italic=True))]
    blocks.append(
        Paragraph(
            "Instance dans le module Réunions : ",
            Run(v.series.name, bold=True),
            f" (code {v.series.code}, qui préfixe les numéros de décision).",
        )
    )
    if not v.meetings:
        return [*blocks, Paragraph(Run("Aucune réunion enregistrée.", italic=True))]
    rows: list[list[Value]] = [
        [
            formats.format_local_datetime(m.starts_at),
            m.title,
            m.place,
            french_label_of(MinutesStatus, m.minutes_status),
        ]
        for m in v.meetings
    ]
    blocks.append(
        Table(
            "Dernières réunions",
            [Column("Date"), Column("Réunion"), Column("Lieu"), Column("Compte rendu")],
            rows,
            name="Réunions",
        )
    )
    return blocks


def build(territory: Territory, collective_id: str, *, today: dt.date | None = None) -> Document:
    v = collective_view.view(territory, collective_id, last_meetings=LAST_MEETINGS, today=today)
    c = v.collective
    brand = document_branding(territory)
    figures = KeyFigures(
        [
            KeyFigure("Membres actuels", len(v.current_members), "count"),
            KeyFigure("Anciens membres", len(v.past_members), "count"),
            KeyFigure(plural(len(v.projects), "Projet", "Projets", number=False), len(v.projects)),
            KeyFigure("Montant accordé à ses projets", v.money_cents, "money"),
        ]
    )
    blocks: list[Block] = [
        Table("Le collectif", FIELD_COLUMNS, identity_rows(territory, v), name="Collectif"),
        figures,
    ]
    if c.description.strip():
        blocks += [Heading("Présentation", 2), Paragraph(c.description.strip())]
    blocks += _members_blocks(territory, v)
    blocks.append(Heading("Référents", 2))
    if v.referents:
        blocks.append(
            Table(
                "Référents du collectif",
                [Column("Nom"), Column("Rôle")],
                [[r.person_name, r.referent.role] for r in v.referents],
                name="Référents",
            )
        )
    else:
        blocks.append(Paragraph(Run("Aucun référent désigné.", italic=True)))
    blocks += _projects_blocks(v)
    blocks += _instance_blocks(v)
    return Document(
        title="Fiche collectif",
        subtitle=f"{c.name} — {v.kind_label}" if v.kind_label else c.name,
        meta=Meta(
            commune=brand.commune,
            generated=today or dt.date.today(),
            subject=f"Fiche collectif : {c.name}",
            keywords="collectif, coopération, ESS",
        ),
        sections=[Section(blocks)],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def write(
    territory: Territory, collective_id: str, path: Path | str, fmt: str | None = None
) -> list[Path]:
    """Write the fiche as DOCX or PDF (any documents format) at ``path``, atomically."""
    return documents.write(build(territory, collective_id), path, fmt)
