"""The Qt writer of the document model: a ``documents.model.Document`` as a ``QTextDocument``,
for the print preview (ui/common/print_preview.py) and the read-only viewer of a compte rendu
version. The same Document the services hand to the file writers, so what is printed is what
is exported; nothing is written to disk.

Rendered: the commune's letterhead (logo, name), title, subtitle and meta lines; headings,
paragraphs with bold and italic runs, bullet lists; tables with a header row, right-aligned
numbers, emphasised rows (light red, as the other writers), a totals row and their note; key
figures as a row of boxes; charts as pictures (documents/chart_png.py); page breaks, each
section on a new page. One orientation for the whole text: the document's dominant one
(``orientation``), as Qt's printers cannot turn a page mid-job. Values are formatted by
documents/_fr.py, as in Word.
"""

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableCellFormat,
    QTextTableFormat,
)

from municipaless.documents import _fr
from municipaless.documents.model import (
    NUMERIC_KINDS,
    BulletList,
    Chart,
    Document,
    Heading,
    KeyFigures,
    PageBreak,
    Paragraph,
    Table,
)
from municipaless.documents.safety import sanitise
from municipaless.documents.typography import typeset

BASE_POINTS = 10
TABLE_POINTS = 8.5  # as the PDF export's tables: a date fits its column
HEADING_POINTS = {1: 15, 2: 12.5, 3: 11}
HEADER_FILL = "#e8eaed"
EMPHASIS_FILL = "#fde2e1"  # the light red of the other writers' overdue rows
PX_PER_CM = 96 / 2.54  # the text document's layout unit: a 96 dpi pixel


def orientation(doc: Document) -> str:
    """ "portrait" or "landscape": the orientation of most of the document's blocks; the first
    section's on a tie. Qt turns no page in the middle of a print job (only its PDF engine
    can), so a printed document has one orientation, which the preview lets the officer
    change."""
    counts = {"portrait": 0, "landscape": 0}
    for section in doc.sections:
        counts[section.orientation] += max(1, len(section.blocks))
    first = doc.sections[0].orientation if doc.sections else "portrait"
    other = "landscape" if first == "portrait" else "portrait"
    return other if counts[other] > counts[first] else first


def to_text_document(doc: Document) -> QTextDocument:
    """The whole document, its texts sanitised and set the French way as every writer's are
    (the print is a page: the PDF's typography)."""
    doc = typeset(sanitise(doc), "pdf")
    return _Writer(doc).text


