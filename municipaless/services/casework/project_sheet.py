"""The fiche projet, nominative or anonymised (for a jury or a comité d'engagement).

Nominative: everything the file holds about the project, its porteurs' names and contact
details, its orientations, its plan de financement (needs against resources, the balance:
``funding_plan_document.plan_blocks``) and funding requests, relances and recent case log
entries.

Anonymised: what a jury needs to judge the project, nothing that names its porteurs —

- the project's reference instead of its name (title, subtitle and every table);
- no porteur's name, e-mail, phone or address; the number of porteurs is shown "< 3" below 3;
- no free text that a jury does not need and that may name people: case log subjects and
  notes, relances, reasons for refusal, outcomes and the reason for closing are left out;
- the description is kept, redacted: the names of the people linked to the project (in any
  spelling, nicknames and initials included), any phone, e-mail, link or street address and
  the project's name are replaced by « [nom] », « [téléphone] »… (core/redaction.py);
- then the whole document — title, subtitle, properties, every text — goes through the same
  redaction (services/casework/anonymising.py), and ``preview_redactions`` lists what was
  replaced for the officer to review before sending: a text may still name someone else;
- no referent (the officer's name): the jury goes through the commune, reference in hand.

Structures, funders, schemes and amounts are kept: they are public information.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from municipaless import documents
from municipaless.core import domain as d
from municipaless.core import formats
from municipaless.core.redaction import Replacement
from municipaless.core.statuses import ReferralStatus
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
from municipaless.services import casework
from municipaless.services.casework import budget, funding, funding_plan_document
from municipaless.services.casework.anonymising import project_redactor, redact_document
from municipaless.services.file.settings import document_branding
from municipaless.services.file.territory import Territory
from municipaless.services.geography.communes import commune_name
from municipaless.storage import activity_queries
from municipaless.storage import casework_queries as q

SMALL = "< 3"
FIELD_COLUMNS = [Column("Rubrique", width=14), Column("Information", width=36)]
RECENT_EVENTS = 12


def labels(territory: Territory, vocab: str) -> dict[str, str]:
    return activity_queries.vocabulary_labels(territory.tdb.db, vocab)


def label(territory: Territory, vocab: str, code: str | None) -> str:
    return labels(territory, vocab).get(code, code) if code else ""


def small_count(n: int, masked: bool) -> int | str:
    """A count of people, "< 3" when masked and between 1 and 2."""
    return SMALL if masked and 0 < n < 3 else n


def leverage_figure(plan: funding.FundingPlan) -> KeyFigure:
    """Effet levier as a number with one decimal ("4,0", a number in a spreadsheet) and a label
    that says how to read it."""
    if plan.leverage is None:
        return KeyFigure("Effet levier (pas de financement de la commune)", "—", "text")
    value = round(plan.leverage, 1)
    return KeyFigure("Effet levier : € obtenus pour 1 € de la commune", value, "decimal")


def project_rows(territory: Territory, project: d.Project, nominative: bool) -> list[list[Value]]:
    """The project's identity card as (rubrique, information) rows."""
    rows: list[list[Value]] = [["Référence", project.reference]]
    if nominative:
        rows.append(["Nom du projet", project.name])
    rows += [
        ["Filière", label(territory, "sector", project.sector)],
        ["Statut juridique envisagé", label(territory, "legal_status", project.legal_status)],
        ["Commune", commune_name(project.commune_insee)],
        ["Stade", label(territory, "stage", project.stage)],
        ["Statut du dossier", label(territory, "project_status", project.status)],
    ]
    if nominative and project.close_reason and project.status in casework.CLOSED_STATUSES:
        rows.append(["Motif de clôture", project.close_reason])
    rows += [
        ["Premier contact", formats.format_date(project.first_contact_on)],
        ["Date de création", formats.format_date(project.founded_on)],
        ["Emplois prévus", _number(project.jobs_planned)],
        ["Emplois créés", _number(project.jobs_created)],
    ]
    challenges = {c.id: c.title for c in territory.challenges()}
    titles = [challenges[c] for c in project.challenges if c in challenges]
    if titles:
        rows.append(["Enjeux du territoire", ", ".join(titles)])
    if nominative and project.referent:
        rows.append(["Référent à la commune", project.referent])
    return [r for r in rows if r[1] not in ("", None)]


def _number(n: int | None) -> str:
    return "" if n is None else str(n)


