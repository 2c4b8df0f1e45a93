"""Window test fixtures: isolated settings, French translators, no real modal dialogs.

A modal dialog in a test would wait forever for a click on CI, so every static QMessageBox and
QFileDialog entry point, and the unsaved-changes question of forms, is replaced by a recorder;
a test that expects a dialog sets the answer.
"""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from municipaless.ui.common import storage_errors
from municipaless.ui.editing import unsaved
from municipaless.ui.shell.app import install_translators
from tests.ui.sample import LARGE_ROWS, write_directory, write_large, write_small


class DialogRecorder:
    """Stands in for QMessageBox / QFileDialog static functions."""

    def __init__(self):
        self.messages: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.file_answers: list[str] = []  # paths the next file dialogs "choose"
        self.file_requests: list[tuple[str, str]] = []  # (kind, filter)
        self.message_answer = QMessageBox.StandardButton.Close
        # « Enregistrer les modifications ? » asked when a form holding changes closes
        self.unsaved_asked = 0
        self.unsaved_answer = QMessageBox.StandardButton.Discard
        self.box_answer = ""  # the text of the button a storage problem box "clicks"
        self.boxes: list[QMessageBox] = []

    def ask_save_changes(self, _parent):
        self.unsaved_asked += 1
        return self.unsaved_answer

    def message(self, kind: str):
        def show(_parent, title, text, *_args, **_kwargs):
            self.messages.append((kind, title, text))
            return self.message_answer

        return show

    def box(self, box: QMessageBox):
        """Stands in for ui.common.storage_errors.ask_box (a box built, then shown)."""
        kind = "critical" if box.icon() == QMessageBox.Icon.Critical else "warning"
        self.messages.append((kind, box.windowTitle(), box.text()))
        self.boxes.append(box)
        return next((b for b in box.buttons() if b.text() == self.box_answer), None)

    def file(self, kind: str):
        def ask(_parent, _caption="", _directory="", file_filter="", *_args, **_kwargs):
            self.file_requests.append((kind, file_filter))
            answer = self.file_answers.pop(0) if self.file_answers else ""
            return answer, file_filter

        return ask


@pytest.fixture(scope="session", autouse=True)
def french(qapp):
    qapp.setOrganizationName("MunicipalESS-tests")
    qapp.setApplicationName("MunicipalESS-tests")
    translators = install_translators(qapp, "fr")
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path):
    """QSettings go to an ini file in the test's folder, never the user's registry."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    yield


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogRecorder:
    recorder = DialogRecorder()
    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder.message(kind)))
    for kind in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, kind, staticmethod(recorder.file(kind)))
    monkeypatch.setattr(unsaved, "ask_save_changes", recorder.ask_save_changes)
    monkeypatch.setattr(storage_errors, "ask_box", recorder.box)
    return recorder


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    return write_small(tmp_path / "territoire.municipaless")


@pytest.fixture(scope="session")
def large_file(tmp_path_factory) -> Path:
    return write_large(tmp_path_factory.mktemp("large") / "grand.municipaless", LARGE_ROWS)


@pytest.fixture
def window(qtbot, small_file):
    from municipaless.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(small_file)
    yield win
    win.close()


# the annuaire (Annuaire tests) -------------------------------------------------------------
@pytest.fixture(scope="session")
def directory_template(tmp_path_factory) -> Path:
    return write_directory(tmp_path_factory.mktemp("annuaire") / "modele.municipaless")


@pytest.fixture
def directory_file(tmp_path, directory_template) -> Path:
    """A fresh copy for each test (written once per session: a copy costs nothing)."""
    return Path(shutil.copy(directory_template, tmp_path / "annuaire.municipaless"))


@pytest.fixture
def win(qtbot, directory_file):
    """The window on the annuaire file, showing the Annuaire section."""
    from municipaless.ui.shell.main_window import DIRECTORY, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 780)
    window.show()
    assert window.open_path(directory_file)
    window.show_section(DIRECTORY)
    yield window
    window.close()
