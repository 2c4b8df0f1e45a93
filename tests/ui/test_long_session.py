"""A long session stays bounded (issue « Fiabilité », point 12): forms opened and cancelled,
records created, searches, Tableau de bord visits and exports, round after round, leave no
form, pop-up or background job behind. Counted, not timed: the live QObjects by class after
round 10 and after the last round are the same, within a few."""

import gc
import os
from collections import Counter

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from municipaless.ui.common import export_runner
from municipaless.ui.common.workers import Task
from municipaless.ui.shell.main_window import DASHBOARD, DIRECTORY, MEETINGS, PROJECTS, REPORTS

ROUNDS = int(os.environ.get("MUNICIPALESS_LONG_ROUNDS", "60"))


def _settle(qtbot) -> None:
    """Let deferred deletions (forms closed, jobs released) happen."""
    for _ in range(3):
        qtbot.wait(1)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _census() -> Counter:
    live = Counter(type(w).__name__ for w in QApplication.allWidgets())
    for obj in gc.get_objects():
        if not isinstance(obj, QObject):
            continue
        if not shiboken6.isValid(obj):  # a wrapper still referenced, its C++ object freed
            live[f"{type(obj).__name__} (freed, referenced)"] += 1
        elif isinstance(obj, Task):
            live["Job (Python)"] += 1
        elif not obj.isWidgetType():
            live[f"{type(obj).__name__} (Python)"] += 1
    return live


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _round(qtbot, window, tmp_path, n: int, dialogs) -> None:
    # Annuaire: a new structure opened and cancelled, then one created through the form
    window.show_section(DIRECTORY)
    page = window.organisations
    form = page.new_record()
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.LeftButton)
    form = page.new_record()
    qtbot.keyClicks(form.fields["name"], f"Structure de la ronde {n}")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    # the list exported (a background job)
    dialogs.file_answers.append(str(tmp_path / f"liste-{n}.csv"))
    page.export_dialog("csv")
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)
    # Porteurs & projets: a new project opened and cancelled with Escape
    window.show_section(PROJECTS)
    detail = window.projects.project_detail
    detail.new_project()
    qtbot.keyClick(detail.form, Qt.Key.Key_Escape)
    # the global search
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "ardeche")
    qtbot.waitUntil(window.search_field.popup_visible, timeout=3000)
    window.search_field.hide_popup()
    window.search_field.clear()
    # Réunions, Rapports, then the Tableau de bord (its figures on a job)
    window.show_section(MEETINGS)
    window.show_section(REPORTS)
    window.show_section(DASHBOARD)
    window.dashboard.set_territory(window.territory)  # a visit after a change re-reads
    qtbot.waitUntil(lambda: window.dashboard.job is None, timeout=10000)
    qtbot.waitUntil(lambda: window.dashboard.follow_ups.job is None, timeout=10000)


@pytest.mark.slow
def test_a_long_session_keeps_the_same_objects(qtbot, window, tmp_path, monkeypatch, dialogs):
    monkeypatch.setattr(export_runner, "ask_after_export", lambda _parent, _path: None)
    for n in range(10):
        _round(qtbot, window, tmp_path, n, dialogs)
    _settle(qtbot)
    before, rss_before = _census(), _rss_kib()
    for n in range(10, ROUNDS):
        _round(qtbot, window, tmp_path, n, dialogs)
    _settle(qtbot)
    after, rss_after = _census(), _rss_kib()
    grown = {k: (before[k], after[k]) for k in after if after[k] > before[k] + 2}
    per_100 = (rss_after - rss_before) / 1024 / (ROUNDS - 10) * 100
    print(f"\nRSS {rss_before // 1024} -> {rss_after // 1024} MiB: {per_100:.1f} MiB / 100 rounds")
    print(f"widgets {sum(before.values())} -> {sum(after.values())}; grown: {grown}")
    assert not grown, grown
    assert after["Job (Python)"] <= 2
    assert after["OrganisationForm"] == 0 and after["ProjectForm"] == 0


def test_jobs_released_from_their_finished_signal_are_freed(qtbot, small_file):
    """release() from a slot of ``finished`` (where a deleteLater() crashed the process):
    the thread is waited for, then freed with its result."""
    from municipaless.ui.common.workers import Job, release

    owner = QObject()
    jobs = []
    for _ in range(30):
        job = Job(small_file, lambda t, _job: [0] * 100_000, owner)
        job.finished.connect(lambda job=job: release(job))
        jobs.append(job)
        job.start()
    qtbot.waitUntil(lambda: all(not shiboken6.isValid(j) for j in jobs), timeout=20000)
    assert owner.findChildren(Job) == []
