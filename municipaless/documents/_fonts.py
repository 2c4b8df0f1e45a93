"""Where the shipped DejaVu fonts are, and their registration with reportlab.

Installed, ``resources/`` is packaged inside ``municipaless/``; in a source checkout it sits at
the repository root. Registration is done once, lazily, because importing reportlab costs ~80 ms
(docs/known-traps.md#5) and only PDF and chart exports need it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from municipaless.core.paths import resources_dir

FAMILY = "DejaVuSans"
FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_path(name: str = FAMILY) -> Path:
    return fonts_dir() / FILES[name]


@functools.cache
def register_reportlab() -> str:
    """Register the family with reportlab (so ``<b>``/``<i>`` work) and return its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, f"{FAMILY}-Bold")
    addMapping(FAMILY, 0, 1, f"{FAMILY}-Oblique")
    addMapping(FAMILY, 1, 1, f"{FAMILY}-BoldOblique")
    return FAMILY
