"""The wheel carries everything the installed app reads: it must not need the source tree."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_contains_forms_resources_and_schema(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("municipaless-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    assert forms and all(f"municipaless/ui/forms/ui_{form}.py" in names for form in forms)
    for needed in (
        "municipaless/storage/schema/0001_initial.sql",
        "municipaless/resources/translations/municipaless_fr.qm",
        "municipaless/resources/fonts/DejaVuSans.ttf",
        "municipaless/resources/geo/communes.csv",
        "municipaless/resources/icons/municipaless.svg",
    ):
        assert needed in names
    assert not any(name.startswith("tests/") for name in names)
