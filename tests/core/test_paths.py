"""resources_dir() must find the shipped data from a source tree and from a wheel."""

from pathlib import Path

from municipaless.core import paths

REPO = Path(__file__).resolve().parents[2]


def test_source_tree_uses_top_level_resources():
    assert paths.resources_dir() == REPO / "resources"
    assert paths.communes_csv().is_file()
    assert paths.postcodes_csv().is_file()


def test_installed_copy_wins(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "municipaless"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.resources_dir() == package / "resources"
    assert paths.communes_csv() == package / "resources" / "geo" / "communes.csv"


def test_bundle_resources_are_found_in_the_unpacked_folder(tmp_path, monkeypatch):
    """PyInstaller's one-folder bundle: sys.frozen set, data unpacked under sys._MEIPASS."""
    import sys

    internal = tmp_path / "MunicipalESS" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.resources_dir() == internal / "resources"
    assert paths.postcodes_csv() == internal / "resources" / "geo" / "laposte_hexasmal.csv"
    monkeypatch.delattr(sys, "frozen")
    assert paths.resources_dir() == REPO / "resources"  # a source run ignores a stray _MEIPASS


def test_core_paths_module_reads_nothing():
    source = Path(paths.__file__).read_text(encoding="utf-8")
    assert "open(" not in source and "read_" not in source
