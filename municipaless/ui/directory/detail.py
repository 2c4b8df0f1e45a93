"""Detail panes of the annuaire: a structure with its offer of service and its people, a person
with the history of their jobs.

The common fields come from ``DetailPane`` (labels.py, display.py); what is specific to the
annuaire is linked rows read through services/directory/. Names of linked records are links:
the page opens them (a person from a structure, a structure from a person's job).
"""

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from municipaless.ui.common import record_extras
from municipaless.ui.common.detail_pane import DetailPane

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _year(iso: str | None) -> str:
    return iso[:4] if iso and len(iso) >= 4 else ""


def period_text(start_on: str | None, end_on: str | None, current: bool) -> str:
    """« 2021–2023 », « depuis 2021 », « jusqu'en 2023 », or "" when no date is known."""
    start, end = _year(start_on), _year(end_on)
    if start and end and not current:
        return start if start == end else f"{start}–{end}"
    if start:
        return translate("DirectoryDetail", "since {year}").format(year=start)
    if end and not current:
        return translate("DirectoryDetail", "until {year}").format(year=end)
    return ""


def job_text(role: str, organisation: str, period: str) -> str:
    """« chargée de mission à France Active (2021–2023) »."""
    text = (
        translate("DirectoryDetail", "{role} at {organisation}").format(
            role=role, organisation=organisation
        )
        if role
        else organisation
    )
    return f"{text} ({period})" if period else text


def link(table: str, row_id: str, text: str) -> str:
    return f'<a href="{table}:{row_id}">{html.escape(text)}</a>'


class DirectoryDetail(DetailPane):
    """A detail pane that adds sections of linked rows under the record's fields."""

    link_activated = Signal(str, str)  # table, row id
    written = Signal()  # a widget of another feature (record_extras) wrote the record

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sections: dict[str, QLabel] = {}  # heading -> its rich-text body (tests read it)
        # The linked rows go under the label/value pairs, full width, in a layout of their own.
        fields = self.ui.scrollArea.takeWidget()
        policy = fields.sizePolicy()
        policy.setHeightForWidth(True)  # wrapped values take the height they need
        fields.setSizePolicy(policy)
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(fields)
        self.sections_layout = QVBoxLayout()
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.sections_layout)
        column.addStretch(1)
        self.ui.scrollArea.setWidget(container)

    def clear(self) -> None:
        super().clear()
        self._clear_sections()

    def _clear_sections(self) -> None:
        self.sections = {}
        layout = getattr(self, "sections_layout", None)
        while layout is not None and layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # off screen now, deleted at the next turn of the loop
                widget.deleteLater()

    def show_record(self, table: str, row_id: str, kind_text: str = "") -> bool:
        self._clear_sections()
        if not super().show_record(table, row_id, kind_text):
            return False
        self.add_sections(row_id)
        return True

    def add_sections(self, row_id: str) -> None:
        """Overridden: the linked rows of the record shown."""

    def add_section(
        self, heading: str, lines: list[str], empty: str = "", *, separator: str = "<br>"
    ) -> QLabel | None:
        """A bold heading, then one line (rich text; callers escape) per entry."""
        if not lines and not empty:
            return None
        title = QLabel(f"<b>{html.escape(heading)}</b>")
        title.setContentsMargins(0, 10, 0, 0)
        self.sections_layout.addWidget(title)
        body_html = separator.join(lines) if lines else f"<i>{html.escape(empty)}</i>"
        body = QLabel(body_html)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        body.linkActivated.connect(self._on_link)
        self.sections_layout.addWidget(body)
        self.sections[heading] = body
        return body

    def _on_link(self, href: str) -> None:
        table, _, row_id = href.partition(":")
        if table and row_id:
            self.link_activated.emit(table, row_id)

    def section_text(self, heading: str) -> str:
        """The plain text of a section, as the officer reads it (for tests)."""
        from PySide6.QtGui import QTextDocument

        body = self.sections.get(heading)
        if body is None:
            return ""
        document = QTextDocument()
        document.setHtml(body.text())
        return document.toPlainText()


class OrganisationDetail(DirectoryDetail):
    """A structure: its fields, tags, offer of service, current and past people, merges."""

    def add_sections(self, row_id: str) -> None:
        from municipaless.services import directory

        territory = self._territory
        describer = self._describer
        assert territory is not None and describer is not None
        tags = [t.name for t in directory.tags_of(territory, "organisation", row_id)]
        if tags:
            self.add_section(self.tr("Tags"), [html.escape(", ".join(tags))])
        lines = []
        for offer in directory.offers_of(territory, row_id):
            head = html.escape(describer.vocab_label("service", offer.service))
            if offer.instrument:
                head += " — " + html.escape(describer.vocab_label("instrument", offer.instrument))
            parts = [f"<b>{head}</b>"]
            if offer.conditions:
                parts.append(html.escape(offer.conditions))
            for label, field, value in (
                (self.tr("Stages"), "stages", offer.stages),
                (self.tr("Sectors"), "sectors", offer.sectors),
                (self.tr("Territory"), "territory", offer.territory),
            ):
                text = describer.value_text("service_offer", field, value)
                if text:
                    parts.append(f"{html.escape(label)} : {html.escape(text)}")
            lines.append("<br>".join(parts))
        self.add_section(
            self.tr("Offer of service"), lines, self.tr("No offer recorded."), separator="<br><br>"
        )
        current, past = [], []
        for row in directory.people_of(territory, row_id):
            a = row.affiliation
            who = link("person", a.person_id, row.person_name or "—")
            role = f" — {html.escape(a.role)}" if a.role else ""
            period = period_text(a.start_on, a.end_on, row.current)
            (current if row.current else past).append(
                f"{who}{role}" + (f" ({html.escape(period)})" if period else "")
            )
        self.add_section(self.tr("People"), current, self.tr("No person recorded."))
        if past:
            self.add_section(self.tr("Former people"), past)
        add_merge_history(self, "organisation", row_id)
        for extra in record_extras.widgets(
            "organisation", territory, row_id, self.written.emit, self
        ):
            self.sections_layout.addWidget(extra)  # « Historique… »


