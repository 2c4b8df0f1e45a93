"""The one place for the window's look: semantic colours, spacing, type sizes, a small stylesheet.

Colours are *roles* (« muted », « error », « overdue »…), never literals in the screens: each is
derived from the current ``QPalette`` (light or dark, decided by the window colour's lightness)
and then pushed until its text reaches WCAG's 4.5:1 against both the window and the base
colour, so a dark system theme, or a high-contrast one, stays readable. Widgets carry a
``tone`` property (``set_tone(label, "error")``) styled by the application stylesheet that
``apply(app)`` installs at start and again on every palette change; painted views and models
ask ``colour(role)`` when they paint, so they follow a theme switch too.

Information is never carried by colour alone: whoever paints a tone also writes its word
(« en retard », « atteint »…); the colours only help the eye.
"""

import sys
from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Spacing and type: a 4-pixel grid, two text sizes above the body.
SPACING = 8
MARGIN = 12
SECTION_GAP = 16
TITLE_POINTS = 4  # a section header: body size + 4 pt
FIGURE_POINTS = 6  # a key figure's number: body size + 6 pt
ICON_SIZE = 22  # navigation and section header icons (SVG: crisp at any scaling)

# The hue each role starts from, on a light and on a dark window (then made readable).
_SEEDS: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a80"),
    "overdue": ("#b00020", "#ff8a80"),
    "warning": ("#8a4b00", "#ffc46b"),
    "success": ("#1b5e20", "#8fd694"),
    "accent": ("#1f5f8b", "#8cc4f0"),
    "info": ("#174ea6", "#9ec1ff"),
    "referral": ("#7b3fa8", "#d1a6f2"),
    "funding": ("#1e7045", "#7fd1a4"),
    "follow_up": ("#8a5a00", "#f0b95a"),
}
TEXT_ROLES = ("muted", "done", *_SEEDS)  # every role a text may be written in
# Large graphics (bars, dots) need 3:1 only (WCAG 1.4.11).
GRAPHIC_ROLES = ("chart1", "chart2")
_GRAPHIC_SEEDS = {"chart1": ("#1f5f8b", "#6fb1e6"), "chart2": ("#b36b00", "#f0b95a")}
# Banners: (role of their text, how much of the role's hue tints their background).
BANNERS = ("warning", "info", "hint", "error")
TEXT_RATIO = 4.5
GRAPHIC_RATIO = 3.0


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def readable(colour: QColor, backgrounds: tuple[QColor, ...], ratio: float) -> QColor:
    """``colour``, darkened (on light backgrounds) or lightened until it reaches ``ratio``."""
    target = QColor("black") if relative_luminance(backgrounds[0]) > 0.18 else QColor("white")
    result = colour.toRgb()  # a copy: QColor(QColor) makes Qt's namespace (known-traps.md#5)
    for step in range(21):
        if all(contrast_ratio(result, bg) >= ratio for bg in backgrounds):
            return result
        result = _mix(colour, target, step / 20)
    return target


def _backgrounds(palette: QPalette) -> tuple[QColor, QColor]:
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)


@lru_cache(maxsize=8)
def _colours(key: int, dark: bool, back: str, base: str, text: str) -> dict[str, QColor]:
    backgrounds = (QColor(back), QColor(base))
    seeds = {role: QColor(pair[1] if dark else pair[0]) for role, pair in _SEEDS.items()}
    # muted: the text colour pulled 40 % towards the background, then made readable
    seeds["muted"] = _mix(QColor(text), backgrounds[0], 0.4)
    seeds["done"] = seeds["muted"]
    out = {role: readable(c, backgrounds, TEXT_RATIO) for role, c in seeds.items()}
    for role, pair in _GRAPHIC_SEEDS.items():
        out[role] = readable(QColor(pair[1] if dark else pair[0]), backgrounds, GRAPHIC_RATIO)
    return out


def colours(palette: QPalette | None = None) -> dict[str, QColor]:
    """Every role's colour for ``palette`` (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    window, base = _backgrounds(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    return _colours(palette.cacheKey(), is_dark(palette), window.name(), base.name(), text.name())


def colour(role: str, palette: QPalette | None = None) -> QColor:
    """``colour("overdue")``: the role's colour on the current palette (a copy)."""
    return colours(palette)[role].toRgb()  # a copy the caller may change


