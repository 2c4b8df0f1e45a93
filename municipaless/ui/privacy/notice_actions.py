"""The mention d'information on a person's card and on a project (one line per porteur):
« Mention d'information remise le 3 décembre 2026 » or « … non remise », a button that prints
it (DOCX or PDF) and then asks whether to note it as handed today; on the person's card, the
right of access too. Registered by the shell (``install``) through ui/common/record_extras.py.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from municipaless.ui.common import file_dialogs, record_extras

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FILTERS = "PDF (*.pdf);;Word (*.docx)"


def ask_document_path(parent: QWidget, title: str, name: str) -> Path | None:
    """A .pdf or .docx path (PDF when the officer typed no extension)."""
    path, chosen = file_dialogs.ask_save(parent, "privacy", title, name, FILTERS)
    if path is None:
        return None
    if path.suffix.lower() not in (".pdf", ".docx"):
        first = (chosen or "").split(";;")[0]  # the filter the officer left selected
        path = path.with_suffix(".docx" if "docx" in first else ".pdf")
    return path


def notice_line(person: Any) -> str:
    from municipaless.core.formats import format_long_date

    if person.informed_on:
        return translate("NoticeActions", "Privacy notice handed on {date}").format(
            date=format_long_date(person.informed_on)
        )
    return translate("NoticeActions", "Privacy notice not handed")


class NoticeActions(QWidget):
    """One line per person: the notice's state and « Imprimer la mention d'information… »."""

    def __init__(
        self,
        territory: Any,
        people: list[Any],
        on_written: Callable[[], None],
        parent: QWidget | None = None,
        *,
        named: bool = False,
        access: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("noticeActions")
        self.territory = territory
        self.on_written = on_written
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.access_button: QPushButton | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        for row, person in enumerate(people):
            text = notice_line(person)
            if named:
                text = f"{person.display_name} — {text}"
            label = QLabel(text)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Print the privacy notice…"))
            button.clicked.connect(lambda _c=False, p=person: self.print_notice(p))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.labels[person.id] = label
            self.buttons[person.id] = button
        if access and people:
            self.access_button = QPushButton(self.tr("Everything we hold on this person…"))
            self.access_button.clicked.connect(lambda: self.show_access(people[0]))
            line = QHBoxLayout()
            line.addWidget(self.access_button)
            line.addStretch(1)
            grid.addLayout(line, len(people), 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def print_notice(self, person: Any) -> Path | None:
        from municipaless.services.privacy import notice
        from municipaless.storage.errors import StorageError

        name = f"mention-information-{_slug(person)}.pdf"
        path = ask_document_path(self, self.tr("Print the privacy notice"), name)
        if path is None:
            return None
        try:
            notice.write(self.territory, path, person_id=person.id)
        except (OSError, StorageError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            QMessageBox.warning(self, self.tr("Privacy notice"), message)
            return None
        if self.territory.read_only:
            QMessageBox.information(
                self,
                self.tr("Privacy notice"),
                self.tr(
                    "The notice was written in {name}. This file is open read-only: the date "
                    "it was handed can be noted once it is open for writing."
                ).format(name=path.name),
            )
            return path
        answer = QMessageBox.question(
            self,
            self.tr("Privacy notice"),
            self.tr("The notice was written in {name}. Mark it as handed today?").format(
                name=path.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.mark_handed(person)
        return path

    def mark_handed(self, person: Any) -> None:
        from municipaless.services.privacy import notice
        from municipaless.storage.errors import StorageError

        try:
            saved = notice.record_notice_given(self.territory, person.id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Privacy notice"), exc.message)
            return
        self.labels[person.id].setText(notice_line(saved))
        self.on_written()

    def show_access(self, person: Any) -> Any:
        from municipaless.ui.privacy.access_dialog import AccessDialog

        dialog = AccessDialog(self.territory, person.id, self)
        dialog.open()
        return dialog


def _slug(person: Any) -> str:
    from municipaless.core.text import fold

    return fold(person.display_name).replace(" ", "-")[:40] or "personne"


def person_extra(
    territory: Any, row_id: str, on_written: Callable[[], None], parent: QWidget | None
) -> QWidget | None:
    person = territory.records["person"].get(row_id)
    if person.erased_at:
        return None
    return NoticeActions(territory, [person], on_written, parent, access=True)


def project_extra(
    territory: Any, row_id: str, on_written: Callable[[], None], parent: QWidget | None
) -> QWidget | None:
    from municipaless.services import casework

    people = [h.person for h in casework.holders(territory, row_id) if not h.person.erased_at]
    if not people:
        return None
    return NoticeActions(territory, people, on_written, parent, named=True)


def install() -> None:
    """Put the notice on people's cards and projects (the shell calls it)."""
    record_extras.register("person", person_extra)
    record_extras.register("project", project_extra)
