"""The app icon in every size an installer needs, rendered from resources/icons/municipaless.svg.

    python packaging/make_icons.py build/icons

writes ``hicolor/<n>x<n>/apps/municipaless.png`` (16…512, the Linux icon theme layout),
``municipaless.ico`` (Windows: 16…256 in one file) and ``municipaless.icns`` (macOS). Qt renders
the SVG (its text needs a font: Qt runs offscreen, no display); Pillow, already a dependency of
the documents, packs the .ico and .icns. Generated at package time, never committed: the SVG is
the one source.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "municipaless.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out: Path) -> dict[int, Path]:
    """One PNG per size, the SVG drawn on a transparent square."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icône illisible : {SVG}")
    written = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "municipaless.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"écriture impossible : {target}")
        written[size] = target
    return written


def pack(pngs: dict[int, Path], out: Path) -> tuple[Path, Path]:
    """The .ico (every size up to 256) and the .icns (Pillow picks the sizes from 512)."""
    from PIL import Image

    largest = Image.open(pngs[max(SIZES)])
    ico = out / "municipaless.ico"
    Image.open(pngs[256]).save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns = out / "municipaless.icns"
    largest.save(icns, format="ICNS")
    return ico, icns


def build(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    ico, icns = pack(pngs, out)
    return {"ico": ico, "icns": icns, "hicolor": out / "hicolor"}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for kind, path in build(target).items():
        print(f"{kind}: {path}")
