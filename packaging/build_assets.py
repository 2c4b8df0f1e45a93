"""Compile the Qt assets that are committed to the repository.

forms/*.ui -> municipaless/ui/forms/ui_<name>.py (pyside6-uic), and
resources/translations/*.ts -> .qm beside them (pyside6-lrelease).

    python packaging/build_assets.py            # regenerate everything
    python packaging/build_assets.py --check    # exit 1 if a committed file is stale
    python packaging/build_assets.py --update-ts  # pyside6-lupdate: refresh the .ts sources

Generated files are committed so that running the app never needs the Qt tools; the check (also
run by tests/ui/test_assets.py) keeps them honest.
"""

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
FORMS_OUT = ROOT / "municipaless" / "ui" / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
UI_PACKAGE = ROOT / "municipaless" / "ui"

# uic writes its own version in the header; a patch release of Qt must not make forms "stale".
_UIC_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler.*$", re.MULTILINE)


def tool(name: str) -> str:
    """The Qt tool from this interpreter's environment first (the venv), else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


def compile_forms(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ui_file in sorted(FORMS_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui_file.stem}.py"
        _run(tool("pyside6-uic"), "-g", "python", str(ui_file), "-o", str(target))
        outputs.append(target)
    return outputs


def compile_translations(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        target = out_dir / f"{ts_file.stem}.qm"
        _run(tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(target))
        outputs.append(target)
    return outputs


def update_ts() -> None:
    """Collect tr() strings from the ui package and the .ui forms into every .ts file."""
    sources = [str(p) for p in sorted(UI_PACKAGE.rglob("*.py")) if FORMS_OUT not in p.parents] + [
        str(p) for p in sorted(FORMS_DIR.glob("*.ui"))
    ]
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        language = ts_file.stem.rpartition("_")[2]  # municipaless_fr.ts -> fr
        _run(
            tool("pyside6-lupdate"),
            *sources,
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts_file),
        )


def normalised(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".py":
        data = _UIC_VERSION_LINE.sub("", data.decode("utf-8")).encode("utf-8")
    return data


def stale_files() -> list[Path]:
    """Committed generated files that differ from a fresh build (or are missing/orphaned)."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        pairs = [(FORMS_OUT / p.name, p) for p in compile_forms(tmp_dir / "forms")]
        pairs += [(TRANSLATIONS_DIR / p.name, p) for p in compile_translations(tmp_dir / "qm")]
        for committed, fresh in pairs:
            if not committed.exists() or normalised(committed) != normalised(fresh):
                stale.append(committed)
        expected = {committed for committed, _ in pairs}
        for orphan in sorted(FORMS_OUT.glob("ui_*.py")):
            if orphan not in expected:
                stale.append(orphan)
    return stale


def build() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        for fresh in compile_forms(tmp_dir / "forms"):
            _replace_if_changed(fresh, FORMS_OUT / fresh.name)
        for fresh in compile_translations(tmp_dir / "qm"):
            _replace_if_changed(fresh, TRANSLATIONS_DIR / fresh.name)


def _replace_if_changed(fresh: Path, committed: Path) -> None:
    if committed.exists() and (
        filecmp.cmp(fresh, committed, shallow=False) or normalised(fresh) == normalised(committed)
    ):
        return
    shutil.copyfile(fresh, committed)
    print(f"wrote {committed.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a generated file is stale")
    parser.add_argument("--update-ts", action="store_true", help="run lupdate into the .ts files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run: python packaging/build_assets.py)")
        return 1 if stale else 0
    if args.update_ts:
        update_ts()
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
