"""``SectionHeader``: a section's title with its icon and a muted subtitle, and ``Tile``: a key
figure with its icon. One look for every page (sizes and spacing from ``theme``): no gradient,
no colour that the palette does not give."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from municipaless.ui.common import theme
from municipaless.ui.common.icons import icon


def _icon_label(name: str, side: int) -> QLabel:
    label = QLabel()
    label.setPixmap(icon(name).pixmap(QSize(side, side)))  # SVG: sharp at any scaling
    label.setFixedSize(side, side)
    label.setAccessibleName("")  # decorative: the title says it
    return label


class SectionHeader(QWidget):
    """Icon, title (body size + ``theme.TITLE_POINTS``, bold) and an optional subtitle."""

    def __init__(self, icon_name: str, title: str, subtitle: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("sectionHeader")
        self.icon = _icon_label(icon_name, theme.ICON_SIZE) if icon_name else None
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() + theme.TITLE_POINTS)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("sectionSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        theme.set_tone(self.subtitle, "muted")
        top = QHBoxLayout()
        top.setSpacing(theme.SPACING)
        if self.icon is not None:
            top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING // 2)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)

    def set_title(self, text: str) -> None:
        self.title.setText(text)


class Tile(QFrame):
    """A key figure: its icon, the number large and bold, its caption under it."""

    def __init__(self, icon_name: str, caption: str, parent=None):
        super().__init__(parent)
        self.setProperty("tile", True)  # styled by the theme's stylesheet
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() + theme.FIGURE_POINTS + 4)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(theme.SPACING)
        top.addWidget(self.value, 1)
        if icon_name:
            top.addWidget(_icon_label(icon_name, theme.ICON_SIZE), 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, theme.SPACING)
        layout.setSpacing(theme.SPACING // 2)
        layout.addLayout(top)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{text} {self.caption.text()}")
