"""A small bar chart drawn with QPainter (PySide6-Essentials ships no QtCharts).

Enough for the dashboard: one or two series side by side, category labels elided under the
bars, the value above each bar, a legend when there are two series.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from municipaless.ui.common import theme

COLOURS = ("chart1", "chart2")  # theme roles: 3:1 against the window on any palette


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.fmt: Callable[[float], str] = lambda v: f"{v:g}"
        self.setMinimumSize(160, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(380, 230)

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        fmt: Callable[[float], str] | None = None,
    ) -> None:
        self.categories = list(categories)
        self.series = [(name, list(values)) for name, values in series]
        if fmt is not None:
            self.fmt = fmt
        self.setAccessibleDescription(self.as_text())
        self.update()

    def as_text(self) -> str:
        """The chart in words, for screen readers: « 2025 : 12 ; 2026 : 15. »"""
        lines = []
        for name, values in self.series:
            cells = "; ".join(
                f"{category} : {self.fmt(value)}"
                for category, value in zip(self.categories, values, strict=False)
            )
            lines.append(f"{name} — {cells}." if len(self.series) > 1 or name else f"{cells}.")
        return " ".join(lines)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        w, h = self.width(), self.height()
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, w, line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        top, bottom = line * 2 + 6, h - line * 2 - 4
        if not self.categories or bottom <= top:
            p.end()
            return
        top_value = max([v for _, vals in self.series for v in vals] + [1])
        slot = w / len(self.categories)
        bar = max(4.0, min(36.0, slot * 0.8 / max(1, len(self.series))))
        p.setPen(theme.colour("muted"))
        p.drawLine(0, int(bottom), w, int(bottom))
        for i, category in enumerate(self.categories):
            x0 = slot * i + (slot - bar * len(self.series)) / 2
            for s, (_, values) in enumerate(self.series):
                value = values[i] if i < len(values) else 0
                height = (bottom - top) * value / top_value
                rect = QRectF(x0 + s * bar, bottom - height, bar - 2, height)
                p.fillRect(rect, theme.colour(COLOURS[s % len(COLOURS)]))
                p.setPen(self.palette().text().color())
                label = QRectF(rect.x() - 20, rect.y() - line, bar + 38, line)
                p.drawText(label, Qt.AlignmentFlag.AlignCenter, self.fmt(value))
            text = fm.elidedText(category, Qt.TextElideMode.ElideRight, int(slot - 4))
            p.drawText(QRectF(slot * i, bottom + 2, slot, line), Qt.AlignmentFlag.AlignCenter, text)
        if len(self.series) > 1:
            x = 0.0
            for s, (name, _) in enumerate(self.series):
                p.fillRect(QRectF(x, h - line + 2, 10, 10), theme.colour(COLOURS[s % len(COLOURS)]))
                p.drawText(QRectF(x + 14, h - line - 1, 200, line), name)
                x += 24 + fm.horizontalAdvance(name)
        p.end()