def holder_rows(holders: list[casework.Holder]) -> list[list[Value]]:
    rows: list[list[Value]] = []
    for h in holders:
        p = h.person
        if p.erased_at:
            rows.append(["(personne effacée)", h.role, "", ""])
            continue
        phones = [formats.format_phone(x) for x in (p.phone, p.mobile) if x]
        rows.append([p.display_name, h.role, p.email or "", " / ".join(phones)])
    return rows


def funding_table(
    territory: Territory, plan: funding.FundingPlan, title: str = "Plan de financement"
) -> Table:
    instruments = labels(territory, "instrument")
    statuses = labels(territory, "funding_status")
    rows = [
        [
            line.funder or ("Commune" if line.is_commune else ""),
            line.scheme,
            instruments.get(line.instrument or "", line.instrument or ""),
            statuses.get(line.status, line.status),
            line.asked_cents,
            line.granted_cents,
        ]
        for line in plan.lines
    ]
    return Table(
        title,
        [
            Column("Financeur"),
            Column("Dispositif"),
            Column("Instrument"),
            Column("Statut"),
            Column("Demandé", "money", width=10),
            Column("Accordé", "money", width=10),
        ],
        rows,
        totals=["Total", "", "", "", plan.asked_cents, plan.granted_cents],
        note="Demandé : hors demandes refusées. Accordé : demandes accordées ou versées.",
        name="Financement",
    )


def funding_figures(plan: funding.FundingPlan) -> KeyFigures:
    return KeyFigures(
        [
            KeyFigure("Montant demandé", plan.asked_cents, "money"),
            KeyFigure("Montant accordé", plan.granted_cents, "money"),
            KeyFigure("Part d'argent public", plan.public_share, "percent"),
            leverage_figure(plan),
        ]
    )


def _events_blocks(territory: Territory, project: d.Project, nominative: bool) -> list[Block]:
    timeline = q.timeline(territory.tdb.db, project.id)
    events = [r for r in timeline if r.source == "case_event"]
    if not events:
        return []
    kinds = labels(territory, "case_event_kind")
    counts = Counter(r.kind for r in events)
    blocks: list[Block] = [
        Heading("Parcours d'accompagnement", 2),
        Paragraph(
            f"{plural(len(events), 'entrée', 'entrées')} au suivi, "
            f"du {formats.format_long_date(events[-1].on)} "
            f"au {formats.format_long_date(events[0].on)}."
        ),
        Table(
            "Entrées du suivi par type",
            [Column("Type", width=30), Column("Nombre", "count", width=10)],
            [[kinds.get(k or "", k), n] for k, n in counts.most_common()],
            name="Suivi",
        ),
    ]
    if nominative:
        recent = events[:RECENT_EVENTS]
        blocks.append(
            Table(
                f"Dernières entrées ({len(recent)})",
                [Column("Date", "date", width=10), Column("Type", width=14), Column("Objet")],
                [[r.on, kinds.get(r.kind or "", r.kind), r.title] for r in recent],
                name="Dernières entrées",
            )
        )
    return blocks


def _referral_blocks(territory: Territory, project: d.Project, nominative: bool) -> list[Block]:
    from municipaless.services.casework import referrals

    rows = referrals.of_project(territory, project.id)
    if not rows:
        return []
    orgs = territory.records["organisation"]
    services = labels(territory, "service")
    statuses = labels(territory, "referral_status")
    columns = [
        Column("Structure", width=18),
        Column("Besoin", width=16),
        Column("Statut", width=12),
        Column("Envoyée le", "date", width=11),
        Column("Réponse le", "date", width=11),
    ]
    if nominative:
        columns.append(Column("Résultat / motif", width=18))
    table_rows: list[list[Value]] = []
    for r in rows:
        row: list[Value] = [
            orgs.get(r.organisation_id, include_deleted=True).name,
            services.get(r.need or "", r.need or ""),
            statuses.get(r.status, r.status),
            r.sent_on,
            r.answered_on,
        ]
        if nominative:
            row.append(r.refusal_reason if r.status == ReferralStatus.REFUSED else r.outcome)
        table_rows.append(row)
    return [Table("Orientations", columns, table_rows)]


