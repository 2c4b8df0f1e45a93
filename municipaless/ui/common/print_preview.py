"""« Imprimer… » (Ctrl+P): a Document shown in Qt's print preview, then printed; nothing is
written to disk. The same service builds the Document as for « Exporter… ».

QtPrintSupport (in PySide6-Essentials) is imported inside the action, never at start-up.
``preview`` opens the dialog window-modal and returns it (a test connects a PDF printer to its
``paintRequested``); ``print_to`` lays the text out on any printer (A4, 2 cm margins, the
document's dominant orientation, page numbers at the foot: QTextDocument.print_).
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from municipaless.documents.model import Document
from municipaless.ui.common.print_document import orientation, to_text_document

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def setup_printer(printer: Any, doc: Document) -> None:
    """A4, 2 cm margins, portrait or landscape as most of the document."""
    landscape = orientation(doc) == "landscape"
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    printer.setDocName(doc.title)


def print_to(doc: Document, printer: Any) -> None:
    """Lay ``doc`` out on ``printer`` and print every page."""
    text = to_text_document(doc)
    text.print_(printer)


def preview(parent: QWidget, doc: Document) -> Any:
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


def print_action(owner: QWidget, trigger, text: str = "") -> QAction:
    """« Imprimer… » with Ctrl+P on ``owner`` and the widgets inside it."""
    action = QAction(text or translate("PrintPreview", "Print…"), owner)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setObjectName("printAction")
    action.triggered.connect(lambda _checked=False: trigger())
    owner.addAction(action)
    return action
