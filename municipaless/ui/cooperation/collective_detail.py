"""The detail of a collectif beside the list: identity, money, enjeux; its members (current
first, past ones kept, greyed) with « Ajouter un membre… » and « Enregistrer un départ… »; its
referents; its projects (opened in Porteurs & projets); its instance (« Créer son instance » /
« Ouvrir l'instance »: its latest meeting in Réunions) and « Fiche collectif… ».

Everything is read once per record through ``collective_view.view``; every write goes through the
services and re-reads the pane (``changed``), the page re-reads its list.
"""

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.ui.common import record_extras
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.detail_pane import DetailPane
from municipaless.ui.common.flow_layout import FlowLayout
from municipaless.ui.common.print_preview import print_action
from municipaless.ui.common.small_tables import ColumnDef, RowsModel, make_table, selected_row

MEETINGS_SHOWN = 3


def _date(iso: str | None) -> str:
    return formats.format_date(iso) if iso else ""


def fit_height(table: Any, most: int = 8) -> None:
    """As tall as its rows (one at least, ``most`` at most): the pane scrolls, not each table."""
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = min(max(table.model().rowCount(), 1), most)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += (
        sum(table.rowHeight(r) for r in range(rows))
        or rows * table.verticalHeader().defaultSectionSize()
    )
    table.setFixedHeight(height)


