"""The shipped reference files are the upstream bytes, untouched by editors or git."""

import hashlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GEO = REPO / "resources" / "geo"

EXPECTED = {
    "communes.csv": (2_666_007, "fb8d44ed1d10056cea8fb62e9d09b260bee61d5cfb8f6c08e19a4a4a6f935a15"),
    "laposte_hexasmal.csv": (
        2_649_514,
        "db5945c56d76f749a42cb882c235d263d97efad516fce6d216aab1ca8dbc672f",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reference_file_is_byte_for_byte(name):
    data = (GEO / name).read_bytes()
    size, sha256 = EXPECTED[name]
    assert len(data) == size
    assert hashlib.sha256(data).hexdigest() == sha256


def test_gitattributes_protects_line_endings():
    lines = (REPO / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "resources/geo/*.csv -text" in lines


def test_readme_names_origin_and_licence():
    readme = (GEO / "README.md").read_text(encoding="utf-8")
    assert "98976e5f29e66b8449cf64eaf3e2be0b8d9e7d85" in readme
    assert "33c26433cbc81ef025f61039baa25a5f6fff2310" in readme
    assert "Licence Ouverte" in readme
