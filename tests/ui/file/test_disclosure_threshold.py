"""Paramètres: the officer raises the statistical secrecy threshold; the bilan follows it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from municipaless.services.file import privacy_settings
from municipaless.ui.file.settings_dialog import SettingsDialog


def test_the_threshold_is_edited_and_saved_into_the_file(qtbot, window):
    dialog = SettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    assert dialog.threshold.value() == 3  # the default
    assert (dialog.threshold.minimum(), dialog.threshold.maximum()) == (2, 20)
    dialog.threshold.selectAll()
    qtbot.keyClicks(dialog.threshold, "5")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    assert privacy_settings.load(window.territory).disclosure_threshold == 5
    again = SettingsDialog(window.territory, window)
    qtbot.addWidget(again)
    assert again.threshold.value() == 5


def test_the_bilan_uses_the_saved_threshold(qtbot, window):
    from municipaless.services.reports import activity_document, activity_report

    dialog = SettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(20)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    report = activity_report.compute(window.territory, activity_report.Period.year(2025))
    doc = activity_document.build(report)
    assert report.threshold == 20 and "(« < 20 »)" in doc.meta.filters


def test_a_threshold_out_of_range_cannot_be_typed(qtbot, window):
    dialog = SettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(1)
    assert dialog.threshold.value() == 2
    dialog.threshold.setValue(50)
    assert dialog.threshold.value() == 20