def _follow_up_blocks(territory: Territory, project: d.Project, nominative: bool) -> list[Block]:
    from municipaless.services.casework import follow_ups

    rows = follow_ups.of_project(territory, project.id)
    checkins = [f for f in rows if f.kind == "checkin"]
    blocks: list[Block] = []
    if checkins:
        blocks += [
            Table(
                "Suivi post-création",
                [
                    Column("Échéance", width=20),
                    Column("Prévu le", "date", width=10),
                    Column("Fait le", "date", width=10),
                ],
                [[f"{f.checkin_months} mois", f.due_on, f.done_on] for f in checkins],
                name="Post-création",
            ),
        ]
    open_ = [f for f in rows if f.kind != "checkin" and not f.done_on]
    if nominative and open_:
        blocks += [
            Table(
                "Relances à venir",
                [Column("Pour le", "date", width=10), Column("Quoi", width=40)],
                [[f.due_on, f.what] for f in open_],
                name="Relances",
            ),
        ]
    return blocks


def build(
    territory: Territory, project_id: str, *, nominative: bool, today: dt.date | None = None
) -> Document:
    """The fiche projet as a Document (see the module docstring for what anonymised drops)."""
    if nominative:
        return _build(territory, project_id, nominative=True, today=today)
    return build_anonymised(territory, project_id, today=today)[0]


def build_anonymised(
    territory: Territory, project_id: str, *, today: dt.date | None = None
) -> tuple[Document, list[Replacement]]:
    """The anonymised fiche, redacted, and what the redaction replaced."""
    doc = _build(territory, project_id, nominative=False, today=today)
    project = territory.records["project"].get(project_id)
    return redact_document(doc, project_redactor(territory, project))


def preview_redactions(territory: Territory, project_id: str) -> list[Replacement]:
    """What the anonymised fiche replaces, in reading order, for the officer to review."""
    return build_anonymised(territory, project_id)[1]


def _build(
    territory: Territory, project_id: str, *, nominative: bool, today: dt.date | None = None
) -> Document:
    project = territory.records["project"].get(project_id)
    holders = casework.holders(territory, project_id)
    brand = document_branding(territory)
    privacy = (
        "Document nominatif : diffusion restreinte."
        if nominative
        else "Document anonymisé : ni nom ni coordonnées des porteurs ; le projet est désigné "
        "par sa référence. Dans les textes, les noms, téléphones, adresses électroniques, liens "
        "et adresses postales sont remplacés par [nom], [téléphone], [e-mail], [lien], "
        "[adresse], et le nom du projet par [nom du projet]."
    )
    blocks: list[Block] = [
        Paragraph(Run(privacy, italic=True)),
        Table("Le projet", FIELD_COLUMNS, project_rows(territory, project, nominative)),
    ]
    description = project.description.strip()
    if description:
        blocks += [Heading("Description", 2), Paragraph(description)]
    if nominative and holders:
        blocks.append(
            Table(
                "Porteurs du projet",
                [Column("Nom"), Column("Rôle"), Column("E-mail"), Column("Téléphone")],
                holder_rows(holders),
                name="Porteurs",
            )
        )
    else:
        count = small_count(len(holders), masked=not nominative)
        blocks += [
            Heading("Porteurs", 2),
            KeyFigures([KeyFigure("Nombre de porteurs", count, "count")]),
        ]
    blocks += _events_blocks(territory, project, nominative)
    blocks += _referral_blocks(territory, project, nominative)
    balanced = budget.plan(territory, project_id)
    if balanced.needs:  # funders are structures: kept, anonymised or not
        blocks += [
            Heading("Plan de financement", 2),
            *funding_plan_document.plan_blocks(balanced, "Besoins et ressources"),
        ]
    plan = funding.plan(territory, project_id)
    if plan.lines:
        blocks += [
            Heading("Demandes de financement", 2),
            funding_figures(plan),
            funding_table(territory, plan, "Demandes de financement"),
        ]
    blocks += _follow_up_blocks(territory, project, nominative)
    return Document(
        title="Fiche projet",
        subtitle=f"{project.name} ({project.reference})" if nominative else project.reference,
        meta=Meta(commune=brand.commune, generated=today or dt.date.today()),
        sections=[Section(blocks)],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def write(
    territory: Territory,
    project_id: str,
    path: Path | str,
    fmt: str | None = None,
    *,
    nominative: bool,
) -> list[Path]:
    """Write the fiche as DOCX or PDF (or any documents format) at ``path``, atomically."""
    doc = build(territory, project_id, nominative=nominative)
    return documents.write(doc, path, fmt)
