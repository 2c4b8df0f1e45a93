"""The summary of an appel à projets for the council (XLSX and DOCX): the call's rules and
envelope, the ranking with its scores, the jury's decisions and amounts, the totals and the
envelope used.

Anonymised unless asked (docs/cooperation.md, « Documents »): candidatures are named by
their project's reference only — no project name, no porteur, no structure porteuse, no jury
comment — and every free text still printed (a refusal reason, an eligibility note) goes
through the redactor of the porteurs' names and the projects' names
(``services/casework/anonymising.py``).
Nominative, it adds the project names, porteurs, structures, the jury's names and comments.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from municipaless import documents
from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core.formats import format_long_date, format_money
from municipaless.core.redaction import PersonTraits, Redactor, Term
from municipaless.core.statuses import SubmissionStatus
from municipaless.core.wording import enumerate_fr, plural
from municipaless.documents.model import (
    Block,
    BulletList,
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
from municipaless.services.casework.anonymising import PROJECT_TOKEN, redact_document
from municipaless.services.cooperation import jury, scoring
from municipaless.services.file.settings import document_branding
from municipaless.storage import scoring_queries as q

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

_OUTCOME: dict[str, str] = {
    SubmissionStatus.AWARDED: "Lauréat",
    SubmissionStatus.REFUSED: "Non retenue",
}


def _rules(territory: Territory, call: co.ProjectCall) -> list[Block]:
    items = []
    for category in call.categories:
        label = str(category.get("label") or "")
        need = int(category.get("min_partners") or 0)
        partners = plural(need, "partenaire", "partenaires") if need else "aucun partenaire exigé"
        items.append(f"Catégorie « {label} » : {partners}")
    if call.min_partners:
        least = plural(call.min_partners, "partenaire", "partenaires")
        items.append(f"Pour toute candidature : au moins {least}")
    if call.max_amount_cents is not None:
        items.append(f"Plafond par lauréat : {format_money(call.max_amount_cents)}")
    if call.required_documents:
        items.append("Pièces exigées : " + enumerate_fr(list(call.required_documents)))
    dates = [
        ("lancement", call.launch_on),
        ("dépôt des candidatures", call.deadline_on),
        ("jury", call.jury_on),
        ("notification", call.notification_on),
    ]
    shown = [f"{what} le {format_long_date(on)}" for what, on in dates if on]
    if shown:
        items.append("Calendrier : " + ", ".join(shown))
    payer = "la commune"
    if call.funder_id:
        payer = cast(d.Organisation, territory.records["organisation"].get(call.funder_id)).name
    items.append(f"Financeur des aides : {payer}")
    blocks: list[Block] = [Heading("Règlement et enveloppe", 1)]
    if call.description.strip():
        blocks.append(Paragraph(call.description.strip()))
    blocks.append(BulletList(items))
    return blocks


def build(
    territory: Territory,
    call_id: str,
    *,
    nominative: bool = False,
    today: dt.date | None = None,
) -> Document:
    """The council summary as a Document (see the module docstring)."""
    records = territory.records
    call = cast(co.ProjectCall, records["project_call"].get(call_id))
    ranking = scoring.ranking(territory, call_id)
    money = jury.envelope(territory, call_id)
    lines = ranking.lines
    live = [x for x in lines if not x.row.withdrawn]
    laureates = [x for x in lines if x.submission.status == SubmissionStatus.AWARDED]
    asked = sum(x.submission.asked_cents or 0 for x in live)
    figures: list[KeyFigure] = [
        KeyFigure("Candidatures reçues", len(lines)),
        KeyFigure("Candidatures classées", len(ranking.ranked)),
        KeyFigure("Lauréats", len(laureates)),
        KeyFigure("Montant demandé", asked, "money"),
        KeyFigure("Montant accordé", money.committed_cents, "money"),
    ]
    if money.envelope_cents is not None:
        used = money.committed_cents / money.envelope_cents if money.envelope_cents else None
        figures += [
            KeyFigure("Enveloppe", money.envelope_cents, "money"),
            KeyFigure("Reste de l'enveloppe", money.remaining_cents, "money"),
            KeyFigure("Part de l'enveloppe engagée", used, "percent"),
        ]
    blocks = _rules(territory, call)
    blocks.append(KeyFigures(figures))
    members = q.jury_members(territory.tdb.db, call_id)
    jury_line = plural(len(members), "membre", "membres")
    if nominative and members:
        jury_line += " : " + enumerate_fr([name for _, name in members])
    blocks.append(Paragraph(Run("Jury : ", bold=True), jury_line + "."))
    blocks.append(
        Table(
            "Critères de notation",
            [Column("Critère"), Column("Poids", "decimal"), Column("Note maximale", "count")],
            [[c.label, c.weight, c.max_score] for c in ranking.criteria],
            name="Critères",
        )
    )
    blocks += _ranking_tables(ranking, nominative)
    blocks += _decisions(territory, lines, nominative)
    if nominative:
        blocks += _comments(territory, call_id, lines, members)
    brand = document_branding(territory)
    doc = Document(
        title=f"Appel à projets « {call.title} »",
        subtitle="Synthèse du jury pour le conseil municipal",
        meta=Meta(
            commune=brand.commune,
            period=f"Jury du {format_long_date(call.jury_on)}" if call.jury_on else "",
            generated=today or dt.date.today(),
            filters="Document nominatif"
            if nominative
            else "Document anonymisé : projets désignés par leur référence",
            keywords="appel à projets, jury, classement",
        ),
        sections=[Section(blocks, orientation="landscape")],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )
    if nominative:
        return doc
    porteurs, names = [], []
    for line in lines:
        pid = line.submission.person_id
        if pid:
            person = cast(d.Person, records["person"].get(pid, include_deleted=True))
            if not person.erased_at:
                porteurs.append(PersonTraits.of(person))
        if line.row.project_name.strip():
            names.append(Term(line.row.project_name, PROJECT_TOKEN))
    redacted, _replaced = redact_document(doc, Redactor(porteurs, names))
    return redacted


def _who(line: scoring.Ranked, nominative: bool) -> list[Value]:
    row = line.row
    if not nominative:
        return [row.reference]
    return [row.reference, row.project_name, row.porteur, row.organisation]


def _who_columns(nominative: bool) -> list[Column]:
    if not nominative:
        return [Column("Projet", "code")]
    return [Column("Projet", "code"), Column("Nom"), Column("Porteur"), Column("Structure")]


def _ranking_tables(ranking: scoring.Ranking, nominative: bool) -> list[Block]:
    crits = ranking.criteria
    columns = [Column("Rang", "count"), *_who_columns(nominative)]
    columns += [Column(c.label, "decimal") for c in crits]
    columns += [
        Column("Note /100", "decimal"),
        Column("Remarques"),
        Column("Demandé", "money"),
        Column("Accordé", "money"),
    ]
    rows: list[list[Value]] = []
    for line in ranking.ranked:
        row = line.row
        rows.append(
            [
                row.rank,
                *_who(line, nominative),
                *[row.means.get(c.id) for c in crits],
                round(row.score, 1) if row.score is not None else None,
                line.standing_text,
                line.submission.asked_cents,
                line.submission.awarded_cents,
            ]
        )
    ranked = ranking.ranked
    totals: list[Value] = [None] * len(columns)
    totals[1] = "Total"
    totals[-2] = sum(x.submission.asked_cents or 0 for x in ranked)
    totals[-1] = sum(x.submission.awarded_cents or 0 for x in ranked)
    blocks: list[Block] = [
        Heading("Classement", 1),
        Table(
            "Classement des candidatures éligibles",
            columns,
            rows,
            totals=totals if rows else None,
            name="Classement",
            note="Moyennes des membres du jury sans conflit d'intérêts ; note pondérée sur 100.",
        ),
    ]
    unranked = ranking.unranked
    if unranked:
        blocks.append(
            Table(
                "Candidatures non classées",
                [*_who_columns(nominative), Column("Situation"), Column("Demandé", "money")],
                [
                    [*_who(x, nominative), x.standing_text, x.submission.asked_cents]
                    for x in unranked
                ],
                name="Non classées",
            )
        )
    notes = [x for x in ranking.lines if x.submission.eligibility_note.strip()]
    if notes:
        blocks.append(
            Table(
                "Éligibilité déclarée par le service",
                [*_who_columns(nominative), Column("Motif")],
                [[*_who(x, nominative), x.submission.eligibility_note.strip()] for x in notes],
                name="Éligibilité",
            )
        )
    return blocks


def _decisions(territory: Territory, lines: list[scoring.Ranked], nominative: bool) -> list[Block]:
    decided = [x for x in lines if x.submission.status in _OUTCOME]
    rows: list[list[Value]] = [
        [
            x.row.decision_number,
            *_who(x, nominative),
            _OUTCOME[x.submission.status],
            x.submission.awarded_cents,
            x.submission.refusal_reason.strip(),
        ]
        for x in sorted(decided, key=lambda x: (x.row.decision_number, x.row.reference))
    ]
    awarded = sum(x.submission.awarded_cents or 0 for x in decided)
    columns = [
        Column("Décision", "code"),
        *_who_columns(nominative),
        Column("Décision du jury"),
        Column("Montant accordé", "money"),
        Column("Motif"),
    ]
    totals: list[Value] = [None] * len(columns)
    totals[0] = "Total"
    totals[-2] = awarded
    undecided = [x for x in lines if x.submission.status not in _OUTCOME and not x.row.withdrawn]
    blocks: list[Block] = [
        Heading("Décisions du jury", 1),
        Table(
            "Décisions du jury", columns, rows, totals=totals if rows else None, name="Décisions"
        ),
    ]
    if undecided:
        blocks.append(
            Paragraph(
                Run("En attente de décision : ", bold=True),
                plural(len(undecided), "candidature", "candidatures") + ".",
            )
        )
    return blocks


def _comments(
    territory: Territory,
    call_id: str,
    lines: list[scoring.Ranked],
    members: list[tuple[co.JuryMember, str]],
) -> list[Block]:
    rows: list[list[Value]] = []
    for line in lines:
        for member, name in members:
            for card in q.scorecards(territory.tdb.db, line.submission.id, member.id):
                text = card.comment.strip()
                if card.conflict_of_interest:
                    text = ("Conflit d'intérêts déclaré. " + text).strip()
                if text:
                    rows.append([line.row.reference, name, text])
    if not rows:
        return []
    return [
        Heading("Commentaires du jury", 1),
        Table(
            "Commentaires du jury",
            [Column("Projet", "code"), Column("Membre"), Column("Commentaire")],
            rows,
            name="Commentaires",
        ),
    ]


def write(
    territory: Territory,
    call_id: str,
    path: Path | str,
    fmt: str | None = None,
    *,
    nominative: bool = False,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the summary (``fmt`` from the suffix: xlsx or docx, any format the model has)."""
    doc = build(territory, call_id, nominative=nominative, today=today)
    return documents.write(doc, path, fmt)
