import shiboken6
from PySide6.QtWidgets import QLineEdit
from municipaless.ui.shell.main_window import MainWindow
def test_dbg(qtbot, small_file):
    win = MainWindow()
    win.show()
    assert win.open_path(small_file)
    keys = win.keys  # held, as a late signal or a traceback holds it
    win.close()
    shiboken6.delete(win)
    qtbot.wait(20)
    a, b = QLineEdit(), QLineEdit()
    qtbot.addWidget(a); qtbot.addWidget(b)
    a.show(); b.show()
    a.activateWindow(); a.setFocus(); qtbot.wait(10); b.activateWindow(); b.setFocus(); qtbot.wait(10)
    assert keys is not None
