"""The Qt writer of the document model, read back from the QTextDocument it builds: the
letterhead with its logo, headings, bold and italic runs, bullets, a table with its header row,
emphasised row and totals, key figures, a chart as a picture, page breaks, orientation."""

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument, QTextFormat

from municipaless.documents.model import (
    BulletList,
    Chart,
    Column,
    Document,
    Heading,
    KeyFigures,
    Meta,
    PageBreak,
    Paragraph,
    Run,
    Section,
    Series,
    Table,
)
from municipaless.ui.common.print_document import EMPHASIS_FILL, orientation, to_text_document
from tests.documents.typography_sample import plain as as_typed


def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(out, "PNG")
    return out.getvalue()


def _document() -> Document:
    table = Table(
        "Financements",
        [Column("Financeur"), Column("Montant", "money"), Column("Le", "date")],
        [["Région", 150000, "2026-03-12"], ["France Active", 2500000, None]],
        totals=["Total", 2650000, None],
        note="Montants en euros.",
        emphasis=[1],
    )
    chart = Chart("bar", "Projets par étape", ["Idée", "Création"], [Series("2026", [3, 5])])
    return Document(
        "Bilan d'activité ESS",
        "année 2026",
        Meta(commune="Ville de Privas", period="année 2026"),
        sections=[
            Section(
                [
                    Heading("Synthèse", 1),
                    Paragraph(Run("Gras : ", bold=True), Run("italique", italic=True), " simple"),
                    BulletList(["premier point", "second point"]),
                    KeyFigures([("projets suivis", 228), ("taux", 0.748, "percent")]),
                    PageBreak(),
                    table,
                    chart,
                ]
            ),
            Section([Paragraph("Annexe")], orientation="landscape"),
        ],
        logo=_logo(),
    )


def _blocks(text: QTextDocument) -> list:
    block, out = text.begin(), []
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def _format_of(text: QTextDocument, needle: str):
    at = text.find(needle)
    assert not at.isNull(), needle
    return at.charFormat(), at.blockFormat()


def test_every_block_kind_is_rendered():
    text = to_text_document(_document())
    plain = text.toPlainText()
    for needle in (
        "Ville de Privas",
        "Bilan d'activité ESS",
        "année 2026",
        "Synthèse",
        "premier point",
        "Financeur",
        "1 500",
        "Montants en euros.",
        "228",
        "74,8 %",
        "Annexe",
    ):
        assert as_typed(needle) in as_typed(plain), needle
    bold, _ = _format_of(text, "Gras")
    italic, _ = _format_of(text, "italique")
    assert bold.fontWeight() == QFont.Weight.Bold and italic.fontItalic()
    _, bullet = _format_of(text, "second point")
    assert text.find("second point").currentList() is not None and bullet is not None
    header, _ = _format_of(text, "Financeur")
    assert header.fontWeight() == QFont.Weight.Bold

    cursor = text.find("France Active")
    table = cursor.currentTable()
    assert (table.rows(), table.columns()) == (4, 3)  # header, two rows, totals
    assert table.format().headerRowCount() == 1  # repeated on every page
    fill = table.cellAt(2, 0).format().background().color().name()
    assert (
        fill == EMPHASIS_FILL
        and table.cellAt(1, 0).format().background().style() == Qt.BrushStyle.NoBrush
    )
    totals = table.cellAt(3, 0).firstCursorPosition()
    totals.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    assert totals.selectedText() == "Total"

    images = _image_names(text)
    assert len(images) == 2  # the logo and the chart
    for name in images:
        assert not text.resource(QTextDocument.ResourceType.ImageResource, name).isNull()

    breaks = [
        b.text()
        for b in _blocks(text)
        if b.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    ]
    assert breaks == ["Financements", "Annexe"]  # the PageBreak, then the new section


def _image_names(text: QTextDocument) -> list[str]:
    names = []
    for block in _blocks(text):
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
    return names


def test_dominant_orientation():
    doc = _document()
    assert orientation(doc) == "portrait"  # seven blocks upright, one sideways
    doc.sections[1].blocks *= 10
    assert orientation(doc) == "landscape"
    assert orientation(Document("vide")) == "portrait"
