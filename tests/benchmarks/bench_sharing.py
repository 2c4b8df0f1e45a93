"""Sharing on the large file: the close-time backup off the GUI thread, the working copy.

* Closing the window after a change: the longest stall of the GUI thread (a 10 ms timer
  measures the gaps between its ticks) beside what the backup alone costs when it runs on the
  GUI thread, as it did before (``backups.on_close``), in the same run.
* A file on a share (simulated: a local folder, forced): opening through a working copy and
  writing it back, beside a raw backup-API copy of the same file.
"""

import shutil
import sqlite3
import time

import pytest
from benchlib import report

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, open_territory


@pytest.fixture
def big_copy(large_file, tmp_path):
    target = tmp_path / "grand.municipaless"
    shutil.copyfile(large_file, target)
    return target


def _change(territory, name: str) -> None:
    territory.records["organisation"].insert(Organisation(name=name))


def test_close_backup_does_not_block_the_window(big_copy, qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    from municipaless.services.file import backups
    from municipaless.ui.shell.main_window import MainWindow

    # before: the close-time backup on the calling (GUI) thread, verified with integrity_check
    # as it was then (backups.make with a non-routine reason still does exactly that)
    territory = open_territory(big_copy, "Bench", OpenMode.UNLOCKED, verify=False)
    _change(territory, "avant")
    started = time.perf_counter()
    backups.make(territory, "manual", base=tmp_path / "sauvegardes")
    on_gui_thread = time.perf_counter() - started
    started = time.perf_counter()
    assert backups.on_close(territory, base=tmp_path / "sauvegardes-2") is not None
    quick = time.perf_counter() - started
    territory.close()
    report("close-time backup, quick_check", quick, on_gui_thread, "vs integrity_check as before")

    # now: the window closes through a worker; measure the GUI thread's longest stall
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(big_copy)
    qtbot.waitUntil(lambda: win.session.health_job is None, timeout=120_000)
    _change(win.territory, "après")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    qtbot.wait(50)
    started = time.perf_counter()
    win.close()
    closed = time.perf_counter() - started
    ticks.append(time.perf_counter())
    timer.stop()
    inside = [t for t in ticks if t >= started]
    stall = max(b - a for a, b in zip(inside, inside[1:], strict=False)) if len(inside) > 1 else 0
    assert [e.reason for e in backups.for_path(big_copy)][0] == "close"
    report(
        "close after a change: longest GUI stall",
        stall,
        on_gui_thread,
        f"close took {closed:.1f} s in all; baseline = backup on the GUI thread",
    )


def test_working_copy_open_and_write_back(big_copy, tmp_path):
    from municipaless.services.file import working_copy

    started = time.perf_counter()
    direct = open_territory(big_copy, "Bench", verify=False)
    opened_direct = time.perf_counter() - started
    direct.close()

    started = time.perf_counter()
    raw = sqlite3.connect(big_copy.resolve().as_uri() + "?mode=ro", uri=True)
    dest = sqlite3.connect(str(tmp_path / "brut.municipaless"))
    raw.backup(dest)
    dest.close()
    raw.close()
    raw_copy = time.perf_counter() - started

    started = time.perf_counter()
    shared = open_territory(
        big_copy, "Bench", verify=False, force_share=True, base=tmp_path / "copies"
    )
    opened = time.perf_counter() - started
    report("open a shared file (working copy)", opened, raw_copy, "vs raw backup-API copy")
    report("open the same file directly", opened_direct, None, "no copy")
    _change(shared, "partagé")
    started = time.perf_counter()
    assert working_copy.of(shared).write_back()
    written = time.perf_counter() - started
    report(
        "write back to the share",
        written,
        raw_copy,
        "stage + copy + integrity_check + keep previous + replace",
    )
    working_copy.close(shared)
