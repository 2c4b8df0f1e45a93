"""« Imprimer… » beside « Exporter… » outside Réunions: the fiche projet and the fiche de
liaison (Porteurs & projets), the guide des structures (Annuaire), the bilan (Rapports).
Each has Ctrl+P on its screen and opens the print preview of the export's own Document,
printed here to a PDF and read back; nothing else is written."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from municipaless.core import domain
from municipaless.ui.casework.project_detail import REFERRALS
from municipaless.ui.shell.main_window import PROJECTS, REPORTS, MainWindow
from tests.documents.typography_sample import plain
from tests.storage.activity_sample import write_sample
from tests.ui.sample import add_directory


def _has_ctrl_p(widget) -> bool:
    wanted = QKeySequence(QKeySequence.StandardKey.Print)
    return any(
        a.shortcut() == wanted
        and a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for a in widget.actions()
    )


def _printed_text(dialog, tmp_path, name: str) -> str:
    """Print what the preview shows into a PDF printer, as the dialog would, and read it."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / name))
    dialog.paintRequested.emit(printer)
    dialog.close()
    pages = PdfReader(tmp_path / name).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


@pytest.fixture
def detail(window):
    """The épicerie shown, with its porteuse Léa Dubois and one orientation."""
    territory = window.territory
    project = next(p for p in territory.records["project"].where() if p.reference == "P-2026-0001")
    lea = next(p for p in territory.records["person"].where() if p.last_name == "Dubois")
    territory.records["project_holder"].insert(
        domain.ProjectHolder(project_id=project.id, person_id=lea.id, role="porteuse")
    )
    orgs = add_directory(territory)
    territory.records["referral"].insert(
        domain.Referral(project_id=project.id, organisation_id=orgs["Boutique de gestion de l'Ain"])
    )
    window.show_section(PROJECTS)
    window.projects.show_record(project.id)
    return window.projects.project_detail


def test_project_sheet_and_liaison_sheet_print(qtbot, detail, tmp_path):
    assert _has_ctrl_p(detail)
    printer_out = tmp_path / "imprimante"  # where the test's PDF printer writes
    printer_out.mkdir()
    before = set(tmp_path.iterdir())  # the territory file's folder
    detail.print_action.trigger()
    options = detail.exports.options
    assert options is not None and not options.format.isEnabled()
    options.anonymised.setChecked(True)
    options.accept()
    assert detail.exports.preview is None  # the replacements are checked first, as to export
    detail.exports.review.accept()  # « Vérifiez les remplacements »: Continuer
    text = _printed_text(detail.exports.preview, printer_out, "fiche.pdf")
    assert "P-2026-0001" in plain(text) and "Dubois" not in text  # anonymised, as asked

    detail.show_tab(REFERRALS)
    assert detail.referrals.liaison_print_button.isEnabled()
    qtbot.mouseClick(detail.referrals.liaison_print_button, Qt.MouseButton.LeftButton)
    text = _printed_text(detail.exports.preview, printer_out, "liaison.pdf")
    assert "Boutique de gestion de l'Ain" in plain(text)
    assert set(tmp_path.iterdir()) == before  # no file written beside the territory


def test_guide_prints(qtbot, win, tmp_path):
    dialog = win.organisations.guide()
    assert _has_ctrl_p(dialog)
    dialog.print_button.click()
    text = _printed_text(dialog.preview, tmp_path, "guide.pdf")
    assert "Guide" in text
    dialog.close()


def test_activity_report_prints_from_the_worker(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(write_sample(tmp_path / "bilan.municipaless"))
    window.show_section(REPORTS)
    page = window.reports
    assert _has_ctrl_p(page)
    page.print_button.click()
    qtbot.waitUntil(lambda: page.print_dialog is not None, timeout=30_000)
    text = _printed_text(page.print_dialog, tmp_path, "bilan.pdf")
    assert "Bilan" in text
    window.close()
