"""A busy, full or unreachable file ends in a French box, never a traceback."""

import errno
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from municipaless import documents
from municipaless.documents.model import Document, Paragraph, Section
from municipaless.services.file.territory import Territory
from municipaless.storage import lock, territory_file
from municipaless.ui.common import storage_errors
from municipaless.ui.common.export_runner import ExportRunner
from municipaless.ui.editing import RecordForm, TextField


@pytest.fixture
def territory(tmp_path, monkeypatch):
    # SQLite's own wait on a busy file, shortened so the test does not sit 5 s per try
    monkeypatch.setattr(territory_file, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(storage_errors, "RETRY_DELAYS_MS", (10, 10))
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    yield t
    t.close()


def _form(qtbot, territory) -> RecordForm:
    form = RecordForm(territory, "organisation", None, title="Structure")
    qtbot.addWidget(form)
    form.add_field("name", "Nom", TextField(), required=True)
    form.finish()
    form.show()
    qtbot.keyClicks(form.fields["name"], "Ateliers du Bocage")
    return form


def _save(form, qtbot) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)


def test_a_file_held_by_another_program_is_retried_then_explained(
    qtbot, territory, monkeypatch, capsys
):
    lock.PresenceLock.acquire(territory.path, "Paul Martin", take_over=True)
    holder = sqlite3.connect(territory.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    notes, boxes = [], []
    real_note = storage_errors.busy_note

    def note(parent, who):
        shown = real_note(parent, who)
        notes.append(shown.labelText())
        return shown

    def ask(box: QMessageBox):
        boxes.append((box.text(), box.informativeText(), box.detailedText()))
        holder.execute("COMMIT")  # the other program lets go; the officer retries
        holder.close()
        return next(b for b in box.buttons() if b.text() == "Réessayer")

    monkeypatch.setattr(storage_errors, "busy_note", note)
    monkeypatch.setattr(storage_errors, "ask_box", ask)
    form = _form(qtbot, territory)
    _save(form, qtbot)
    assert notes and "Paul Martin" in notes[0] and "nouvel essai" in notes[0]
    (text, action, details) = boxes[0]
    assert "occupé" in text and "Paul Martin" in text and "Réessayez" in action
    assert "SQLITE_BUSY" in details and "database" not in text
    assert not form.isVisible()  # saved on the retry
    assert [o.name for o in territory.records["organisation"].where()] == ["Ateliers du Bocage"]
    assert "Traceback" not in capsys.readouterr().err


def test_a_full_disk_keeps_the_form_and_the_file(qtbot, territory, monkeypatch, dialogs):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(territory, "save", full)
    form = _form(qtbot, territory)
    _save(form, qtbot)
    kind, title, text = dialogs.messages[-1]
    assert title == "Non enregistré" and "disque est plein" in text
    box = dialogs.boxes[-1]
    assert [b.text() for b in box.buttons() if b.text() == "Réessayer"]
    assert "ENOSPC" in box.detailedText()
    assert form.isVisible() and form.fields["name"].text() == "Ateliers du Bocage"
    assert territory.records["organisation"].count() == 0


def test_an_export_on_a_full_disk_leaves_the_old_file_and_says_so(
    qtbot, territory, monkeypatch, dialogs, tmp_path
):
    target = tmp_path / "liste.docx"
    target.write_bytes(b"ancienne version")

    def no_space(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("municipaless.documents.safety.os.replace", no_space)
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = ExportRunner(owner)
    doc = Document("Liste", sections=[Section([Paragraph("Bonjour")])])
    runner.start(territory, lambda _t, _job: documents.write(doc, target)[0], "Export…")
    qtbot.waitUntil(lambda: runner.job is None, timeout=30_000)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "critical" and "disque est plein" in text
    assert "OSError" not in text
    assert target.read_bytes() == b"ancienne version"
    assert not list(Path(tmp_path).glob(".liste.*.tmp"))


def test_last_resort_hook_shows_french_and_keeps_the_traceback_on_stderr(qapp, monkeypatch, capsys):
    import sys

    shown = []
    monkeypatch.setattr(storage_errors, "ask_box", lambda box: shown.append(box) or None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    storage_errors.install_excepthook(qapp)
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "disque est plein" in shown[0].text()
    assert not [b for b in shown[0].buttons() if b.text() == "Réessayer"]
    assert "Traceback" in capsys.readouterr().err


def test_the_window_s_hook_loads_the_box_on_the_first_error(qapp, monkeypatch, capsys):
    """The started window installs a light hook (ui/shell/app.py) that becomes the French box
    on the first uncaught error: the same box, the traceback still on stderr."""
    import sys

    from municipaless.ui.shell import app as start

    shown = []
    monkeypatch.setattr(storage_errors, "ask_box", lambda box: shown.append(box) or None)
    original = sys.excepthook
    monkeypatch.setattr(sys, "excepthook", original)
    start.install_excepthook_on_first_error(qapp)
    light = sys.excepthook
    assert light is not original
    for _ in range(2):  # the second error goes straight to the box's hook
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert sys.excepthook not in (light, original)
    assert len(shown) == 2 and all("disque est plein" in box.text() for box in shown)
    assert capsys.readouterr().err.count("Traceback") == 2
