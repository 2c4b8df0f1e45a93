"""Start the window: application object, French translations, icon, which file to open.

French is the default: Qt's own ``qtbase_fr`` makes the standard dialogs French (Ouvrir,
Annuler…), ours translates the English source strings and the few labels Qt's catalogue
misses (``ui/common/qt_french.py``), and the system locale Qt reads is French for the file
dialog's sizes and dates. ``MUNICIPALESS_LANG=en`` keeps the
English source strings (for developers and screenshots in bug reports).
"""

import contextlib
import gc
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from municipaless import APP_NAME
from municipaless.core.paths import resources_dir
from municipaless.services.file.places import default_demo_path
from municipaless.ui.common import accessible, theme
from municipaless.ui.common import language as language_choice
from municipaless.ui.common.icons import app_icon
from municipaless.ui.common.qt_french import french_system_locale
from municipaless.ui.shell.main_window import MainWindow
from municipaless.ui.shell.recent_files import RecentFiles

_translators: list[QTranslator] = []  # a translator must outlive its installation


QUIT_WHEN_SHOWN_ENV = "MUNICIPALESS_QUIT_WHEN_SHOWN"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's and our translators (French unless English was chosen); returns them
    (they must stay referenced)."""
    if language is None:
        language = language_choice.chosen()
    return language_choice.install(app, "en" if language.startswith("en") else "fr")


def demo_path() -> Path:
    """The demonstration territory, generated on first use."""
    from municipaless.services import demo  # heavy: imported only when the demo is wanted

    return demo.ensure_demo(default_demo_path())


def choose_file(path: Path | None, open_demo: bool, recent: RecentFiles) -> Path | None:
    """The file given, else the demo when asked or on first start, else the last file used."""
    if path is not None:
        return Path(path)
    if not open_demo:
        last = recent.most_recent_existing()
        if last is not None:
            return last
    return None


def create_application(argv: list[str] | None = None, *, name_inputs: bool = True) -> QApplication:
    """The application object, translated and themed. ``name_inputs=False``: the caller
    starts the accessible naming itself (``main`` does, after the window's first paint)."""
    app = QApplication.instance()
    if app is None:
        french = language_choice.chosen() == "fr"
        with french_system_locale() if french else contextlib.nullcontext():
            app = QApplication(argv if argv is not None else sys.argv)
            QLocale.system()  # read now, while the locale variables say French
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    theme.apply(app)  # semantic colours from the palette, followed when the system switches
    if name_inputs:
        accessible.install(app)  # inputs named from their labels as screens are shown
    if not _translators:
        _translators.extend(install_translators(app))
    return app


def build_window(path: Path | None = None, open_demo: bool = False) -> MainWindow:
    """The window with its file open (or the welcome page if opening failed): tests use this."""
    window = MainWindow(demo_path=demo_path)
    window.show()
    target = choose_file(path, open_demo, window.recent)
    if target is not None:
        window.open_path(target)
    else:
        window.open_demo()
    return window


def install_excepthook_on_first_error(app: QApplication) -> None:
    """The French box for an error nobody caught (``storage_errors.install_excepthook``),
    whose module and its dialogs are imported when the first such error comes, not at start
    (~2 ms of the window's first paint, issue #17)."""
    original = sys.excepthook

    def first_error(*exc_info: Any) -> None:
        from municipaless.ui.common.storage_errors import install_excepthook

        sys.excepthook = original  # the box's hook passes what it does not show to this one
        install_excepthook(app)
        sys.excepthook(*exc_info)

    sys.excepthook = first_error


def main(path: Path | None = None, open_demo: bool = False) -> int:
    """Show the window first, then open the file on the next turn of the event loop.

    The officer sees the window at once; loading the storage stack and the file (~0.5 s on the
    large demo) happens behind it.
    """
    app = create_application(name_inputs=False)
    install_excepthook_on_first_error(app)  # the real run only (pytest-qt keeps its own)
    window = MainWindow(demo_path=demo_path)
    accessible.install_after_first_paint(app, window)
    window.show()
    window.raise_()
    if not gc.isenabled():  # the command line's start: what it built lives as long as the window
        gc.freeze()  # so the collector (and the exit) never walk it again (~40 ms, issue #17)
        gc.enable()
    bench_mode = os.environ.get(QUIT_WHEN_SHOWN_ENV, "")
    if bench_mode == "shown":  # `make bench`: time to the first shown window
        QTimer.singleShot(0, app.quit)
        return app.exec()

    def open_file() -> None:
        target = choose_file(path, open_demo, window.recent)
        if target is not None:
            window.open_path(target)
        else:
            window.open_demo()
        if bench_mode == "ready":  # `make bench`: time to the file open and painted
            # what the bundle test checks: the file's title, our menus and Qt's own in French
            menus = " ".join(action.text() for action in window.menuBar().actions())
            qt_context = "QPlatformTheme"  # Qt's own catalogue's, kept out of ours (lupdate)
            cancel = QCoreApplication.translate(qt_context, "Cancel")
            print(f"ready: {window.windowTitle()} | {menus} | {cancel}", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, open_file)
    return app.exec()
