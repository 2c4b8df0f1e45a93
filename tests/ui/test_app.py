"""Start-up: which file opens, the demo on first start, main() without blocking."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from municipaless.ui.shell import app as app_module
from municipaless.ui.shell.recent_files import RecentFiles


@pytest.fixture
def demo_location(tmp_path, monkeypatch):
    target = tmp_path / "demo" / "territoire-de-demonstration.municipaless"
    monkeypatch.setattr(app_module, "default_demo_path", lambda: target)
    return target


def test_choose_file_prefers_the_given_path_then_the_last_file(tmp_path, small_file):
    recent = RecentFiles()
    assert app_module.choose_file(None, False, recent) is None  # first start: the demo
    recent.add(tmp_path / "gone.municipaless")
    recent.add(small_file)
    assert app_module.choose_file(None, False, recent) == small_file.resolve()
    assert app_module.choose_file(None, True, recent) is None  # --demo
    assert app_module.choose_file(tmp_path / "x.sqlite", True, recent) == tmp_path / "x.sqlite"


def test_first_start_opens_the_generated_demo(qtbot, demo_location):
    window = app_module.build_window()
    qtbot.addWidget(window)
    assert demo_location.is_file()
    assert window.territory.path == demo_location
    assert window.projects.model.total() > 0
    window.close()


def test_build_window_with_a_path(qtbot, small_file):
    window = app_module.build_window(small_file)
    qtbot.addWidget(window)
    assert window.territory.path == small_file
    assert window.windowIcon().isNull() is False
    window.close()


def test_main_runs_the_event_loop_and_returns_its_code(monkeypatch, small_file, qtbot):
    shown = []

    def fake_exec():
        shown.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        for widget in shown:
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.main(small_file) == 0
    assert any(getattr(w, "territory", None) is None for w in shown)  # closed on quit


def last_line_of_a_fresh_start(code: str, config: Path) -> str:
    """What ``code`` prints last, run in a new Python: what a start makes or imports cannot be
    seen in this process, where earlier tests already made and imported everything."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return out.stdout.strip().splitlines()[-1]


def test_the_empty_window_is_built_without_the_storage_stack(tmp_path):
    """sqlite-utils and the services load with the first file: importing them while the window
    is built cost ~110 ms of start-up (a section page once did it by accident)."""
    code = (
        "import sys\n"
        "from municipaless.ui.shell.app import create_application\n"
        "app = create_application([])\n"
        "from municipaless.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'openpyxl', "
        "'docx', 'reportlab', 'municipaless.storage.territory_file'))))\n"
    )
    assert last_line_of_a_fresh_start(code, tmp_path) == "[]"


def test_the_window_is_painted_without_qt_s_namespace(tmp_path):
    """PySide makes ``Qt``'s ~110 enums at once, ~12 ms, the first time anything touches it:
    an ``import Qt`` at the top of a start-up module, ``QColor(QColor)`` or ``setShortcut``
    weighing their overloads against ``Qt.GlobalColor`` or ``Qt.Key`` (known-traps.md#5).
    None of that may come back before the first paint: the officer would wait for it."""
    code = (
        "import PySide6.QtCore as core\n"
        "from municipaless.ui.shell import app as start\n"
        "app = start.create_application(name_inputs=False)\n"
        "start.install_excepthook_on_first_error(app)\n"
        "from municipaless.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(); start.accessible.install_after_first_paint(app, w); w.show()\n"
        "w.repaint(); app.processEvents()\n"
        "print('painted', w.isVisible(), 'Qt' in vars(core))\n"
    )
    assert last_line_of_a_fresh_start(code, tmp_path) == "painted True False"


def test_quitting_stops_handing_events_to_python(tmp_path):
    """On quit, Qt destroys every widget and moves the focus once per focused one; handed to
    Python, each event and focus move made PySide wrap objects it had never shown it (~8 ms
    of every exit, issue #17). The focus follower and the inputs' namer stop at aboutToQuit."""
    code = (
        "from PySide6.QtCore import SIGNAL\n"
        "from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout\n"
        "from municipaless.ui.shell import app as start\n"
        "app = start.create_application()\n"
        "from municipaless.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "class Form(QDialog):\n"
        "    __module__ = 'municipaless.ui.sample'  # one of ours: the namer names it\n"
        "def named():\n"
        "    d = Form(); field = QLineEdit(); field.setPlaceholderText('Commune')\n"
        "    QVBoxLayout(d).addWidget(field); d.show()\n"
        "    for _ in range(3): app.processEvents()\n"
        "    d.close(); return field.accessibleName()\n"
        "focus = SIGNAL('focusChanged(QWidget*,QWidget*)')\n"
        "before = (app.receivers(focus), named())\n"
        "app.aboutToQuit.emit()\n"
        "print(before, (app.receivers(focus), named()))\n"
    )
    assert last_line_of_a_fresh_start(code, tmp_path) == "(1, 'Commune') (0, '')"
