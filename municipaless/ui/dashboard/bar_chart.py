"""A small bar chart drawn with QPainter (PySide6-Essentials ships no QtCharts).

Enough for the dashboard: one or two series side by side, category labels elided under the
bars, the value above each bar, a legend when there are two series.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = (QColor("#1f5f8b"), QColor("#e69f00"))


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.fmt: Callable[[float], str] = lambda v: f"{v:g}"
        self.setMinimumSize(160, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

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
        self.update()

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
        p.setPen(QColor("#888888"))
        p.drawLine(0, int(bottom), w, int(bottom))
        for i, category in enumerate(self.categories):
            x0 = slot * i + (slot - bar * len(self.series)) / 2
            for s, (_, values) in enumerate(self.series):
                value = values[i] if i < len(values) else 0
                height = (bottom - top) * value / top_value
                rect = QRectF(x0 + s * bar, bottom - height, bar - 2, height)
                p.fillRect(rect, COLOURS[s % len(COLOURS)])
                p.setPen(self.palette().text().color())
                label = QRectF(rect.x() - 20, rect.y() - line, bar + 38, line)
                p.drawText(label, Qt.AlignmentFlag.AlignCenter, self.fmt(value))
            text = fm.elidedText(category, Qt.TextElideMode.ElideRight, int(slot - 4))
            p.drawText(QRectF(slot * i, bottom + 2, slot, line), Qt.AlignmentFlag.AlignCenter, text)
        if len(self.series) > 1:
            x = 0.0
            for s, (name, _) in enumerate(self.series):
                p.fillRect(QRectF(x, h - line + 2, 10, 10), COLOURS[s % len(COLOURS)])
                p.drawText(QRectF(x + 14, h - line - 1, 200, line), name)
                x += 24 + fm.horizontalAdvance(name)
        p.end()
