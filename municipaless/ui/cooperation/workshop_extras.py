"""« Ateliers » under a person's card and a project: the ateliers they are registered to, the
latest first, with their presence. Registered through ui/common/record_extras.py (the sections
never import each other): the shell calls :func:`install` once, like the privacy lines.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from municipaless.core import formats
from municipaless.core.statuses import RegistrationStatus, label_of
from municipaless.ui.common import record_extras

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
SHOWN = 5  # the latest; the rest counted


def _lines(rows: list[Any]) -> str:
    lines = [
        f"{formats.format_date(r.starts_at[:10])} — {r.title} "
        f"({label_of(RegistrationStatus, r.status)})"
        for r in rows[:SHOWN]
    ]
    if len(rows) > SHOWN:
        more = translate("WorkshopExtras", "… and {count} more").format(count=len(rows) - SHOWN)
        lines.append(more)
    return "\n".join(lines)


def _factory(column: str) -> Callable[..., QWidget | None]:
    def build(
        territory: Any, row_id: str, _on_written: Callable[[], None], parent: QWidget | None
    ) -> QWidget | None:
        from municipaless.services.cooperation import workshops

        rows = (
            workshops.workshops_of_person(territory, row_id)
            if column == "person_id"
            else workshops.workshops_of_project(territory, row_id)
        )
        if not rows:
            return None
        title = translate("WorkshopExtras", "Workshops")
        label = QLabel(f"{title}\n{_lines(rows)}", parent)
        label.setObjectName("workshopExtras")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    return build


_PERSON, _PROJECT = _factory("person_id"), _factory("project_id")


def install() -> None:
    """Add the « Ateliers » lines under people and projects (once)."""
    record_extras.register("person", _PERSON)
    record_extras.register("project", _PROJECT)
