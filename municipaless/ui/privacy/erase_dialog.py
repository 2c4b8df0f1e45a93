"""« Effacer définitivement cette personne… » (RGPD art. 17), from the person card.

Two steps: what will happen, and the person's name typed by the officer (an erasure cannot be
undone, not even from a backup the app made); then the report: what was replaced, the name's
occurrences in the file before and after, the backups still holding it, with a button that
deletes them once the officer confirms. The work is ``services.privacy.erasure``.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.text import fold
from municipaless.ui.editing import show_storage_error


class EraseDialog(QDialog):
    erased = Signal(str)  # the person's id: every page must re-read the file

    def __init__(self, territory: Any, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory = territory
        self.person = territory.records["person"].get(person_id, include_deleted=True)
        self.report: Any = None
        self.setWindowTitle(self.tr("Erase this person permanently"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._report_page())

    # step 1 --------------------------------------------------------------------------------
    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        name = self.person.display_name
        explain = QLabel(
            self.tr(
                "The name, civility, e-mail, phones, address and notes of « {name} » will be "
                "replaced everywhere in the file: the person card, their jobs, the history, the "
                "project and meeting texts, the minutes (approved ones too) and the search "
                "index. The anonymous facts stay: the projects, the case log entries and the "
                "attendance keep their counts, so the activity reports do not change.\n\n"
                "This cannot be undone."
            ).format(name=name)
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addWidget(
            QLabel(self.tr("Type the person's name to confirm: {name}").format(name=name))
        )
        self.typed = QLineEdit()
        self.typed.setObjectName("eraseConfirmName")
        layout.addWidget(self.typed)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase permanently"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.typed.textChanged.connect(self._typed)
        layout.addWidget(buttons)
        if self.person.erased_at or self.territory.read_only:
            self.typed.setEnabled(False)
            self.erase_button.setToolTip(
                self.tr("This person is already erased.")
                if self.person.erased_at
                else self.tr("The file is open read-only.")
            )
        return page

    def _typed(self, text: str) -> None:
        wanted = fold(self.person.display_name)
        self.erase_button.setEnabled(bool(wanted) and fold(text) == wanted)

    def erase(self) -> bool:
        if not self.erase_button.isEnabled():
            return False
        from municipaless.services.privacy import erasure
        from municipaless.storage.errors import StorageError

        # Seconds on a big file (every text searched, then the file rewritten): say so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = erasure.erase_person(
                self.territory, self.person.id, self.territory.officer
            )
        except StorageError as exc:
            QApplication.restoreOverrideCursor()
            show_storage_error(self, exc)
            return False
        QApplication.restoreOverrideCursor()
        self._show_report()
        self.pages.setCurrentIndex(1)
        self.erased.emit(self.person.id)
        return True

    # step 2 --------------------------------------------------------------------------------
    def _report_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The person was erased.")))
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("erasureReport")
        self.report_text.setReadOnly(True)
        layout.addWidget(self.report_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = QPushButton(self.tr("Delete these backups…"))
        self.purge_button.setObjectName("purgeBackupsButton")
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(self.purge_backups)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        return page

    def _show_report(self) -> None:
        from municipaless.services.privacy import erasure

        lines = [*self.report.lines(), "", erasure.OUT_OF_REACH]
        self.report_text.setPlainText("\n".join(lines))
        self.purge_button.setEnabled(bool(self.report.holders))

    def purge_backups(self) -> list:
        if self.report is None or not self.report.holders:
            return []
        answer = QMessageBox.question(
            self,
            self.tr("Delete the backups"),
            self.tr(
                "Delete the {count} backups that still hold this person's data? Earlier "
                "states of the file can then no longer be restored from them."
            ).format(count=len(self.report.holders)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        from municipaless.services.privacy import erasure

        deleted = erasure.purge_backups(self.report)
        self._show_report()
        return deleted