class _Writer:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = QTextDocument()
        self.text.setDocumentMargin(0)
        font = QFont(self.text.defaultFont())
        font.setPointSizeF(BASE_POINTS)
        self.text.setDefaultFont(font)
        self.cursor = QTextCursor(self.text)
        self.first_block = True
        self.break_next = False
        self.images = 0
        self._letterhead()
        for n, section in enumerate(doc.sections):
            self.break_next = n > 0
            for block in section.blocks:
                self._block(block)

    # blocks --------------------------------------------------------------------------
    def _new_block(self, top: float = 0, bottom: float = 4) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        if self.break_next:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.break_next = False
        if self.first_block:
            self.cursor.setBlockFormat(fmt)
            self.first_block = False
        else:
            self.cursor.insertBlock(fmt, QTextCharFormat())

    def _chars(
        self, bold: bool = False, italic: bool = False, points: float = 0
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontItalic(italic)
        if points:
            fmt.setFontPointSize(points)
        return fmt

    def _line(self, text: str, top: float = 0, bottom: float = 4, **chars) -> None:
        self._new_block(top, bottom)
        self.cursor.insertText(text, self._chars(**chars))

    def _letterhead(self) -> None:
        doc = self.doc
        if doc.logo:
            self._new_block()
            self._image(doc.logo, height_px=2.2 * PX_PER_CM)
        if doc.meta.commune:
            self._line(doc.meta.commune, bold=True)
        self._line(doc.title, top=6, bold=True, points=20)
        if doc.subtitle:
            self._line(doc.subtitle, points=13)
        meta = doc.meta
        for label, value in (
            ("Période", meta.period),
            ("Filtres", meta.filters),
            ("Document établi le", _fr.long_date(meta.generated)),
        ):
            if value:
                self._new_block()
                self.cursor.insertText(_fr.lead(label), self._chars(bold=True))
                self.cursor.insertText(value, self._chars())

    def _block(self, block) -> None:
        if isinstance(block, Heading):
            self._line(block.text, top=12, bottom=4, bold=True, points=HEADING_POINTS[block.level])
        elif isinstance(block, Paragraph):
            self._new_block()
            for run in block.runs:
                self.cursor.insertText(run.text, self._chars(run.bold, run.italic))
        elif isinstance(block, BulletList):
            self._bullets(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, KeyFigures):
            self._key_figures(block)
        elif isinstance(block, Chart):
            self._chart(block)
        elif isinstance(block, PageBreak):
            self.break_next = True

    def _bullets(self, block: BulletList) -> None:
        if not block.items:
            return
        self._new_block()
        style = QTextListFormat()
        numbered = QTextListFormat.Style.ListDecimal
        style.setStyle(numbered if block.numbered else QTextListFormat.Style.ListDisc)
        self.cursor.createList(style)
        for n, item in enumerate(block.items):
            if n:
                self.cursor.insertBlock()
            self.cursor.insertText(item, self._chars())

    def _table(self, table: Table) -> None:
        self._line(table.title, top=8, bottom=3, bold=True)
        columns = list(table.columns)
        rows = [list(r) for r in table.rows]
        total_rows = 1 + len(rows) + (1 if table.totals is not None else 0)
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)  # repeated on every page
        fmt.setCellPadding(2.5)
        fmt.setCellSpacing(0)
        fmt.setBorder(1)
        fmt.setBorderCollapse(True)
        fmt.setBorderBrush(QBrush(QColor("#9aa0a6")))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        weights = _fr.column_weights(columns, rows, table.totals)
        whole = sum(weights) or 1
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / whole) for w in weights]
        )
        self._new_block()
        grid = self.cursor.insertTable(total_rows, len(columns), fmt)
        padding = 0.0
        if table.row_height_cm:  # room to sign: the body rows as tall as asked
            padding = max(0.0, (table.row_height_cm * PX_PER_CM - 16) / 2)
        for c, column in enumerate(columns):
            self._cell(grid, 0, c, column.header, column.kind, bold=True, fill=HEADER_FILL)
        for r, row in enumerate(rows, 1):
            fill = EMPHASIS_FILL if (r - 1) in table.emphasis else ""
            for c, column in enumerate(columns):
                text = _fr.cell(row[c], column.kind)
                self._cell(grid, r, c, text, column.kind, fill=fill, padding=padding)
        if table.totals is not None:
            for c, column in enumerate(columns):
                text = _fr.cell(table.totals[c], column.kind)
                self._cell(grid, total_rows - 1, c, text, column.kind, bold=True, fill=HEADER_FILL)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if table.note:
            self._line(table.note, top=2, italic=True, points=BASE_POINTS - 1)

    def _cell(self, grid, row: int, col: int, text: str, kind: str, *, bold: bool = False,
              fill: str = "", padding: float = 0) -> None:  # fmt: skip
        cell = grid.cellAt(row, col)
        if fill or padding:
            fmt = QTextTableCellFormat(cell.format().toTableCellFormat())
            if fill:
                fmt.setBackground(QColor(fill))
            if padding:
                fmt.setTopPadding(padding)
                fmt.setBottomPadding(padding)
            cell.setFormat(fmt)
        cursor = cell.firstCursorPosition()
        if kind in NUMERIC_KINDS and row > 0:
            block = QTextBlockFormat()
            block.setAlignment(Qt.AlignmentFlag.AlignRight)
            cursor.setBlockFormat(block)
        cursor.insertText(text, self._chars(bold=bold, points=TABLE_POINTS))

    def _key_figures(self, block: KeyFigures) -> None:
        items = list(block.items)
        if not items:
            return
        per_row = min(4, len(items))
        fmt = QTextTableFormat()
        fmt.setCellPadding(6)
        fmt.setCellSpacing(4)
        fmt.setBorder(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        self._new_block(top=4)
        rows = -(-len(items) // per_row)
        grid = self.cursor.insertTable(rows, per_row, fmt)
        for n, figure in enumerate(items):
            cell = grid.cellAt(n // per_row, n % per_row)
            cell_fmt = QTextTableCellFormat(cell.format().toTableCellFormat())
            cell_fmt.setBackground(QColor(HEADER_FILL))
            cell.setFormat(cell_fmt)
            cursor = cell.firstCursorPosition()
            value = _fr.cell(figure.value, figure.kind)
            cursor.insertText(value, self._chars(bold=True, points=16))
            cursor.insertBlock()
            cursor.insertText(figure.label, self._chars(points=BASE_POINTS - 1))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _chart(self, chart: Chart) -> None:
        from municipaless.documents import chart_png

        self._new_block(top=6, bottom=6)  # the picture carries the chart's title
        self._image(chart_png.render(chart), width_px=15 * PX_PER_CM)

    def _image(self, data: bytes, *, width_px: float = 0, height_px: float = 0) -> None:
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            return
        self.images += 1
        name = f"image://{self.images}"
        self.text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        fmt = QTextImageFormat()
        fmt.setName(name)
        ratio = image.width() / max(1, image.height())
        if height_px:
            fmt.setHeight(height_px)
            fmt.setWidth(height_px * ratio)
        elif width_px:
            fmt.setWidth(width_px)
            fmt.setHeight(width_px / ratio)
        self.cursor.insertImage(fmt)
