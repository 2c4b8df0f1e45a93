"""Big files are shown at once, then checked and backed up on a worker (GUI thread < 100 ms)."""

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from municipaless.services.file import backups
from municipaless.services.file.territory import Territory
from municipaless.ui.shell import file_tasks
from municipaless.ui.shell.main_window import MainWindow


def test_a_big_sound_file_is_checked_and_backed_up_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(file_tasks, "SYNC_CHECK_BYTES", 0)  # every file counts as big
    path = tmp_path / "grand.municipaless"
    Territory.create(path, "Camille Martin").close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    assert win.session.health_job is not None  # shown before the check finished
    qtbot.waitUntil(lambda: win.session.health_job is None, timeout=10_000)
    assert win.territory is not None and not win.territory.read_only
    assert [entry.reason for entry in backups.for_path(path)] == ["open"]
    win.close()


def corrupt_table(path, table: str) -> None:
    """Scribble over one table's root page; the header and the other tables stay readable."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((page[0] - 1) * size)
        f.write(b"\xff" * 64)


@pytest.mark.parametrize("table", ["organisation", "tag"])
def test_damage_reaches_the_officer_whether_seen_at_once_or_in_the_background(
    qtbot, tmp_path, monkeypatch, dialogs, table
):
    """'organisation' is read to show the file; 'tag' is not, so only the worker sees it."""
    path = tmp_path / "abime.municipaless"
    Territory.create(path, "Camille Martin").close()
    monkeypatch.setattr(file_tasks, "SYNC_CHECK_BYTES", 0)
    corrupt_table(path, table)
    dialogs.message_answer = QMessageBox.StandardButton.No
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(path)  # the organisation table is not read until its list is shown
    qtbot.waitUntil(lambda: win.session.health_job is None, timeout=10_000)
    qtbot.waitUntil(lambda: any("endommagé" in m[2] for m in dialogs.messages), timeout=10_000)
    assert win.territory is None or win.territory.read_only
    win.close()


def test_closing_the_window_waits_for_the_check(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(file_tasks, "SYNC_CHECK_BYTES", 0)
    path = tmp_path / "grand.municipaless"
    Territory.create(path, "Camille Martin").close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(path)
    job = win.session.health_job
    win.close()  # must not destroy a running QThread
    assert job is not None and job.isFinished()