class CollectiveDetail(DetailPane):
    """The detail pane of the Collectifs tab (same protocol as ``DetailPane``)."""

    changed = Signal()  # wrote: the page re-reads its list, the window the other sections
    record_requested = Signal(str, str)  # a project or a meeting, shown in its section
    edit_requested = Signal()
    member_edit_requested = Signal()
    sheet_requested = Signal()
    print_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: Any = None  # collective_view.CollectiveView on display
        self.roles: dict[str, str] = {}
        fields = self.ui.scrollArea.takeWidget()
        policy = fields.sizePolicy()
        policy.setHeightForWidth(True)  # a long description takes the height it needs
        fields.setSizePolicy(policy)
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        self.action_bar = ActionBar()
        self.edit_button = self.action_bar.add(QPushButton(self.tr("Edit…")))
        self.sheet_button = self.action_bar.add(QPushButton(self.tr("Collective sheet…")))
        self.print_menu_action = self.action_bar.add_menu_action(
            self.tr("Print the collective sheet…")
        )
        self.print_menu_action.triggered.connect(self.print_requested)
        # Ctrl+P inside the pane: the window's own Ctrl+P steps aside (ui/shell/keyboard.py)
        self.print_action = print_action(self, self.print_requested.emit)
        self.delete_action = self.action_bar.add_menu_action(self.tr("Delete the collective…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.sheet_button.clicked.connect(self.sheet_requested)
        self.delete_action.triggered.connect(self.delete_requested)
        column.addWidget(self.action_bar)
        column.addWidget(fields)

        # members
        column.addWidget(self._heading(self.tr("Members")))
        self.members_model = RowsModel(
            [
                ColumnDef(self.tr("Structure"), lambda r: r.organisation_name),
                ColumnDef(self.tr("Role"), lambda r: self.roles.get(r.membership.role or "", "")),
                ColumnDef(self.tr("Joined"), lambda r: _date(r.membership.joined_on)),
                ColumnDef(self.tr("Left"), lambda r: _date(r.membership.left_on)),
            ],
            style=lambda r: "" if r.current else "muted",
            parent=self,
        )
        self.members_table = make_table(self.members_model, "membersTable", stretch=[0])
        self.members_table.setAccessibleName(self.tr("Members of the collective"))
        self.members_table.setToolTip(self.tr("Double-click: correct the role or the dates"))
        column.addWidget(self.members_table)
        self.add_member_button = QPushButton(self.tr("Add a member…"))
        self.leaving_button = QPushButton(self.tr("Record a departure…"))
        self.remove_member_button = QPushButton(self.tr("Remove the line"))
        self.remove_member_button.setToolTip(
            self.tr("A line typed by mistake; a structure that left keeps its line")
        )
        column.addWidget(
            self._row(self.add_member_button, self.leaving_button, self.remove_member_button)
        )
        self.members_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._sync_buttons()
        )
        self.members_table.activated.connect(lambda _i: self.member_edit_requested.emit())

        # referents
        column.addWidget(self._heading(self.tr("Referents")))
        self.referents_model = RowsModel(
            [
                ColumnDef(self.tr("Name"), lambda r: r.person_name),
                ColumnDef(self.tr("Role"), lambda r: r.referent.role),
            ],
            parent=self,
        )
        self.referents_table = make_table(self.referents_model, "referentsTable", stretch=[0, 1])
        self.referents_table.setAccessibleName(self.tr("Referents of the collective"))
        self.referents_table.activated.connect(lambda _i: self.open_referent())
        self.referents_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._sync_buttons()
        )
        column.addWidget(self.referents_table)
        self.add_referent_button = QPushButton(self.tr("Add a referent…"))
        self.remove_referent_button = QPushButton(self.tr("Remove the referent"))
        column.addWidget(self._row(self.add_referent_button, self.remove_referent_button))

        # projects
        column.addWidget(self._heading(self.tr("Projects and money")))
        self.projects_model = RowsModel(
            [
                ColumnDef(self.tr("Reference"), lambda r: r.reference),
                ColumnDef(self.tr("Project"), lambda r: r.name),
                ColumnDef(
                    self.tr("Granted"), lambda r: formats.format_money(r.granted_cents), True
                ),
            ],
            parent=self,
        )
        self.projects_table = make_table(self.projects_model, "projectsTable", stretch=[1])
        self.projects_table.setAccessibleName(self.tr("Projects of the collective"))
        self.projects_table.setToolTip(self.tr("Double-click: open the project"))
        self.projects_table.activated.connect(lambda _i: self.open_project())
        column.addWidget(self.projects_table)
        self.money_label = self._body()
        column.addWidget(self.money_label)
        self.link_project_button = QPushButton(self.tr("Link a project…"))
        self.open_project_button = QPushButton(self.tr("Open the project"))
        self.unlink_project_button = QPushButton(self.tr("Unlink"))
        column.addWidget(
            self._row(
                self.link_project_button, self.open_project_button, self.unlink_project_button
            )
        )
        self.projects_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._sync_buttons()
        )

        # its instance
        column.addWidget(self._heading(self.tr("Its instance")))
        self.instance_label = self._body()
        self.instance_label.linkActivated.connect(self._on_link)
        column.addWidget(self.instance_label)
        self.instance_button = QPushButton(self.tr("Create its instance"))
        column.addWidget(self._row(self.instance_button))

        self.extras_layout = QVBoxLayout()
        self.extras_layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.extras_layout)
        column.addStretch(1)
        self.ui.scrollArea.setWidget(container)
        self.ui.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editing_buttons = (
            self.edit_button,
            self.add_member_button,
            self.leaving_button,
            self.remove_member_button,
            self.add_referent_button,
            self.remove_referent_button,
            self.link_project_button,
            self.unlink_project_button,
        )

    # building helpers --------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>")
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _body(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        return label

    def _row(self, *buttons: QPushButton) -> QWidget:
        """Buttons that wrap onto a second line in a narrow pane (never a sideways scroll)."""
        row = QWidget()
        flow = FlowLayout(row, spacing=6, line_spacing=4)
        flow.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            flow.addWidget(button)
        policy = row.sizePolicy()
        policy.setHeightForWidth(True)
        row.setSizePolicy(policy)
        return row

    # showing -------------------------------------------------------------------------------
    def show_record(self, table: str, row_id: str, kind_text: str = "") -> bool:
        self._clear_extras()
        if not super().show_record(table, row_id, kind_text):
            self.view = None
            return False
        from municipaless.services.cooperation import collective_view

        territory = self._territory
        self.view = v = collective_view.view(territory, row_id, last_meetings=MEETINGS_SHOWN)
        self.roles = {
            e.code: e.label for e in territory.vocabulary("membership_role", include_archived=True)
        }
        self._fill_fields(v)
        self.members_model.set_rows(v.members)
        self.projects_model.set_rows(v.projects)
        self.referents_model.set_rows(v.referents)
        for table in (self.members_table, self.referents_table, self.projects_table):
            fit_height(table)
        self.money_label.setText(
            self.tr("Granted to its projects: {amount}").format(
                amount=formats.format_money(v.money_cents)
            )
        )
        self._fill_instance(v)
        for extra in record_extras.widgets(
            "collective", territory, row_id, self.changed.emit, self
        ):
            self.extras_layout.addWidget(extra)  # « Historique… »
        self._sync_buttons()
        return True

    def _fill_fields(self, v: Any) -> None:
        from municipaless.services.cooperation import collectives
        from municipaless.services.geography.communes import commune_name

        while self.ui.fieldsLayout.rowCount():
            self.ui.fieldsLayout.removeRow(0)
        c = v.collective
        state = (
            self.tr("Active")
            if collectives.is_active(c)
            else self.tr("Closed on {date}").format(date=_date(c.closed_on))
        )
        rows = [
            (self.tr("Kind"), v.kind_label),
            (self.tr("Founded on"), _date(c.founded_on)),
            (self.tr("Legal structure"), v.legal_structure.name if v.legal_structure else ""),
            (self.tr("Commune"), commune_name(c.commune_insee) if c.commune_insee else ""),
            (self.tr("State"), state),
            (self.tr("Local challenges"), ", ".join(v.challenges)),
            (self.tr("Description"), c.description),
        ]
        for label, text in rows:
            if text:
                value = QLabel(text)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.ui.fieldsLayout.addRow(label, value)
        self.ui.kindLabel.setText(v.kind_label or self.tr("Collective"))

    def _fill_instance(self, v: Any) -> None:
        if v.series is None:
            self.instance_label.setText(
                "<i>"
                + html.escape(
                    self.tr(
                        "No instance yet: create it to hold its meetings and number its decisions."
                    )
                )
                + "</i>"
            )
            self.instance_button.setText(self.tr("Create its instance"))
            return
        lines = [
            html.escape(
                self.tr("{name} (code {code})").format(name=v.series.name, code=v.series.code)
            )
        ]
        for m in v.meetings:
            when = formats.format_local_datetime(m.starts_at)
            lines.append(
                f'<a href="meeting:{m.id}">{html.escape(when)} — {html.escape(m.title)}</a>'
            )
        if not v.meetings:
            lines.append(f"<i>{html.escape(self.tr('No meeting yet.'))}</i>")
        self.instance_label.setText("<br>".join(lines))
        self.instance_button.setText(self.tr("Open the instance"))

    def _clear_extras(self) -> None:
        while self.extras_layout.count():
            widget = self.extras_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def clear(self) -> None:
        super().clear()
        self.view = None
        if hasattr(self, "extras_layout"):
            self._clear_extras()

    # state ---------------------------------------------------------------------------------
    def selected_member(self) -> Any:
        row = selected_row(self.members_table)
        return self.members_model.row(row) if row is not None else None

    def selected_referent(self) -> Any:
        row = selected_row(self.referents_table)
        return self.referents_model.row(row) if row is not None else None

    def open_referent(self) -> None:
        referent = self.selected_referent()
        if referent is not None:
            self.record_requested.emit("person", referent.referent.person_id)

    def selected_project(self) -> Any:
        row = selected_row(self.projects_table)
        return self.projects_model.row(row) if row is not None else None

    def _sync_buttons(self) -> None:
        territory = self._territory
        read_only = territory is None or territory.read_only
        reason = (territory.read_only_reason if territory is not None else "") or ""
        member = self.selected_member()
        project = self.selected_project()
        for button in self.editing_buttons:
            button.setEnabled(not read_only and self.view is not None)
            button.setToolTip(reason if read_only else "")
        if read_only:
            self.instance_button.setEnabled(self.view is not None and self.view.series is not None)
            return
        self.leaving_button.setEnabled(member is not None and member.current)
        if member is None or not member.current:
            self.leaving_button.setToolTip(self.tr("Select a current member in the table"))
        self.remove_member_button.setEnabled(member is not None)
        self.remove_referent_button.setEnabled(self.selected_referent() is not None)
        self.unlink_project_button.setEnabled(project is not None)
        self.open_project_button.setEnabled(project is not None)
        self.instance_button.setEnabled(self.view is not None)

    def open_project(self) -> None:
        project = self.selected_project()
        if project is not None:
            self.record_requested.emit("project", project.project_id)

    def _on_link(self, href: str) -> None:
        kind, _, row_id = href.partition(":")
        if kind and row_id:
            self.record_requested.emit(kind, row_id)
