"""« Imprimer… »: the Qt writer of the document model in a print preview, printed to a PDF
and read back (pages, their numbers, every heading in order), and the compte rendu's history
opened read-only and exported, as it was fixed."""

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from municipaless.services import demo, meetings
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.meetings import documents as md
from municipaless.services.meetings import minutes
from municipaless.services.meetings import series as meeting_series
from municipaless.ui.common import export_runner, print_preview
from municipaless.ui.shell.main_window import MEETINGS
from tests.documents.typography_sample import plain


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    demo.generate(path, "small", seed=3, today=date(2026, 9, 1))
    return path


def _pdf_printer(tmp_path, doc, name):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    print_preview.setup_printer(printer, doc)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / name))
    return printer


def _printed(qtbot, tmp_path, doc, name="apercu.pdf") -> list[str]:
    """The preview's pages, printed through its paintRequested to a PDF: each page's text."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = print_preview.preview(parent, doc)
    assert isinstance(dialog, QPrintPreviewDialog)
    dialog.paintRequested.emit(_pdf_printer(tmp_path, doc, name))
    dialog.close()
    return _texts(tmp_path / name)


def _texts(path) -> list[str]:
    """Each page's words, the typography's characters made plain (typography_sample)."""
    return [plain(" ".join(page.extract_text().split())) for page in PdfReader(path).pages]


def test_preview_of_a_demo_compte_rendu(qtbot, demo_file, tmp_path):
    t = open_territory(demo_file, mode=OpenMode.READ_ONLY)
    try:
        rows = t.tdb.db.execute(
            "SELECT m.id FROM meeting m WHERE m.minutes_status = 'approuve' ORDER BY "
            "(SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id) DESC, m.starts_at"
        ).fetchall()
        doc = md.minutes_document(t, rows[0][0])
        md.export_minutes(t, rows[0][0], tmp_path / "export.pdf")
    finally:
        t.close()
    pages = _printed(qtbot, tmp_path, doc)
    exported = len(PdfReader(tmp_path / "export.pdf").pages)
    # more than a page, and about as many as the PDF export (another typography)
    assert len(pages) >= 2 and abs(len(pages) - exported) <= 1, (len(pages), exported)
    for n, text in enumerate(pages, 1):  # each page numbered at its foot
        assert text.endswith(f" {n} / {len(pages)}")
    whole = "\n".join(pages)
    headings = ["Participants", "Ordre du jour", "Relevé de décisions", "Actions"]
    at = [whole.index(h) for h in headings]
    assert at == sorted(at)  # every part printed, in order
    assert doc.title in pages[0] and "Qui fait quoi, pour quand" in whole
    (actions,) = [x for x in doc.tables() if x.title == "Qui fait quoi, pour quand"]
    assert " ".join(str(actions.rows[-1][1]).split()) in pages[-1]  # down to the last action


def test_landscape_register(qtbot, demo_file, tmp_path):
    t = open_territory(demo_file, mode=OpenMode.READ_ONLY)
    try:
        doc = md.decisions_document(t)
    finally:
        t.close()
    assert [s.orientation for s in doc.sections] == ["landscape"]
    reader_pages = _printed(qtbot, tmp_path, doc, "registre.pdf")
    page = PdfReader(tmp_path / "registre.pdf").pages[0]
    assert page.mediabox.width > page.mediabox.height  # A4 landscape
    assert len(reader_pages) >= 2 and plain(doc.tables()[0].rows[0][0]) in reader_pages[0]


def test_the_printer_is_turned_for_a_mostly_landscape_document(qtbot, tmp_path):
    """The dominant orientation first; the officer may turn the page in the preview and the
    text is laid out again on the page as it now is."""
    from PySide6.QtGui import QPageLayout

    from municipaless.documents.model import Document, Paragraph, Section

    wide = Section([Paragraph(f"Ligne {n}") for n in range(3)], orientation="landscape")
    doc = Document("Registre", sections=[Section([Paragraph("Note")]), wide])
    pages = _printed(qtbot, tmp_path, doc, "large.pdf")
    boxes = [p.mediabox for p in PdfReader(tmp_path / "large.pdf").pages]
    assert [b.width > b.height for b in boxes] == [True, True]  # a section starts a page
    assert pages[1].startswith("Ligne 0") and pages[1].endswith("2 / 2")
    printer = _pdf_printer(tmp_path, doc, "haut.pdf")
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)  # turned in the preview
    print_preview.print_to(doc, printer)
    boxes = [p.mediabox for p in PdfReader(tmp_path / "haut.pdf").pages]
    assert [b.width < b.height for b in boxes] == [True, True]


def _shortcut(widget) -> bool:
    wanted = QKeySequence(QKeySequence.StandardKey.Print)
    return any(
        a.shortcut() == wanted
        and a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for a in widget.actions()
    )


@pytest.fixture
def approved(window):
    """A COPIL approved on 04/08/2026 (an action done), then the action reopened."""
    t = window.territory
    lea = t.records["person"].where()[0]
    series = meeting_series.create_series(t, "copil")
    first = meetings.create_meeting(t, series.id, "2026-03-12T14:00", place="Mairie")
    meetings.add_invitee(t, first.id, person_id=lea.id, status="present")
    action = meetings.add_action(t, first.id, "Relancer la CRESS", owner_text="Élu")
    meetings.set_action_status(t, action.id, action.rev, "fait", on=date(2026, 3, 20))
    m = minutes.circulate(t, first.id, t.records["meeting"].get(first.id).rev, on=date(2026, 3, 20))
    minutes.approve(t, first.id, m.rev, on=date(2026, 8, 4))
    action = t.records["action_item"].get(action.id)
    meetings.set_action_status(t, action.id, action.rev, "en_cours")
    window.show_section(MEETINGS)
    window.meetings.open_meeting(first.id)
    return first


def test_ctrl_p_on_the_meeting_previews_the_minutes(qtbot, window, approved, tmp_path):
    ws = window.meetings.workspace
    assert _shortcut(ws)
    window.activateWindow()
    ws.history.setFocus()
    qtbot.keySequence(ws.history, QKeySequence(QKeySequence.StandardKey.Print))  # Ctrl+P
    qtbot.waitUntil(lambda: ws.exporter.preview is not None, timeout=5_000)
    preview = ws.exporter.preview
    assert preview is not None and preview.isVisible()
    printer = _pdf_printer(tmp_path, md.minutes_document(window.territory, approved.id), "c.pdf")
    preview.paintRequested.emit(printer)
    whole = " ".join(_texts(tmp_path / "c.pdf"))
    assert "Approuvé le 4 août 2026" in plain(whole) and "Fait" in whole and "En cours" not in whole
    preview.close()
    for key in ("signin", "decisions"):
        ws.print_actions[key].trigger()
        assert ws.exporter.preview is not None and ws.exporter.preview.isVisible()
        ws.exporter.preview.close()


def test_history_version_opens_read_only_and_exports(
    qtbot, window, approved, dialogs, monkeypatch, tmp_path
):
    import docx

    monkeypatch.setattr(export_runner, "ask_after_export", lambda _parent, _path: "")
    ws = window.meetings.workspace
    panel = ws.history_panel
    assert ws.history.count() == 2 and panel.open_button.isEnabled()
    ws.history.setCurrentRow(1)  # the oldest: version 1 diffusée le 20/03/2026
    panel.open_button.click()
    viewer = panel.viewer
    assert viewer is not None and viewer.browser.isReadOnly() and _shortcut(viewer)
    text = viewer.browser.toPlainText()
    assert "Compte rendu : Diffusé le 20 mars 2026" in plain(text) and "Relancer la CRESS" in text
    viewer.print_button.click()
    assert viewer.preview is not None
    viewer.preview.close()
    viewer.close()

    ws.history.setCurrentRow(0)  # approved
    path = tmp_path / "v1.docx"
    dialogs.file_answers.append(str(path))
    panel.export_actions["docx"].trigger()
    qtbot.waitUntil(lambda: ws.exporter.job is None, timeout=60_000)
    paragraphs = [p.text for p in docx.Document(path).paragraphs]
    assert "Compte rendu : Approuvé le 4 août 2026" in [plain(x) for x in paragraphs]


def test_ctrl_p_on_every_printable_screen(qtbot, window):
    window.show_section(MEETINGS)
    assert _shortcut(window.meetings.workspace)
    assert _shortcut(window.meetings.decisions)


def test_print_support_loads_only_when_asked(demo_file, tmp_path):
    """QtPrintSupport and the Qt writer cost start-up time: the window, a file and every
    section shown never import them; the first « Imprimer… » does."""
    import os
    import shutil
    import subprocess
    import sys

    path = shutil.copy(demo_file, tmp_path / "demo.municipaless")  # its own lock, its own copy
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from municipaless.ui.shell.app import create_application\n"
        "app = create_application([])\n"
        "from municipaless.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        f"assert w.open_path({str(path)!r})\n"
        "for section in range(5): w.show_section(section); app.processEvents()\n"
        "names = ('PySide6.QtPrintSupport', 'municipaless.ui.common.print_document')\n"
        "print([m for m in names if m in sys.modules])\n"
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"))  # recent files: not ours
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
