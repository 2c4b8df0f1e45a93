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


class _AppIconEngine(QIconEngine):
    """The app icon, drawn at a size the first time the platform asks for it: drawing all
    seven at start cost ~15 ms before the window showed (issue #17), and Windows asks for two.
    Its sizes are listed (smallest first), so X11 window managers still get all of them."""

    def __init__(self, data: bytes):
        super().__init__()
        self.data = data
        self.drawn: dict[tuple[int, int], QPixmap] = {}

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state=None) -> list[QSize]:
        return [QSize(side, side) for side in APP_ICON_SIZES]

    def _normal(self, size: QSize) -> QPixmap:
        key = (size.width(), size.height())
        if key not in self.drawn:
            self.drawn[key] = QPixmap.fromImage(render_svg(self.data, size))
        return self.drawn[key]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(self._normal(size * scale))  # a copy: the drawn one keeps its ratio
        if mode != QIcon.Mode.Normal:  # greyed (disabled) or tinted like any pixmap icon
            pixmap = QIcon(pixmap).pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return _AppIconEngine(self.data)


@cache
def app_icon() -> QIcon:
    """The app icon from its SVG at the sizes taskbars and title bars ask for (some window
    managers take only the first of them), drawn when first asked."""
    path = icons_dir() / "municipaless.svg"
    return QIcon(_AppIconEngine(path.read_bytes())) if path.exists() else QIcon()
