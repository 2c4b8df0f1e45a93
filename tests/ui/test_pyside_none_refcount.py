"""PySide6 6.12.0 on Python 3.11 aborts after ~16,000 None-returning Qt calls (known trap 1).

See docs/known-traps.md#1.

Run in a subprocess so an abort ("Fatal Python error: none_dealloc") fails this test instead of
killing the whole pytest run. A future PySide6 upgrade that brings the bug back fails here.
"""

import os
import subprocess
import sys

CALLS = 200_000

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range({CALLS}):
    label.setText("x")      # returns None
    label.setVisible(False)  # returns None
print("ok")
"""


def test_many_none_returning_qt_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
