"""Icons drawn as SVG in resources/icons, rendered at the size and scale asked (crisp at 150 %
and 200 %) by Qt's SVG image plugin through ``QImageReader``: importing the QtSvg bindings
cost ~55 ms of every start (`python -X importtime`).

Line icons (``nav-*``) are drawn in one colour; that colour is swapped at paint time for the
theme's accent (the palette's highlighted text when the item is selected), so they keep 3:1
against a light or a dark window. The app icon keeps its own colours.
"""

from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

from municipaless.core.paths import resources_dir
from municipaless.ui.common import theme

INK = "#1f6f5c"  # the colour line icons are drawn in, replaced when painted
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # title bars, taskbars, docks; 100 % to 200 %


def render_svg(data: bytes, size: QSize) -> QImage:
    """The SVG drawn at ``size`` pixels (an empty image if it cannot be read)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(size)
    return reader.read()


def icons_dir() -> Path:
    return resources_dir() / "icons"


class _LineIconEngine(QIconEngine):
    """Paints a one-colour SVG in the theme's colour for the icon's mode."""

    def __init__(self, svg: str):
        super().__init__()
        self.svg = svg

    def _colour(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Selected:
            return QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
        if mode == QIcon.Mode.Disabled:
            return theme.colour("muted").name()
        return theme.colour("accent").name()

    def _image(self, size: QSize, mode: QIcon.Mode) -> QImage:
        return render_svg(self.svg.replace(INK, self._colour(mode)).encode(), size)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawImage(rect, self._image(rect.size() * scale, mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap.fromImage(self._image(size * scale, mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self.svg)


@cache
def icon(name: str) -> QIcon:
    """``icon("nav-dashboard")``; an empty icon if the file is missing (never an error)."""
    path = icons_dir() / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    if INK in svg and name.startswith("nav-"):
        return QIcon(_LineIconEngine(svg))
    return QIcon(str(path))


@cache
def app_icon() -> QIcon:
    """The app icon from its SVG, plus pixmaps at the sizes taskbars and title bars ask for
    (some window managers take only the first pixmap of the icon). Drawn once: the
    application and the window both take it (~10 ms each time)."""
    path = icons_dir() / "municipaless.svg"
    result = QIcon()
    if path.exists():
        data = path.read_bytes()
        for side in APP_ICON_SIZES:
            result.addPixmap(QPixmap.fromImage(render_svg(data, QSize(side, side))))
    return result
