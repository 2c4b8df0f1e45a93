"""Icons drawn as SVG in resources/icons (QtSvg renders them at any size and DPI)."""

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from municipaless.core.paths import resources_dir


def icons_dir() -> Path:
    return resources_dir() / "icons"


@cache
def icon(name: str) -> QIcon:
    """``icon("nav-dashboard")``; an empty icon if the file is missing (never an error)."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("municipaless")
