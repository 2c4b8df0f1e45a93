"""Dialogs designed larger than a netbook open within its screen (1024×600: the import
wizard's Next button was below the bottom edge), and at their designed size elsewhere."""

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog

from municipaless.ui.common.dialogs import FRAME_ROOM, open_at


@pytest.mark.parametrize(
    ("screen", "designed", "opened"),
    [
        ((1024, 600), (900, 620), (900, 600 - FRAME_ROOM.height())),
        ((1024, 600), (1200, 560), (1024 - FRAME_ROOM.width(), 552)),
        ((1920, 1080), (980, 640), (980, 640)),
    ],
)
def test_a_dialog_opens_at_its_size_within_the_screen(qtbot, monkeypatch, screen, designed, opened):
    room = QRect(0, 0, *screen)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    open_at(dialog, *designed)
    assert dialog.size() == QSize(*opened)


def test_the_import_wizard_fits_a_netbook(qtbot, window, monkeypatch):
    from municipaless.ui.directory.import_wizard import ImportWizard

    room = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)
    wizard = ImportWizard(window.territory, window)
    assert wizard.height() <= 600 - FRAME_ROOM.height() and wizard.width() == 900
    wizard.deleteLater()
