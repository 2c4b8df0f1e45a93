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
