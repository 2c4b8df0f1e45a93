"""« Tout ce que nous détenons sur cette personne… » (right of access, RGPD art. 15): the officer
chooses a folder and the document's format; the dialog writes the document to read and the
ZIP for machines side by side, then says how many rows were found by name only (to reread).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common import file_dialogs

FORMATS = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("odt", "OpenDocument (ODT)"))


class AccessDialog(QDialog):
    def __init__(self, territory: Any, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.core.text import fold

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.territory = territory
        self.person = territory.records["person"].get(person_id, include_deleted=True)
        self.written: list[Path] = []
        self.summary = ""
        self.setWindowTitle(self.tr("Everything we hold on this person"))
        self.setMinimumWidth(520)
        slug = fold(self.person.display_name).replace(" ", "-")[:40] or "personne"
        self.stem = f"acces-{slug}"
        intro = QLabel(
            self.tr(
                "Answer to a request of access (GDPR art. 15): a document to read and a ZIP "
                "(JSON and CSV) with every record of the file about {name}."
            ).format(name=self.person.display_name)
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(file_dialogs.start_folder("privacy")))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.format = QComboBox()
        for code, text in FORMATS:
            self.format.addItem(text, code)
        self.with_zip = QCheckBox(self.tr("Also write the machine-readable copy (ZIP)"))
        self.with_zip.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.with_zip)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("accessResult")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)

    def choose_folder(self) -> None:
        folder = file_dialogs.ask_folder(self, "privacy", self.tr("Folder"))
        if folder is not None:
            self.folder.setText(str(folder))

    def targets(self) -> tuple[Path, Path | None]:
        folder = Path(self.folder.text().strip() or ".")
        document = folder / f"{self.stem}.{self.format.currentData()}"
        return document, (folder / f"{self.stem}.zip") if self.with_zip.isChecked() else None

    def write(self) -> list[Path]:
        """Write the document (and the ZIP); stays open to show what was written."""
        from municipaless.services.privacy import access, access_export
        from municipaless.storage.errors import StorageError

        document, archive = self.targets()
        if not document.parent.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("This folder does not exist."))
            return []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = access.collect(self.territory, self.person.id)
            self.written = access_export.write_document(self.territory, report, document)
            if archive is not None:
                self.written.append(access_export.write_zip(report, archive))
        except (OSError, StorageError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            QMessageBox.warning(self, self.windowTitle(), message)
            return []
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.summary = access_export.summary(report)
        names = ", ".join(p.name for p in self.written)
        self.result.setText(self.tr("Written: {names}.").format(names=names) + "\n" + self.summary)
        return self.written
