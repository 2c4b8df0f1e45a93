"""Icons drawn as SVG in resources/icons, rendered by QtSvg at the size and scale asked (crisp at
150 % and 200 %).

Line icons (``nav-*``) are drawn in one colour; that colour is swapped at paint time for the
theme's accent (the palette's highlighted text when the item is selected), so they keep 3:1
against a light or a dark window. The app icon keeps its own colours.
"""

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from municipaless.core.paths import resources_dir
from municipaless.ui.common import theme

INK = "#1f6f5c"  # the colour line icons are drawn in, replaced when painted
APP_ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256, 512)  # 100 % to 200 %


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

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        data = QByteArray(self.svg.replace(INK, self._colour(mode)).encode())
        QSvgRenderer(data).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
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


def app_icon() -> QIcon:
    """The app icon from its SVG, plus pixmaps at the sizes taskbars and title bars ask for
    (some window managers take only the first pixmap of the icon)."""
    path = icons_dir() / "municipaless.svg"
    result = QIcon()
    if path.exists():
        renderer = QSvgRenderer(str(path))
        for side in APP_ICON_SIZES:
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap)
    return result
