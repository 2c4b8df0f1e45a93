"""Asking before typed changes are thrown away, as desktop applications do.

``RecordForm`` calls ``ask_save_changes`` when Escape, Annuler or the dialog's close button
would close a form whose values differ from what it showed when it opened. The question is a
``QMessageBox`` with Enregistrer (default), Ne pas enregistrer and Annuler; tests patch
``QMessageBox.exec`` to answer (tests/ui/conftest.py answers « Ne pas enregistrer » for tests
that do not ask).
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

Button = QMessageBox.StandardButton


def ask_save_changes(parent: QWidget | None) -> Button:
    """Save, Discard or Cancel (Escape and the box's close button mean Cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RecordForm", "Unsaved changes"))
    box.setText(translate("RecordForm", "Save the changes?"))
    box.setInformativeText(
        translate("RecordForm", "What you typed in this form is lost if you do not save it.")
    )
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.button(Button.Save).setText(translate("RecordForm", "Save"))
    box.button(Button.Discard).setText(translate("RecordForm", "Don't save"))
    box.button(Button.Cancel).setText(translate("RecordForm", "Cancel"))
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    try:
        answer = box.exec()
    finally:
        box.deleteLater()
    return Button(answer) if answer in (Button.Save, Button.Discard) else Button.Cancel
