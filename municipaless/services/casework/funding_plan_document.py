"""The plan de financement as funders ask for it: one table, Besoins on the left (investment
then operating costs, each with its subtotal), Ressources on the right (by instrument, then
funder, each line obtained or expected, with its share of the needs and the subtotals); the
totals of both sides on the last line, equal when the plan balances, and the balance line
(« Reste à financer », « Excédent ») otherwise. With years, a second table gives one column
per year and the total. The figures are ``budget.plan``'s; the fiche projet prints the same
blocks (``plan_blocks``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from municipaless import documents
from municipaless.documents.model import (
    Block,
    Column,
    Document,
    KeyFigure,
    KeyFigures,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
    Value,
)
from municipaless.services.casework import budget
from municipaless.services.file.settings import document_branding
from municipaless.services.file.territory import Territory

KIND_TITLES = {budget.INVESTMENT: "Investissement", budget.OPERATING: "Fonctionnement"}
STATES = {budget.OBTAINED: "obtenu", budget.EXPECTED: "attendu"}
COLUMNS = [
    Column("Besoins", width=21),
    Column("Coût", "money", width=9),
    Column("Ressources", width=25),
    Column("État", width=7),
    Column("Montant", "money", width=9),
    Column("Part", "percent", width=5),
]
NOTE = (
    "État : obtenu = accordé ou versé ; attendu = demandé, pas encore décidé (une candidature "
    "à un appel à projets en attente du jury compte pour le montant demandé). Part : le "
    "montant rapporté au total des besoins. Les demandes refusées ne figurent pas au plan."
)


def _with_year(label: str, year: int | None, years_used: bool) -> str:
    return f"{label} ({year})" if years_used and year is not None else label


def _needs_side(plan: budget.BudgetPlan) -> list[list[Value]]:
    years_used = bool(plan.years)
    rows: list[list[Value]] = []
    for kind in budget.KINDS:
        # anything but investment is an operating cost (a kind the officer added included)
        lines = [
            n for n in plan.needs if (n.kind == budget.INVESTMENT) == (kind == budget.INVESTMENT)
        ]
        if not lines:
            continue
        title = KIND_TITLES[kind]
        rows.append([title.upper(), None])  # capitals: a heading row, as on funders' forms
        rows += [[_with_year(n.label, n.year, years_used), n.amount_cents] for n in lines]
        rows.append([f"Sous-total {title.lower()}", sum(n.amount_cents for n in lines)])
    return rows


def _resources_side(plan: budget.BudgetPlan) -> tuple[list[list[Value]], int | None]:
    """The right-hand rows, and the index of the balance line when the plan is short."""
    years_used = bool(plan.years)
    rows: list[list[Value]] = []
    for group in plan.groups:
        rows.append([group.title.upper(), "", None, None])
        for r in group.resources:
            label = _with_year(r.label, r.year, years_used)
            rows.append([label, STATES[r.state], r.amount_cents, r.share])
        rows.append([f"Sous-total {group.title.lower()}", "", group.total_cents, group.share])
    if plan.groups:
        rows.append(["dont obtenu", "", plan.obtained_cents, plan.share(plan.obtained_cents)])
        rows.append(["dont attendu", "", plan.expected_cents, plan.share(plan.expected_cents)])
    short = None
    if plan.status in (budget.SHORT, budget.EXCESS):
        gap = abs(plan.balance_cents)
        label = "Reste à financer" if plan.status == budget.SHORT else "Excédent"
        if plan.status == budget.SHORT:
            short = len(rows)
        rows.append([label, "", gap, plan.share(gap)])
    return rows, short


def plan_table(plan: budget.BudgetPlan, title: str = "Plan de financement") -> Table:
    """Besoins | Ressources side by side, as one table (every writer keeps the rows aligned)."""
    left, (right, short) = _needs_side(plan), _resources_side(plan)
    height = max(len(left), len(right))
    left += [["", None]] * (height - len(left))
    right += [["", "", None, None]] * (height - len(right))
    rows = [a + b for a, b in zip(left, right, strict=True)]
    note = NOTE
    if plan.guarantees:
        note += " Pour mémoire, hors ressources (une garantie n'apporte pas d'argent) : "
        note += "; ".join(plan.guarantees) + "."
    return Table(
        title,
        COLUMNS,
        rows,
        totals=[
            "Total des besoins",
            plan.needs_cents,
            "Total des ressources",
            "",
            plan.resources_cents,
            plan.share(plan.resources_cents),
        ],
        note=note,
        name="Plan de financement",
        emphasis=() if short is None else (short,),
    )


def years_table(plan: budget.BudgetPlan) -> Table:
    """One column per year (and « Sans année »), then the total."""
    cols = plan.years
    columns = [Column("Rubrique", width=22)]
    columns += [Column(c.title, "money", width=10) for c in cols]
    columns.append(Column("Total", "money", width=10))

    def row(label: str, values: list[int], total: int) -> list[Value]:
        return [label, *values, total]

    rows = [
        row("Investissement", [c.investment_cents for c in cols], plan.investment_cents),
        row("Fonctionnement", [c.operating_cents for c in cols], plan.operating_cents),
        row("Total des besoins", [c.needs_cents for c in cols], plan.needs_cents),
        row("Ressources obtenues", [c.obtained_cents for c in cols], plan.obtained_cents),
        row("Ressources attendues", [c.expected_cents for c in cols], plan.expected_cents),
    ]
    balance = row(
        "Solde : reste à financer (+) ou excédent (−)",
        [c.balance_cents for c in cols],
        plan.balance_cents,
    )
    return Table("Par année", columns, rows, totals=balance, name="Par année")


def key_figures(plan: budget.BudgetPlan) -> KeyFigures:
    if plan.status == budget.NO_NEEDS:
        balance = KeyFigure("Solde", "Besoins à saisir", "text")
    elif plan.status == budget.BALANCED:
        balance = KeyFigure("Solde", "Plan équilibré", "text")
    elif plan.status == budget.SHORT:
        balance = KeyFigure("Reste à financer", plan.balance_cents, "money")
    else:
        balance = KeyFigure("Excédent", -plan.balance_cents, "money")
    return KeyFigures(
        [
            KeyFigure("Total des besoins", plan.needs_cents, "money"),
            KeyFigure("Ressources obtenues", plan.obtained_cents, "money"),
            KeyFigure("Ressources attendues", plan.expected_cents, "money"),
            balance,
        ]
    )


def plan_blocks(plan: budget.BudgetPlan, title: str = "Plan de financement") -> list[Block]:
    """What both the export and the fiche projet print."""
    if plan.is_empty:
        return [Paragraph("Aucun besoin ni ressource n'est encore saisi pour ce projet.")]
    blocks: list[Block] = [
        key_figures(plan),
        plan_table(plan, title),
        Paragraph(Run(budget.balance_text(plan), bold=True)),
    ]
    if plan.years:
        blocks.append(years_table(plan))
    if any(f.share is not None for f in plan.funder_shares) and len(plan.funder_shares) < len(
        plan.resources
    ):  # a funder on several lines: its whole share, once
        blocks.append(
            Table(
                "Part de chaque financeur",
                [
                    Column("Financeur", width=30),
                    Column("Montant", "money", width=10),
                    Column("Part des besoins", "percent", width=8),
                ],
                [[f.funder, f.amount_cents, f.share] for f in plan.funder_shares],
                name="Financeurs",
            )
        )
    return blocks


def build(territory: Territory, project_id: str, *, today: dt.date | None = None) -> Document:
    """The plan de financement of a project as a Document (DOCX, XLSX, or any format)."""
    project = territory.records["project"].get(project_id)
    plan = budget.plan(territory, project_id)
    brand = document_branding(territory)
    return Document(
        title="Plan de financement",
        subtitle=f"{project.name} ({project.reference})",
        meta=Meta(
            commune=brand.commune,
            generated=today or dt.date.today(),
            keywords="plan de financement",
        ),
        sections=[Section(plan_blocks(plan))],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def write(
    territory: Territory, project_id: str, path: Path | str, fmt: str | None = None
) -> list[Path]:
    """Write the plan at ``path`` (DOCX or XLSX, or any documents format), atomically."""
    return documents.write(build(territory, project_id), path, fmt)
