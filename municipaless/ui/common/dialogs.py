"""Standard dialogs in one place, so tests patch QFileDialog/QMessageBox once for all callers.

Qt's own dialogs are in French through the ``qtbase_fr`` translator installed by the app.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QScrollArea, QWidget

from municipaless.services.file.places import FILE_SUFFIX, data_dir
from municipaless.ui.common import file_dialogs

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def file_filter() -> str:
    return translate("Dialogs", "MunicipalESS territories (*.municipaless *.sqlite)")


def _visible(start_dir: str) -> Path | None:
    """The open file's folder, unless it is the app's own data folder (demo, backups)."""
    if not start_dir:
        return None
    folder = Path(start_dir)
    return None if folder.resolve().is_relative_to(data_dir().resolve()) else folder


def ask_open_path(parent: QWidget | None, start_dir: str = "") -> Path | None:
    title = translate("Dialogs", "Open a territory file")
    return file_dialogs.ask_open(parent, "territory", title, file_filter(), _visible(start_dir))


def ask_new_path(parent: QWidget | None, start_dir: str = "") -> Path | None:
    folder = file_dialogs.start_folder("territory", _visible(start_dir))
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "New territory file"), str(folder), file_filter()
    )
    if not name:
        return None
    path = Path(name)
    file_dialogs.remember("territory", path)
    if path.suffix.lower() not in (FILE_SUFFIX, ".sqlite"):
        path = path.with_name(path.name + FILE_SUFFIX)
    return path


def open_failed(parent: QWidget | None, message: str) -> bool:
    """Show why a file could not be opened; True if the officer wants to open another one."""
    answer = QMessageBox.critical(
        parent,
        translate("Dialogs", "The file could not be opened"),
        message,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


FRAME_ROOM = QSize(16, 48)  # a window manager's borders and title bar, around a dialog


def _sized(dialog: QDialog) -> bool:
    """Given a size already: by the code, by the officer's hand, or by being shown."""
    from PySide6.QtCore import Qt  # made on first use: not at start (known-traps.md#5)

    return dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) or dialog.isVisible()


def content_size(dialog: QDialog, scroll: QScrollArea | None = None) -> QSize:
    """The size showing the whole of a dialog: a scroll area counts as its content (Qt's own
    hint caps it at a few lines, which opened forms with both scroll bars)."""
    dialog.layout().activate()
    hint = dialog.sizeHint()
    if scroll is None or scroll.widget() is None:
        return hint
    inner, around = scroll.widget(), hint - scroll.sizeHint()
    frame = 2 * scroll.frameWidth()
    width = max(hint.width(), around.width() + inner.sizeHint().width() + frame)
    if _sized(dialog):
        width = max(width, dialog.width())
    body_width = width - around.width() - frame
    if inner.hasHeightForWidth():  # wrapped labels: their height depends on the width
        body_height = max(inner.heightForWidth(body_width), inner.minimumSizeHint().height())
    else:
        body_height = inner.sizeHint().height()
    return QSize(width, around.height() + body_height + frame)


def fit_to_content(dialog: QDialog, scroll: QScrollArea | None = None) -> None:
    """Size a dialog to show all it holds (a message that just appeared included), within
    the screen; never smaller than a size it was given or the officer dragged it to."""
    wanted = content_size(dialog, scroll)
    if _sized(dialog):
        wanted = wanted.expandedTo(dialog.size())
    screen = dialog.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size() - FRAME_ROOM)
    if wanted != dialog.size():
        dialog.resize(wanted)


def open_at(dialog: QWidget, width: int, height: int) -> None:
    """Open a dialog at the size it is designed for, or within the screen when that is
    smaller (a 1024×600 netbook would put its bottom buttons out of reach)."""
    wanted = QSize(width, height)
    screen = dialog.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size() - FRAME_ROOM)
    dialog.resize(wanted)
