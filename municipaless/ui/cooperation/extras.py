"""A structure's collectifs on its card in the annuaire (« Collectifs »: current ones, then
the ones it left, with its role and dates), each a link to the collectif in Coopérations.

The annuaire never imports this section: the shell calls ``install()``, which registers the
widget through ui/common/record_extras.py. A link is handed to the pane's own
``link_activated(table, id)`` (the annuaire's detail pane has one), which the annuaire passes
on to the window for tables it does not show.
"""

import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from municipaless.ui.common import record_extras

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _date(iso: str | None) -> str:
    from municipaless.core import formats

    return formats.format_date(iso) if iso else ""


def membership_text(row: Any, roles: dict[str, str], kinds: dict[str, str]) -> str:
    """« PTCE Val de Drôme (PTCE) — Fondateur, depuis le 01/03/2024 » (rich text)."""
    name = f'<a href="collective:{row.collective_id}">{html.escape(row.name)}</a>'
    kind = kinds.get(row.kind or "", "")
    short = re.search(r"\(([^()]+)\)$", kind)  # « Pôle … (PTCE) » reads « PTCE »
    kind = short.group(1) if short else kind
    parts = [f"{name} ({html.escape(kind)})" if kind else name]
    role = roles.get(row.role or "", row.role or "")
    if row.current:
        when = (
            translate("CollectiveExtras", "since {date}").format(date=_date(row.joined_on))
            if row.joined_on
            else ""
        )
    else:
        when = translate("CollectiveExtras", "from {start} to {end}").format(
            start=_date(row.joined_on) or "?", end=_date(row.left_on)
        )
    detail = ", ".join(p for p in (role, when) if p)
    return parts[0] + (f" — {html.escape(detail)}" if detail else "")


class OrganisationCollectives(QWidget):
    """« Collectifs » under a structure's card."""

    def __init__(
        self,
        rows: list[Any],
        territory: Any,
        parent: QWidget | None = None,
        carried: list[tuple[str, str]] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("organisationCollectives")
        roles = {
            v.code: v.label for v in territory.vocabulary("membership_role", include_archived=True)
        }
        kinds = {
            v.code: v.label for v in territory.vocabulary("collective_kind", include_archived=True)
        }
        current = [membership_text(r, roles, kinds) for r in rows if r.current]
        past = [membership_text(r, roles, kinds) for r in rows if not r.current]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        legal = [
            f'<a href="collective:{cid}">{html.escape(name)}</a>' for cid, name in carried or ()
        ]
        for heading, lines in (
            (translate("CollectiveExtras", "Legal structure of"), legal),
            (translate("CollectiveExtras", "Collectives"), current),
            (translate("CollectiveExtras", "Former collectives"), past),
        ):
            if not lines:
                continue
            title = QLabel(f"<b>{html.escape(heading)}</b>")
            title.setContentsMargins(0, 10, 0, 0)
            body = QLabel("<br>".join(lines))
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setWordWrap(True)
            body.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            body.setAccessibleName(heading)
            body.linkActivated.connect(self.follow)
            layout.addWidget(title)
            layout.addWidget(body)
            self.labels.append(body)

    def text(self) -> str:
        """What the officer reads (for tests)."""
        from PySide6.QtGui import QTextDocument

        out = []
        for label in self.labels:
            document = QTextDocument()
            document.setHtml(label.text())
            out.append(document.toPlainText())
        return "\n".join(out)

    def follow(self, href: str) -> None:
        record_extras.follow_link(self, href)


def organisation_extra(
    territory: Any, row_id: str, on_written: Callable[[], None], parent: QWidget | None
) -> QWidget | None:
    from municipaless.services.cooperation import collectives

    rows = collectives.collectives_of_organisation(territory, row_id)
    carried = collectives.collectives_carried_by(territory, row_id)
    if not rows and not carried:
        return None
    return OrganisationCollectives(rows, territory, parent, carried)


def install() -> None:
    """A structure's collectifs on its card (the shell calls it, once or more); a person's
    and a project's ateliers (workshop_extras.py)."""
    from municipaless.ui.cooperation import workshop_extras

    record_extras.register("organisation", organisation_extra)
    workshop_extras.install()
