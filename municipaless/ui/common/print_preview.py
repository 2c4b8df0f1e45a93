"""« Imprimer… » (Ctrl+P): a Document shown in Qt's print preview, then printed; nothing is
written to disk. The same service builds the Document as for « Exporter… ».

QtPrintSupport (in PySide6-Essentials) and the Qt writer (print_document.py) are imported
inside the action, never at start-up.
``preview`` opens the dialog window-modal and returns it (a test connects a PDF printer to its
``paintRequested``); ``print_to`` lays the text out on any printer (A4, the document's
dominant orientation, « n / total » at the foot of every page).
"""

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from municipaless.storage.errors import StorageError
from municipaless.ui.common import storage_errors

if TYPE_CHECKING:
    from municipaless.documents.model import Document

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


MARGIN_MM = 18
FOOTER_POINTS = 16  # room under the text for the page number


def setup_printer(printer: Any, doc: "Document") -> None:
    """A4 with 18 mm margins, in the document's dominant orientation (the preview's own
    buttons can turn it: ``print_to`` lays out on the printer as it is)."""
    from municipaless.ui.common.print_document import orientation

    landscape = orientation(doc) == "landscape"
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(doc.title)


def print_to(doc: "Document", printer: Any) -> None:
    """Lay ``doc`` out on ``printer``'s page as it is set, page by page, « n / total » at the
    foot of each (QTextDocument.print_ would add 2 cm inside the printer's margins)."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QPainter

    from municipaless.ui.common.print_document import to_text_document

    text = to_text_document(doc)
    text.documentLayout().setPaintDevice(printer)  # fonts and sizes in the printer's dots
    width = printer.width()
    height = printer.height() - FOOTER_POINTS * printer.logicalDpiY() / 72
    text.setPageSize(QSizeF(width, height))
    total = text.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return
    painter.setFont(text.defaultFont())
    foot = QRectF(0, height, width, printer.height() - height)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    for page in range(total):
        if page:
            printer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        text.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
        painter.drawText(foot, right, f"{page + 1} / {total}")
    painter.end()


def preview(parent: QWidget, doc: "Document") -> Any:
    """Qt's print preview of ``doc`` (window-modal, deleted when closed); returns the dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        translate("PrintPreview", "Print preview — {title}").format(title=doc.title)
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.printer = printer  # kept alive with the dialog
    dialog.paintRequested.connect(lambda target: print_to(doc, target))
    dialog.open()
    return dialog


def preview_of(parent: QWidget, territory: Any, build: Callable[[Any], "Document"]) -> Any:
    """« Imprimer… » of an export: ``build(territory)`` is the service that gives the export
    its Document; a file that cannot be read is said in French, nothing else happens."""
    if territory is None:
        return None
    try:
        doc = build(territory)
    except (StorageError, sqlite3.Error, OSError) as exc:
        storage_errors.show_problem(parent, storage_errors.problem_for(exc, territory.path))
        return None
    return preview(parent, doc)


def print_action(owner: QWidget, trigger, text: str = "") -> QAction:
    """« Imprimer… » with Ctrl+P on ``owner`` and the widgets inside it."""
    action = QAction(text or translate("PrintPreview", "Print…"), owner)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setObjectName("printAction")
    action.triggered.connect(lambda _checked=False: trigger())
    owner.addAction(action)
    return action
