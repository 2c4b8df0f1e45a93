"""The Inno Setup script cannot be compiled here: its consistency with the spec and the package
is checked instead (names, version, per-user install, the .municipaless association)."""

import re
from pathlib import Path

from municipaless import __version__

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "municipaless.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "municipaless.spec").read_text(encoding="utf-8")


def _define(name: str) -> str:
    found = re.search(rf'#define {name} "([^"]*)"', ISS)
    assert found, name
    return found.group(1)


def _section(name: str) -> list[str]:
    body = ISS.split(f"[{name}]", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _section("Setup"))


def test_the_executable_is_the_one_the_spec_builds():
    spec_name = re.search(r'NAME = "BareWindow" if BARE else "([^"]+)"', SPEC).group(1)
    assert _define("AppExe") == f"{spec_name}.exe"
    files = " ".join(_section("Files"))
    assert f"dist\\{spec_name}\\*" in files and "recursesubdirs" in files


def test_version_default_follows_the_package():
    assert _define("AppVersion") == __version__
    assert _setup()["AppVersion"] == "{#AppVersion}"


def test_installs_per_user_without_administrator_rights():
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    assert setup["ChangesAssociations"] == "yes"
    assert "icons\\municipaless.ico" in setup["SetupIconFile"]  # written by make_icons.py
    assert all(line.startswith("Root: HKCU;") for line in _section("Registry"))
    assert "{userprograms}" in _section("Icons")[0]  # the Start menu entry
    assert "French.isl" in " ".join(_section("Languages"))


def test_file_association_opens_the_file_and_is_removed_on_uninstall():
    registry = _section("Registry")
    prog_id = _define("ProgId")

    def line_for(subkey: str) -> str:
        matches = [line for line in registry if f'Subkey: "{subkey}"' in line]
        assert len(matches) == 1, subkey
        return matches[0]

    extension = line_for("Software\\Classes\\.municipaless")
    assert 'ValueData: "{#ProgId}"' in extension and "uninsdeletevalue" in extension
    assert prog_id == "MunicipalESS.Territoire"
    assert "uninsdeletekey" in line_for("Software\\Classes\\{#ProgId}")
    command = line_for("Software\\Classes\\{#ProgId}\\shell\\open\\command")
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in command  # quoted path and argument
    assert "{app}\\{#AppExe},0" in line_for("Software\\Classes\\{#ProgId}\\DefaultIcon")
