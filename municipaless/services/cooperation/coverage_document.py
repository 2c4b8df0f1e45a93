"""The coverage matrix as a document (XLSX and DOCX through the documents writers): one
landscape table, French headers, money in euros, the period in the title, the commune's
letterhead, logo and Word template, and a note saying what each column counts.

The state column is written in words (« Non couvert », « Sans financement ») so a printout in
black and white still says which enjeux have nothing; the uncovered lines are also given the
writers' emphasis.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from municipaless import documents
from municipaless.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    Kind,
    Meta,
    Paragraph,
    Section,
    Table,
    Value,
)
from municipaless.services.cooperation import coverage
from municipaless.services.file.settings import document_branding
from municipaless.services.file.territory import Territory

FORMATS = ("xlsx", "docx")
HEADERS: tuple[tuple[str, Kind], ...] = (
    ("Enjeu", "text"),
    ("Projets", "count"),
    ("Réunions", "count"),
    ("Appels à projets", "count"),
    ("Collectifs", "count"),
    ("Ateliers", "count"),
    ("Structures impliquées", "count"),
    ("Montant accordé", "money"),
    ("Couverture", "text"),
)
DEFINITIONS = (
    "Projets : projets suivis sur la période (premier contact ou événement du suivi dans la "
    "période), la même définition que le bilan d'activité.",
    "Réunions : réunions tenues sur la période. Ateliers : ateliers tenus, hors annulés.",
    "Appels à projets : appels dont le calendrier (lancement à notification) recoupe la période. "
    "Collectifs : collectifs non dissous avant le début de la période.",
    "Structures impliquées : structures distinctes orientées, financeurs, membres des "
    "collectifs, partenaires des candidatures, structures présentes aux réunions.",
    "Montant accordé : subventions et aides accordées ou versées sur la période aux projets "
    "de l'enjeu, lauréats des appels à projets compris.",
    "Un projet portant deux enjeux compte sur les deux lignes ; la ligne Total compte chaque "
    "projet, réunion, structure et euro une seule fois.",
    f"« {coverage.UNCOVERED} » : ni projet ni financement sur la période ; "
    f"« {coverage.UNFUNDED} » : des projets, aucun financement accordé.",
)


def period_label(date_from: str, date_to: str) -> str:
    """« année 2026 » for a calendar year, else « du 01/03/2026 au 31/08/2026 »."""
    start, end = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"année {start.year}"
    return f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}"


def _row(line: coverage.Line) -> list[Value]:
    state = "" if line.challenge is None else line.state
    return [
        line.title,
        line.projects,
        line.meetings,
        line.calls,
        line.collectives,
        line.workshops,
        line.structures,
        line.granted_cents,
        state,
    ]


def build(matrix: coverage.Matrix, *, commune: str = "", today: dt.date | None = None) -> Document:
    """The matrix as a format-neutral document (no branding: :func:`build_for` adds it)."""
    period = period_label(matrix.date_from, matrix.date_to)
    rows = [_row(line) for line in matrix.lines]
    uncovered = [i for i, line in enumerate(matrix.lines) if line.state == coverage.UNCOVERED]
    n = len(matrix.uncovered)
    summary = f"{len(matrix.lines)} enjeux ; " + (
        "tous ont au moins un projet ou un financement."
        if not n
        else f"{n} non couvert{'s' if n > 1 else ''} sur la période : "
        + ", ".join(line.title for line in matrix.uncovered)
        + "."
    )
    table = Table(
        f"Couverture des enjeux du territoire — {period}",
        [Column(header, kind) for header, kind in HEADERS],
        rows,
        totals=_row(matrix.total),
        name="Matrice de couverture",
        emphasis=uncovered,
        note="Montants en euros. Période du "
        f"{dt.date.fromisoformat(matrix.date_from):%d/%m/%Y} au "
        f"{dt.date.fromisoformat(matrix.date_to):%d/%m/%Y}, bornes comprises.",
    )
    blocks: list[Block] = [
        Paragraph(summary),
        table,
        Heading("Ce que comptent les colonnes", 2),
        BulletList(DEFINITIONS),
    ]
    return Document(
        title="Matrice de couverture des enjeux du territoire",
        subtitle=period,
        meta=Meta(
            commune=commune,
            period=period,
            generated=today or dt.date.today(),
            subject="Couverture des enjeux du territoire",
        ),
        sections=[Section(blocks, orientation="landscape")],
    )


def build_for(
    territory: Territory,
    date_from: dt.date | str,
    date_to: dt.date | str,
    today: dt.date | None = None,
) -> Document:
    """The matrix of the open file with the commune's name, logo and Word template."""
    brand = document_branding(territory)
    doc = build(
        coverage.matrix(territory, date_from, date_to, today), commune=brand.commune, today=today
    )
    doc.logo = brand.logo
    doc.docx_template = brand.docx_template
    return doc


def write(
    territory: Territory,
    path: Path | str,
    date_from: dt.date | str,
    date_to: dt.date | str,
    fmt: str | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the matrix as XLSX or DOCX at ``path`` (atomically); returns the files written."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"format d'export inconnu : {fmt!r} (xlsx ou docx)")
    return documents.write(build_for(territory, date_from, date_to, today), path, fmt)