class PersonDetail(DirectoryDetail):
    """A person: their fields, tags and jobs, current first, then past ones."""

    def add_sections(self, row_id: str) -> None:
        from municipaless.services import directory

        territory = self._territory
        assert territory is not None
        person = territory.records["person"].get(row_id, include_deleted=True)
        if person.no_contact_since:
            since = formats_date(person.no_contact_since)
            self.add_section(
                self.tr("Objection"),
                [html.escape(self.tr("Do not contact any more, since {date}").format(date=since))],
            )
        tags = [t.name for t in directory.tags_of(territory, "person", row_id)]
        if tags:
            self.add_section(self.tr("Tags"), [html.escape(", ".join(tags))])
        current, past = [], []
        for row in directory.history_of(territory, row_id):
            a = row.affiliation
            period = period_text(a.start_on, a.end_on, row.current)
            text = html.escape(job_text(a.role, "\0", period)).replace(
                "\0", link("organisation", a.organisation_id, row.organisation_name)
            )
            reach = [html.escape(v).replace(" ", "&nbsp;") for v in (a.email, _phone(a.phone)) if v]
            (current if row.current else past).append("<br>&nbsp;&nbsp;".join([text, *reach]))
        projects, project_count = directory.projects_held(territory, row_id)
        if current or not project_count:  # a porteur without a job: her projects say who she is
            self.add_section(self.tr("Current jobs"), current, self.tr("No current job."))
        if past:
            self.add_section(self.tr("Former jobs"), past)
        self._add_projects(projects, project_count)
        self._add_meetings(*directory.meetings_attended(territory, row_id))
        add_merge_history(self, "person", row_id)
        for extra in record_extras.widgets("person", territory, row_id, self.written.emit, self):
            self.sections_layout.addWidget(extra)  # the mention d'information, the access

    def _add_projects(self, projects: list[Any], total: int) -> None:
        """« Projets portés »: each a link the window follows to the project (the sections
        never import each other: the page hands the link on to the shell)."""
        from municipaless.core.statuses import ProjectStatus, label_of

        lines = []
        for p in projects:
            text = link("project", p.project_id, f"{p.reference} — {p.name}")
            extra = [x for x in (p.role, label_of(ProjectStatus, p.status)) if x]
            lines.append(text + (f" ({html.escape(', '.join(extra))})" if extra else ""))
        if lines:
            lines += _more(len(projects), total)
            self.add_section(self.tr("Projects carried"), lines)

    def _add_meetings(self, meetings: list[Any], total: int) -> None:
        """« Réunions »: date, instance or title, presence; the latest first."""
        from municipaless.core.formats import format_local_datetime
        from municipaless.core.statuses import AttendanceStatus, label_of

        lines = []
        for m in meetings:
            when = format_local_datetime(m.starts_at)
            text = link("meeting", m.meeting_id, f"{when} — {m.series_name or m.title}")
            lines.append(f"{text} ({html.escape(label_of(AttendanceStatus, m.status))})")
        if lines:
            lines += _more(len(meetings), total)
            self.add_section(self.tr("Meetings"), lines)


def _more(shown: int, total: int) -> list[str]:
    """« … et 12 autres » under a list cut at its first lines."""
    if total <= shown:
        return []
    text = translate("DirectoryDetail", "… and {count} more").format(count=total - shown)
    return [f"<i>{html.escape(text)}</i>"]


def formats_date(value: str) -> str:
    from municipaless.core import formats

    return formats.format_date(value) or value


def _phone(value: str | None) -> str:
    from municipaless.core import formats

    return formats.format_phone(value) or (value or "")


def add_merge_history(pane: Any, table: str, row_id: str) -> None:
    """Duplicates merged into this record, each with a link that undoes the merge."""
    from municipaless.core import formats
    from municipaless.services.directory import record_merge
    from municipaless.ui.common.display import record_title

    territory = pane._territory
    lines = []
    for merge in record_merge.merged_into(territory, table, row_id):
        removed = territory.records[table].get(merge.removed_id, include_deleted=True)
        text = translate("DirectoryDetail", "{name}, merged on {when}").format(
            name=record_title(table, removed), when=formats.format_datetime(merge.created_at)
        )
        undo = translate("DirectoryDetail", "Undo the merge")
        lines.append(f'{html.escape(text)} — <a href="merge:{merge.id}">{html.escape(undo)}</a>')
    if lines:
        pane.add_section(translate("DirectoryDetail", "Merged duplicates"), lines)
