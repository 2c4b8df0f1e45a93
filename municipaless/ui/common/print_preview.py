"""« Imprimer… » (Ctrl+P): a Document shown in Qt's print preview, then printed; nothing is
written to disk. The same service builds the Document as for « Exporter… ».

QtPrintSupport (in PySide6-Essentials) and the Qt writer (print_document.py) are imported
inside the action, never at start-up.
``preview`` opens the dialog window-modal and returns it (a test connects a PDF printer to its
``paintRequested``); ``print_to`` lays the text out on any printer (A4, the
document's dominant orientation, page numbers at the foot: QTextDocument.print_).
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


def setup_printer(printer: Any, doc: "Document") -> None:
    """A4, portrait or landscape as most of the document; 5 mm page margins, inside which
    QTextDocument.print_ keeps its own 2 cm (and prints the page numbers there)."""
    from municipaless.ui.common.print_document import orientation

    landscape = orientation(doc) == "landscape"
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(5, 5, 5, 5),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    printer.setDocName(doc.title)


def print_to(doc: "Document", printer: Any) -> None:
    """Lay ``doc`` out on ``printer`` and print every page."""
    from municipaless.ui.common.print_document import to_text_document

    text = to_text_document(doc)
    text.print_(printer)


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
