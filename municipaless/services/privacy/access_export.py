"""The right of access written out: a document to read and a ZIP for machines.

The document (DOCX, PDF, ODT) opens with what article 15 asks besides the data itself
(purposes, recipients, retention, rights, source, CNIL), then one table per category, wide
ones in landscape. The ZIP holds ``donnees.json`` (everything, ISO dates, raw values), one CSV
per category in the app's CSV conventions (UTF-8 with BOM, ``;``: documents/csv_writer.py)
and a ``LISEZMOI.txt``. Both are written atomically: a failure leaves nothing half-written.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless import documents
from municipaless.core import formats
from municipaless.core.formats import format_long_date
from municipaless.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Meta,
    Paragraph,
    Section,
    Table,
    Value,
)
from municipaless.documents.model import Column as DocColumn
from municipaless.documents.safety import atomic_write
from municipaless.services.file import privacy_settings
from municipaless.services.file.settings import document_branding
from municipaless.services.privacy.access import AccessReport, Category
from municipaless.services.privacy.notice import CNIL, contact_text, rights_items

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

WIDE = 5  # columns: a category wider than this goes in the landscape section
TALL = 12  # columns: beyond, one « rubrique / information » table per row (a dossier)
JSON_NAME = "donnees.json"


def _table(category: Category, *, compact: bool = False) -> Table:
    """The category as a table; ``compact`` (documents to read) drops the columns empty in
    every row, the machine-readable files keep them all."""
    columns = category.columns
    if compact:
        columns = [c for c in columns if any(r.get(c.key) not in (None, "") for r in category.rows)]
    heads = [DocColumn(c.header, c.kind) for c in columns]  # type: ignore[arg-type]
    rows: list[list[Value]] = [[r.get(c.key) for c in columns] for r in category.rows]
    return Table(category.title, heads, rows, note=category.note, name=category.key)


def _cards(category: Category) -> list[Table]:
    """One two-column table per row: a dossier's 18 fields do not fit across a page."""
    heads = [DocColumn("Rubrique", width=14), DocColumn("Information", width=36)]
    tables = []
    for n, row in enumerate(category.rows, start=1):
        cells: list[list[Value]] = [
            [c.header, _fr_cell(row.get(c.key), c.kind)]
            for c in category.columns
            if row.get(c.key) not in (None, "")
        ]
        title = f"{category.title} — {n}/{len(category.rows)}"
        tables.append(Table(title, heads, cells, name=f"{category.key}-{n}"))
    return tables


def _fr_cell(value: Value, kind: str) -> Value:
    if kind == "money" and isinstance(value, int):
        return formats.format_money(value)
    if kind == "date" and isinstance(value, str):
        return formats.format_date(value[:10])
    return value


def _frame(territory: Territory, report: AccessReport) -> list[Block]:
    settings = privacy_settings.load(territory)
    controller = settings.controller or report.commune or "La commune"
    counts = [[c.title, len(c.rows)] for c in report.categories if c.key != "personne" or c.rows]
    blocks: list[Block] = [
        Paragraph(
            f"Document établi le {format_long_date(report.generated)} en réponse à la demande "
            f"d'accès de {report.name} (article 15 du RGPD). Il contient toutes les informations "
            "que le fichier ESS de la commune conserve à son sujet, y compris l'historique des "
            "modifications et les fiches supprimées encore présentes dans le fichier."
        ),
        Table(
            "Contenu",
            [DocColumn("Catégorie", width=40), DocColumn("Lignes", "count", width=8)],
            counts,  # type: ignore[arg-type]
            name="contenu",
        ),
        Heading("Le traitement", 2),
        BulletList(
            [
                f"Responsable : {controller}"
                + (f", {settings.controller_address}" if settings.controller_address else ""),
                f"Finalités : {settings.purposes}",
                f"Base légale : {settings.legal_basis}",
                f"Destinataires : {settings.recipients}",
                f"Conservation : {settings.closed_project_years} ans après la clôture du "
                f"dossier ; {settings.unlinked_person_years} ans après le dernier échange "
                "pour une personne sans dossier ouvert ni fonction en cours.",
                "Source : les informations données par la personne lors des échanges avec "
                "le service, et par les structures vers lesquelles elle a accepté d'être "
                "orientée.",
                "Aucune décision automatisée ; aucun transfert hors de l'Union européenne.",
            ]
        ),
        Paragraph(
            "Les lignes marquées « nom cité » ont été trouvées parce que le nom ou l'adresse "
            "e-mail de la personne figure dans un texte libre (notes, décisions, comptes "
            "rendus, historique)."
        ),
        Heading("Vos droits", 2),
        BulletList(rights_items(settings)),
        Paragraph(
            f"Pour les exercer, écrivez à {contact_text(settings, controller)}. Vous pouvez "
            "aussi adresser une réclamation à la " + CNIL
        ),
    ]
    return blocks


def build(territory: Territory, report: AccessReport) -> Document:
    brand = document_branding(territory)
    narrow: list[Block] = _frame(territory, report)
    wide: list[Block] = []
    for category in report.categories:
        if not category.rows:
            continue  # the « Contenu » table says 0
        if len(category.columns) > TALL:
            narrow += _cards(category)
            continue
        table = _table(category, compact=True)
        (wide if len(table.columns) > WIDE else narrow).append(table)
    sections = [Section(narrow)]
    if wide:
        sections.append(Section(wide, orientation="landscape"))
    return Document(
        title="Tout ce que nous détenons sur vous",
        subtitle=report.name,
        meta=Meta(commune=brand.commune, generated=report.generated),
        sections=sections,
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def write_document(
    territory: Territory, report: AccessReport, path: Path | str, fmt: str | None = None
) -> list[Path]:
    return documents.write(build(territory, report), path, fmt)


def csv_name(category: Category) -> str:
    return f"{category.key}.csv"


def readme(report: AccessReport) -> str:
    lines = [
        f"Données détenues sur {report.name} — extraites le {format_long_date(report.generated)}.",
        "",
        f"{JSON_NAME} : toutes les données (dates ISO AAAA-MM-JJ, montants en centimes).",
        "Un fichier CSV par catégorie (UTF-8, séparateur point-virgule, lisible par Excel et "
        "LibreOffice) :",
    ]
    lines += [f"  {csv_name(c)} : {c.title} ({len(c.rows)} ligne(s))" for c in report.categories]
    return "\r\n".join(lines) + "\r\n"


def write_zip(report: AccessReport, path: Path | str) -> Path:
    """The machine-readable copy (art. 15.3 and 20): JSON, one CSV per category, a readme."""
    path = Path(path)
    with (
        tempfile.TemporaryDirectory() as folder,
        atomic_write(path) as tmp,
        zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(JSON_NAME, report.json_text())
        archive.writestr("LISEZMOI.txt", readme(report))
        for category in report.categories:
            target = Path(folder) / csv_name(category)
            table = _table(category)
            doc = Document(title=category.title, sections=[Section([table])])
            documents.write(doc, target, "csv")
            archive.write(target, csv_name(category))
    return path


def summary(report: AccessReport) -> str:
    """One French line for the officer (window, CLI)."""
    rows = sum(len(c.rows) for c in report.categories)
    day = formats.format_date(report.generated.isoformat())
    text = f"{rows} ligne(s) sur {report.name}, le {day}."
    if report.mentions:
        text += (
            f" {report.mentions} ligne(s) trouvée(s) par le nom seul (« nom cité ») : "
            "relisez-les avant de remettre le document (homonyme, tiers cités)."
        )
    return text
