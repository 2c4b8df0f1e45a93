"""Generated forms and .qm files are committed: they must match a fresh build."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_assets():
    spec = importlib.util.spec_from_file_location(
        "build_assets", ROOT / "packaging" / "build_assets.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_forms_and_translations_are_fresh():
    build_assets = _build_assets()
    stale = [str(p.relative_to(ROOT)) for p in build_assets.stale_files()]
    assert stale == [], "run: python packaging/build_assets.py"


def test_every_form_is_compiled():
    forms = sorted(p.stem for p in (ROOT / "forms").glob("*.ui"))
    compiled = sorted(
        p.stem.removeprefix("ui_") for p in (ROOT / "municipaless" / "ui" / "forms").glob("ui_*.py")
    )
    assert forms and forms == compiled


def test_stale_detection_notices_a_change(tmp_path, monkeypatch):
    build_assets = _build_assets()
    fake_out = tmp_path / "forms"
    fake_out.mkdir()
    for path in (ROOT / "municipaless" / "ui" / "forms").glob("ui_*.py"):
        (fake_out / path.name).write_text(path.read_text(encoding="utf-8") + "# edited\n")
    monkeypatch.setattr(build_assets, "FORMS_OUT", fake_out)
    assert {p.name for p in build_assets.stale_files()} >= {"ui_dashboard.py", "ui_detail_pane.py"}


def test_line_icons_render_crisp_at_200_percent_and_the_app_icon_has_its_sizes(qapp):
    """Drawn by Qt's SVG image plugin at the asked size (not a 24-px image scaled up)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from municipaless.ui.common.icons import APP_ICON_SIZES, app_icon, icon

    pixmap = icon("nav-dashboard").pixmap(QSize(24, 24), 2.0)
    image = pixmap.toImage()
    assert (image.width(), image.height()) == (48, 48) and pixmap.devicePixelRatio() == 2.0
    inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))
    assert 100 < inked < 48 * 48 * 0.8  # lines drawn, not an empty or a filled square
    selected = icon("nav-dashboard").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected).toImage()
    assert selected != icon("nav-dashboard").pixmap(QSize(24, 24), 1.0).toImage()
    sides = {s.width() for s in app_icon().availableSizes()}
    assert set(APP_ICON_SIZES) <= sides
