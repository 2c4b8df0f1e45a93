"""« Ateliers » under a person's card and a project: the ateliers they are registered to, the
latest first, with their presence.

Registered through ui/common/record_extras.py (the sections never import each other): the
shell's ``extras.install()`` calls :func:`install`. On the annuaire's card each atelier is a
link handed to the pane's ``link_activated(table, id)``, which the window follows into
Coopérations; under a project (whose pane follows no link) the lines are plain text.
"""

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from municipaless.core import formats
from municipaless.core.statuses import RegistrationStatus, label_of
from municipaless.ui.common import record_extras

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
SHOWN = 5  # the latest; the rest counted


class RecordWorkshops(QWidget):
    """The heading and one line per atelier (« 12/03/2026 — Créer sa SCIC (Présent) »)."""

    def __init__(self, rows: list[Any], links: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workshopExtras")
        heading = translate("WorkshopExtras", "Workshops")
        lines = []
        for r in rows[:SHOWN]:
            when = formats.format_date(r.starts_at[:10])
            title = html.escape(r.title)
            if links:
                title = f'<a href="workshop:{r.workshop_id}">{title}</a>'
            status = html.escape(label_of(RegistrationStatus, r.status))
            lines.append(f"{when} — {title} ({status})")
        if len(rows) > SHOWN:
            more = translate("WorkshopExtras", "… and {count} more")
            lines.append(f"<i>{html.escape(more.format(count=len(rows) - SHOWN))}</i>")
        title_label = QLabel(f"<b>{html.escape(heading)}</b>")
        title_label.setContentsMargins(0, 10, 0, 0)
        self.body = QLabel("<br>".join(lines))
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.body.setAccessibleName(heading)
        self.body.linkActivated.connect(self.follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label)
        layout.addWidget(self.body)

    def text(self) -> str:
        """What the officer reads (for tests)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.body.text())
        return document.toPlainText()

    def follow(self, href: str) -> None:
        record_extras.follow_link(self, href)


def person_extra(
    territory: Any, row_id: str, _on_written: Callable[[], None], parent: QWidget | None
) -> QWidget | None:
    from municipaless.services.cooperation import workshops

    rows = workshops.workshops_of_person(territory, row_id)
    return RecordWorkshops(rows, True, parent) if rows else None


def project_extra(
    territory: Any, row_id: str, _on_written: Callable[[], None], parent: QWidget | None
) -> QWidget | None:
    from municipaless.services.cooperation import workshops

    rows = workshops.workshops_of_project(territory, row_id)
    return RecordWorkshops(rows, False, parent) if rows else None


def install() -> None:
    """Add the « Ateliers » lines under people and projects (once, however often called)."""
    record_extras.register("person", person_extra)
    record_extras.register("project", project_extra)
