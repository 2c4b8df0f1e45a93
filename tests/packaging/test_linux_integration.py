"""The Linux desktop integration: menu entry, icons and the .municipaless file type.

install-linux.sh is run on a stand-in bundle (the real one is built by test_bundle.py) into a
temporary XDG_DATA_HOME, then the desktop's own tools say what they see.
"""

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "municipaless.desktop"
MIME = LINUX / "municipaless-mime.xml"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="freedesktop integration")


def _fake_bundle(tmp_path: Path) -> Path:
    """What the spec puts in dist/MunicipalESS: the executable, _internal/share, the script."""
    bundle = tmp_path / "Téléchargements" / "MunicipalESS"
    share = bundle / "_internal" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(MIME, share / "mime" / "packages")
    for size in (48, 256):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "municipaless.png"
        icon.parent.mkdir(parents=True)
        icon.write_bytes(b"\x89PNG\r\n\x1a\n")
    exe = bundle / "MunicipalESS"
    exe.write_text('#!/bin/sh\necho "opened: $1"\n', encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    shutil.copy2(LINUX / "install-linux.sh", bundle)
    return bundle


def _install(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    bundle = tmp_path / "Téléchargements" / "MunicipalESS"
    if not bundle.exists():
        _fake_bundle(tmp_path)
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "MUNICIPALESS_BIN_DIR": str(tmp_path / "bin"),
    }
    done = subprocess.run(
        ["sh", str(bundle / "install-linux.sh"), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return done, env


def test_desktop_entry_is_valid_once_installed(tmp_path):
    done, _ = _install(tmp_path)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "data" / "applications" / "municipaless.desktop"
    text = entry.read_text(encoding="utf-8")
    app = tmp_path / "data" / "municipaless" / "app" / "MunicipalESS"
    assert f'Exec="{app}" %f' in text  # the installed copy, not the downloaded folder
    assert "MimeType=application/x-municipaless;" in text
    assert "Name=MunicipalESS" in text and "Comment[fr]=" in text
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    # the command line and the icons are there; the app runs from its new place
    assert (tmp_path / "bin" / "municipaless").resolve() == app.resolve()
    icon = tmp_path / "data" / "icons" / "hicolor" / "256x256" / "apps" / "municipaless.png"
    assert icon.is_file()
    ran = subprocess.run([str(tmp_path / "bin" / "municipaless"), "x.municipaless"],
                         capture_output=True, text=True)  # fmt: skip
    assert ran.stdout.strip() == "opened: x.municipaless"


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info")
def test_a_territory_file_gets_its_type_by_name_and_by_content(tmp_path):
    done, env = _install(tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "mime" / "application" / "x-municipaless.xml").is_file()
    from municipaless.storage.migrations import APPLICATION_ID
    from municipaless.storage.territory_file import create

    named = tmp_path / "bilan 2026.municipaless"
    db = create(named)  # a real territory file (header with our application_id)
    db.close()
    assert APPLICATION_ID.to_bytes(4, "big") == named.read_bytes()[68:72]
    renamed = tmp_path / "copie-sans-extension"
    shutil.copy(named, renamed)
    if not shutil.which("xdg-mime"):
        pytest.skip("xdg-utils")
    for path in (named, renamed):
        query = subprocess.run(["xdg-mime", "query", "filetype", str(path)],
                               env=env, capture_output=True, text=True)  # fmt: skip
        found = query.stdout.strip()
        if path is renamed and found in ("", "application/octet-stream"):
            pytest.skip("xdg-mime here guesses from the name only (no GIO/file magic)")
        assert found == "application/x-municipaless", (path.name, query.stdout, query.stderr)


def test_uninstall_removes_what_install_added(tmp_path):
    _install(tmp_path)
    done, _ = _install(tmp_path, "--uninstall")
    assert done.returncode == 0, done.stderr
    data = tmp_path / "data"
    assert not (data / "municipaless" / "app").exists()
    assert not (data / "applications" / "municipaless.desktop").exists()
    assert not (data / "mime" / "packages" / "municipaless-mime.xml").exists()
    assert not list((data / "icons").rglob("municipaless.png"))
    assert not (tmp_path / "bin" / "municipaless").exists()


def test_the_script_refuses_to_run_outside_a_bundle(tmp_path):
    script = tmp_path / "install-linux.sh"
    shutil.copy2(LINUX / "install-linux.sh", script)
    done = subprocess.run(["sh", str(script)], capture_output=True, text=True,
                          env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "d")})  # fmt: skip
    assert done.returncode == 1
    assert "dossier MunicipalESS" in done.stderr
    assert not (tmp_path / "d").exists()