def banner_colours(kind: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(text, background) of a banner: a light tint of the role's hue behind its text."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    role = {"hint": "warning"}.get(kind, kind)
    hue = colour(role, palette)
    background = _mix(window, hue, 0.16 if is_dark(palette) else 0.10)
    text = readable(palette.color(QPalette.ColorRole.WindowText), (background,), TEXT_RATIO)
    if kind != "hint":
        text = readable(hue, (background,), TEXT_RATIO)
    return text, background


def stylesheet(palette: QPalette | None = None) -> str:
    """The application stylesheet: tones, banners, headers, tiles. Focus rects stay the
    style's own (nothing here sets ``outline: none``)."""
    palette = palette or QGuiApplication.palette()
    c = colours(palette)
    mid = palette.color(QPalette.ColorRole.Mid).name()
    rules = [f'*[tone="{role}"] {{ color: {c[role].name()}; }}' for role in TEXT_ROLES]
    for kind in BANNERS:
        text, background = banner_colours(kind, palette)
        rules.append(
            f'QLabel[banner="{kind}"] {{ color: {text.name()}; background: {background.name()};'
            f" border: 1px solid {_mix(background, text, 0.35).name()}; border-radius: 3px;"
            f" padding: 6px; }}"
        )
    tile = _mix(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base), 0.6
    )
    rules.append(
        f'QFrame[tile="true"] {{ background: {tile.name()}; border: 1px solid {mid};'
        " border-radius: 4px; }"
    )
    return "\n".join(rules)


def set_tone(widget: QWidget, role: str | None) -> None:
    """Give ``widget``'s text a role's colour (``None``: the palette's own text colour)."""
    if widget.property("tone") == role:
        return
    widget.setProperty("tone", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_banner(widget: QWidget, kind: str | None) -> None:
    """Make a label a banner (« warning », « info », « hint », « error ») or a plain label."""
    widget.setProperty("banner", kind)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops ship (used by tests and screenshots)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#4a4a4a"),
        (roles.Midlight, "#3d3d3d"),
        (roles.Mid, "#5a5a5a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#2f6fb3"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8cc4f0"),
        (roles.LinkVisited, "#c9a6f2"),
        (roles.PlaceholderText, "#a0a0a0"),
    ):
        p.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return p


_following = False  # apply() connected the palette signals once


def _install(app: QApplication) -> None:
    sheet = stylesheet(app.palette())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def _dark_system_light_style(app: QApplication) -> bool:
    """Windows 10's native style keeps a light palette under a dark system theme: the
    officer who chose dark gets Fusion, which follows it. The scheme is asked first: wrapping
    the style object for Python costs ~15 ms of start-up, paid only under a dark scheme."""
    scheme = getattr(app.styleHints(), "colorScheme", None)
    if scheme is None or sys.platform != "win32":  # the only place that style exists
        return False
    from PySide6.QtCore import Qt

    return scheme() == Qt.ColorScheme.Dark and app.style().name().lower() == "windowsvista"


def apply(app: QApplication, palette: QPalette | None = None) -> None:
    """Install the theme (optionally on ``palette``) and follow later palette changes.

    Followed through the application's ``paletteChanged`` signal, sent where Qt sends its
    ApplicationPaletteChange event: an application-wide event filter in Python saw every event
    of every object, which cost ~40 ms of the window's first show (issue #17)."""
    global _following
    if palette is not None:
        app.setPalette(palette)
    elif _dark_system_light_style(app):
        app.setStyle("Fusion")  # its palette follows the system's dark scheme
    _install(app)
    if not _following:
        _following = True
        app.paletteChanged.connect(lambda *_: _install(app))
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: the desktop switched light/dark
            hints.colorSchemeChanged.connect(lambda *_: _install(app))


def reset(app: QApplication) -> None:
    """Back to the style's palette and no stylesheet (tests that switch themes)."""
    app.setPalette(app.style().standardPalette())  # (paletteChanged re-installs the sheet)
    app.setStyleSheet("")
