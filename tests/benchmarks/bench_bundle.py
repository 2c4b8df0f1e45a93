"""Cold start of the bundled app beside a bare PySide6 window bundled by the same spec.

`make bench-bundle` builds both (dist/MunicipalESS, dist/BareWindow) then runs this; `make bench`
runs it only when both bundles are there. Target: the app's first window within 1.5x the bare
window's (issue #17).
"""

import os
import sys

import pytest
from benchlib import ROOT, interleaved_medians, report

EXE = ".exe" if sys.platform == "win32" else ""
APP = ROOT / "dist" / "MunicipalESS" / f"MunicipalESS{EXE}"
BARE = ROOT / "dist" / "BareWindow" / f"BareWindow{EXE}"


@pytest.mark.skipif(
    not (APP.exists() and BARE.exists()), reason="no bundles: run `make bench-bundle`"
)
def test_bundled_cold_start(large_file, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    app = [str(APP), str(large_file)]
    bare, shown, ready = interleaved_medians(
        [
            ([str(BARE)], env),
            (app, {**env, "MUNICIPALESS_QUIT_WHEN_SHOWN": "shown"}),
            (app, {**env, "MUNICIPALESS_QUIT_WHEN_SHOWN": "ready"}),
        ],
        rounds=11,
    )
    report("bundle: cold start to window shown (median 11)", shown, bare, "target ratio <= 1.5x")
    report("bundle: cold start to large file open (median 11)", ready, bare)
