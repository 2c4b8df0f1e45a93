"""The baseline of the bundled cold start: a bare PySide6 window, bundled with the app's spec
(``MUNICIPALESS_BUNDLE=bare``) so both pay the same unpacking and Qt start-up.

Quits as soon as the window is shown, like the app under ``MUNICIPALESS_QUIT_WHEN_SHOWN=shown``.
"""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, app.quit)
raise SystemExit(app.exec())
