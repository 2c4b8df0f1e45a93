"""Qt's own dialogs in French, and file dialogs opening in Documents then the last folder."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard, QWizardPage

from municipaless.ui.common import file_dialogs
from municipaless.ui.common.qt_french import SAME_IN_FRENCH, system_is_french

QT_CONTEXTS_NOT_WORDS = {"QPageSize", "QMimeType"}  # paper names (A4, Legal…), file types


class Spy(QTranslator):
    """Installed last, so asked first: records every string Qt looks up, answers nothing."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None  # a null string: Qt goes on to the real translators

    def isEmpty(self):
        return False


def settle(widget, app) -> None:
    widget.show()
    for _ in range(8):
        app.processEvents()
        time.sleep(0.02)


def left_in_english(asked: set[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(
        (context, source)
        for context, source in asked
        if context.startswith("Q")
        and context not in QT_CONTEXTS_NOT_WORDS
        and any(ch.isalpha() for ch in source)
        and source not in SAME_IN_FRENCH
        and QCoreApplication.translate(context, source) == source
    )


def test_qt_file_and_wizard_dialogs_speak_french_throughout(qapp, tmp_path: Path):
    (tmp_path / "dossier").mkdir()
    (tmp_path / "notes.txt").write_text("x")
    spy = Spy()
    qapp.installTranslator(spy)
    try:
        for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
            dialog = QFileDialog(None, "Enregistrer", str(tmp_path), "Tous (*)")
            dialog.setAcceptMode(mode)
            dialog.setViewMode(QFileDialog.ViewMode.Detail)
            settle(dialog, qapp)
            dialog.close()
            dialog.deleteLater()
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        settle(wizard, qapp)
        wizard.next()
        settle(wizard, qapp)
        wizard.close()
        wizard.deleteLater()
        box = QMessageBox()
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDetailedText("détail")
        settle(box, qapp)
        box.close()
        box.deleteLater()
    finally:
        qapp.removeTranslator(spy)
    assert ("QFileDialog", "&Look in:") in spy.asked  # the walk reached the labels at stake
    assert left_in_english(spy.asked) == [], left_in_english(spy.asked)
    assert QCoreApplication.translate("QFileDialog", "Files of &type:").startswith("&Type")
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Dossier"


def test_print_dialogs_speak_french(qapp):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    spy = Spy()
    qapp.installTranslator(spy)
    try:
        printer = QPrinter()
        for dialog in (QPrintPreviewDialog(printer), QPrintDialog(printer)):
            settle(dialog, qapp)
            dialog.close()
            dialog.deleteLater()
    finally:
        qapp.removeTranslator(spy)
    assert left_in_english(spy.asked) == [], left_in_english(spy.asked)


def test_the_system_locale_qt_reads_is_french_for_sizes_and_dates(tmp_path: Path):
    """In a fresh process with an English system: sizes « Kio », dates dd/MM/yyyy, and the
    variables given back untouched to the programs the app starts."""
    script = (
        "import os\n"
        "from municipaless.ui.shell.app import create_application\n"
        "from PySide6.QtCore import QLocale, QDate\n"
        "app = create_application([])\n"
        "s = QLocale.system()\n"
        "print(s.formattedDataSize(700000))\n"
        "print(s.toString(QDate(2026, 12, 3), QLocale.FormatType.ShortFormat))\n"
        "print(os.environ.get('LC_ALL', '-'), os.environ.get('LANG', '-'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= {"LANG": "en_US.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MUNICIPALESS_LANG", None)
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr
    size, day, variables = out.stdout.strip().splitlines()
    assert size == "683,59 Kio"
    assert day == "03/12/2026"
    assert variables == "- en_US.UTF-8"


@pytest.mark.parametrize(
    ("environ", "french"),
    [
        ({"LANG": "fr_FR.UTF-8"}, True),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, False),
        ({"LC_ALL": "", "LANG": "fr_BE.UTF-8"}, True),
        ({}, False),
    ],
)
def test_system_is_french_reads_the_variable_qt_reads(environ, french):
    assert system_is_french(environ) is french


def test_save_dialogs_open_in_documents_then_in_the_last_folder_of_their_kind(
    qapp, tmp_path: Path, monkeypatch
):
    asked: list[str] = []
    answers = [tmp_path / "conseil" / "bilan.xlsx", tmp_path / "x" / "fiche.docx"]
    (tmp_path / "conseil").mkdir()

    def save(_parent, _title, directory, filters, *_a, **_k):
        asked.append(directory)
        return str(answers.pop(0)) if answers else "", filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    documents = file_dialogs.documents_dir()
    path, _ = file_dialogs.ask_save(None, "report", "Bilan", "bilan-activite-ess.xlsx", "*.xlsx")
    assert asked[-1] == str(documents / "bilan-activite-ess.xlsx")
    assert path == tmp_path / "conseil" / "bilan.xlsx"
    file_dialogs.ask_save(None, "report", "Bilan", "bilan-activite-ess.xlsx", "*.xlsx")
    assert asked[-1] == str(tmp_path / "conseil" / "bilan-activite-ess.xlsx")
    file_dialogs.ask_save(None, "project", "Fiche", "fiche.docx", "*.docx")
    assert asked[-1] == str(documents / "fiche.docx")  # another kind keeps its own folder
    assert QApplication.instance() is qapp


def test_the_report_export_is_proposed_in_documents_not_beside_the_file(
    window, dialogs, monkeypatch, tmp_path: Path
):
    """The open file sits in a tests folder (like the demo in the hidden data folder): the
    bilan is proposed in Documents, and next time where it was saved."""
    from municipaless.ui.shell.main_window import REPORTS

    asked: list[str] = []

    def save(_parent, _title, directory, filters, *_a, **_k):
        asked.append(directory)
        return "", filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    window.show_section(REPORTS)
    window.reports.export_dialog()
    assert Path(asked[-1]).parent == file_dialogs.documents_dir()
    assert Path(asked[-1]).parent != window.territory.path.parent
