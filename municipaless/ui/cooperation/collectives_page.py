"""The collectifs (PTCE, SCIC, tiers-lieux, groupements d'employeurs, réseaux…) and their
members (tab of Coopérations).

The list pages in SQL like every big list (``collectives.collective_list``), filtered by kind,
enjeu, active or closed and words of the name; the detail beside it
(``collective_detail.py``) holds the members, referents, projects, instance and money. The tab
answers page.py's contract: ``set_territory``, ``reload``, ``show_record``, ``new_record``
and the signals ``records_changed`` / ``record_requested(kind, id)``.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QSizePolicy, QWidget

from municipaless.storage.errors import StorageError
from municipaless.ui.common import file_dialogs
from municipaless.ui.common.export_runner import ExportRunner
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.list_page import ListPage
from municipaless.ui.common.small_tables import confirm
from municipaless.ui.cooperation.collective_detail import CollectiveDetail
from municipaless.ui.editing import show_storage_error

# The list's column headers (storage/collective_queries.py), translated where shown.
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Members"),
    QT_TRANSLATE_NOOP("Columns", "Commune"),
    QT_TRANSLATE_NOOP("Columns", "Founded on"),
)
SHEET_FILTERS = "Word (*.docx);;PDF (*.pdf)"


class CollectivesPage(ListPage):
    records_changed = Signal()
    record_requested = Signal(str, str)
    detail_share = 0.55  # members, projects and the instance need the room
    list_room = 340

    def __init__(self, parent: QWidget | None = None):
        self.collective_detail = CollectiveDetail()
        super().__init__(
            "collective",
            "collective",
            self.tr("Collective"),
            detail=self.collective_detail,
            parent=parent,
        )
        self.choices_loaded = False
        self.form: Any = None  # the form open, if any (tests reach it)
        self.preview: Any = None  # the last print preview opened (tests reach it)
        self.runner = ExportRunner(self, self.tr("The collective sheet could not be written"))
        self.new_button = QPushButton(self.tr("New collective…"))
        self.new_button.setObjectName("newCollectiveButton")
        self.new_button.clicked.connect(self.new_record)

        self.filters = bar = FilterBar()
        text = bar.add_text("text", self.tr("Name of the collective…"))
        text.setAccessibleName(self.tr("Name of the collective"))
        bar.add_choice("kind", self.tr("Kind"), self.tr("All kinds"))
        bar.add_choice("challenge", self.tr("Challenge"), self.tr("All challenges"))
        state = bar.add_choice("state", self.tr("State"), self.tr("All"))
        state.addItem(self.tr("Active"), "active")
        state.addItem(self.tr("Closed"), "closed")
        bar.finish()
        tools = QWidget()
        tools.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(tools)
        row.setContentsMargins(8, 6, 8, 0)
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.add_top(tools)
        self.add_top(bar)
        bar.changed.connect(self.apply_filters)
        self.loaded.connect(self._show_count)
        self.set_empty_state(
            self.tr(
                "No collective yet: record the PTCE, SCIC, tiers-lieux and networks you "
                "accompany, with their members."
            ),
            self.tr("New collective…"),
            self.new_record,
            lambda: self.filters,
        )
        d = self.collective_detail
        d.changed.connect(self._after_write)
        d.record_requested.connect(self.record_requested)
        d.edit_requested.connect(self.edit_record)
        d.sheet_requested.connect(self.export_sheet)
        d.print_requested.connect(self.print_sheet)
        d.delete_requested.connect(self.delete_record)
        d.add_member_button.clicked.connect(self.add_member)
        d.leaving_button.clicked.connect(self.record_leaving)
        d.remove_member_button.clicked.connect(self.remove_member)
        d.member_edit_requested.connect(self.edit_member)
        d.add_referent_button.clicked.connect(self.add_referent)
        d.remove_referent_button.clicked.connect(self.remove_referent)
        d.link_project_button.clicked.connect(self.link_project)
        d.open_project_button.clicked.connect(d.open_project)
        d.unlink_project_button.clicked.connect(self.unlink_project)
        d.instance_button.clicked.connect(self.instance_clicked)

    # the list ----------------------------------------------------------------------------
    def list_source(self, territory: Any, where: Any) -> Any:
        from municipaless.services.cooperation import collectives

        return collectives.collective_list(territory, where)

    def set_territory(self, territory: Any) -> None:
        self.choices_loaded = False
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.blockSignals(False)
        super().set_territory(territory)
        read_only = territory is None or territory.read_only
        self.new_button.setEnabled(not read_only)
        self.new_button.setToolTip(territory.read_only_reason if territory and read_only else "")
        if territory is not None and self.isVisible():
            self.load_choices()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_choices()
        self._show_count()

    def load_choices(self) -> None:
        territory = self._territory
        if territory is None or self.choices_loaded:
            return
        from municipaless.core.vocabularies import shown_label

        self.choices_loaded = True
        vocab = "collective_kind"
        kinds = [(shown_label(vocab, v.code, v.label), v.code) for v in territory.vocabulary(vocab)]
        self.filters.set_choices("kind", kinds)
        self.filters.set_choices("challenge", [(c.title, c.id) for c in territory.challenges()])

    def apply_filters(self) -> None:
        from municipaless.services.cooperation import collectives

        values = self.filters.values()
        where = collectives.collective_where(
            kind=values.get("kind"),
            challenge_id=values.get("challenge"),
            state=values.get("state"),
            text=values.get("text") or "",
        )
        self.set_where(where)
        self._show_count()

    def _show_count(self) -> None:
        model = self.model if self.isVisible() else None
        if model is None:
            return
        from municipaless.core import formats

        total = model.total()
        text = self.tr("{count} collectives").format(count=formats.format_count(total))
        if total < 2:  # French: « 0 collectif », « 1 collectif »
            text = self.tr("{count} collective").format(count=total)
        self.filters.set_count(text)

    def reload(self) -> None:
        self.choices_loaded = False
        if self.isVisible():
            self.load_choices()
        super().reload()
        self._show_count()

    # writing -----------------------------------------------------------------------------
    def _after_write(self) -> None:
        super().reload()
        self._show_count()
        self.records_changed.emit()

    def _open_form(self, form: Any, on_saved: Any) -> Any:
        self.form = form
        form.saved.connect(on_saved)
        form.open()
        return form

    def new_record(self) -> None:
        """Ctrl+N in this tab: « Nouveau collectif… »."""
        if self._territory is None or self._territory.read_only:
            return
        from municipaless.ui.cooperation.collective_form import CollectiveForm

        form = CollectiveForm(self._territory, None, self)
        form.open_requested.connect(self.show_record)
        self._open_form(form, self._created)

    def _created(self, record: Any) -> None:
        self._after_write()
        self.show_record(record.id)

    def edit_record(self) -> None:
        view = self.collective_detail.view
        if view is None:
            return
        from municipaless.ui.cooperation.collective_form import CollectiveForm

        form = CollectiveForm(self._territory, view.collective, self)
        form.open_requested.connect(self.show_record)
        self._open_form(form, lambda _r: self._after_write())

    def delete_record(self) -> None:
        view = self.collective_detail.view
        if view is None or self._territory.read_only:
            return
        if not confirm(
            self, self.tr("the collective « {name} »").format(name=view.collective.name)
        ):
            return
        from municipaless.services.cooperation import collectives

        try:
            collectives.delete_collective(self._territory, view.collective.id, view.collective.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.collective_detail.clear()
        self._after_write()

    def add_member(self) -> None:
        view = self.collective_detail.view
        if view is not None:
            from municipaless.ui.cooperation.collective_form import MemberForm

            self._open_form(MemberForm(self._territory, view.collective, self), self._wrote)

    def record_leaving(self) -> None:
        member = self.collective_detail.selected_member()
        if member is not None and member.current:
            from municipaless.ui.cooperation.collective_form import LeavingForm

            self._open_form(LeavingForm(self._territory, member, self), self._wrote)

    def edit_member(self) -> None:
        member = self.collective_detail.selected_member()
        if member is not None and not self._territory.read_only:
            from municipaless.ui.cooperation.collective_form import MembershipForm

            self._open_form(MembershipForm(self._territory, member, self), self._wrote)

    def remove_member(self) -> None:
        member = self.collective_detail.selected_member()
        if member is None or not confirm(
            self, self.tr("the line of « {name} »").format(name=member.organisation_name)
        ):
            return
        from municipaless.services.cooperation import collectives

        self._run(
            lambda: collectives.remove_membership(
                self._territory, member.membership.id, member.membership.rev
            )
        )

    def add_referent(self) -> None:
        view = self.collective_detail.view
        if view is not None:
            from municipaless.ui.cooperation.collective_form import ReferentForm

            self._open_form(ReferentForm(self._territory, view.collective, self), self._wrote)

    def remove_referent(self) -> None:
        row = self.collective_detail.selected_referent()
        if row is None:
            return
        from municipaless.services.cooperation import collectives

        self._run(
            lambda: collectives.remove_referent(self._territory, row.referent.id, row.referent.rev)
        )

    def link_project(self) -> None:
        view = self.collective_detail.view
        if view is not None:
            from municipaless.ui.cooperation.collective_form import ProjectLinkForm

            self._open_form(ProjectLinkForm(self._territory, view.collective, self), self._wrote)

    def unlink_project(self) -> None:
        row = self.collective_detail.selected_project()
        if row is None:
            return
        from municipaless.services.cooperation import collectives

        self._run(lambda: collectives.unlink_project(self._territory, row.link_id, row.link_rev))

    def _wrote(self, _record: Any = None) -> None:
        self._after_write()

    def _run(self, write: Any) -> bool:
        try:
            write()
        except StorageError as exc:
            show_storage_error(self, exc)
            return False
        self._after_write()
        return True

    # its instance ------------------------------------------------------------------------
    def instance_clicked(self) -> None:
        view = self.collective_detail.view
        if view is None:
            return
        if view.series is None:
            self.create_instance()
        else:
            self.open_instance()

    def create_instance(self) -> None:
        from municipaless.services.cooperation import collectives
        from municipaless.ui.common.storage_errors import ask_box

        view = self.collective_detail.view
        territory = self._territory
        if view is None or territory.read_only:
            return
        try:
            collectives.create_instance(territory, view.collective.id)
        except StorageError as exc:
            existing = collectives.same_name_series(territory, view.collective.id)
            if existing is None:
                show_storage_error(self, exc)
                return
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Instance already recorded"), "")
            box.setParent(self, box.windowFlags())
            box.setText(exc.message)
            attach = box.addButton(
                self.tr("Attach this instance"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            if ask_box(box) is not attach:
                return
            self._run(
                lambda: collectives.attach_instance(territory, view.collective.id, existing.id)
            )
            return
        self._after_write()

    def open_instance(self) -> None:
        """Its latest meeting in Réunions; none yet: say how to hold the first one."""
        view = self.collective_detail.view
        if view is None or view.series is None:
            return
        if view.meetings:
            self.record_requested.emit("meeting", view.meetings[0].id)
            return
        QMessageBox.information(
            self,
            self.tr("Its instance"),
            self.tr(
                "The instance « {name} » has no meeting yet. In Meetings, « New meeting… » "
                "and choose this instance: its agenda and invitees start from its template."
            ).format(name=view.series.name),
        )

    # the fiche ---------------------------------------------------------------------------
    def print_sheet(self) -> None:
        """« Imprimer la fiche… » (Ctrl+P): the fiche's own Document in the print preview."""
        view = self.collective_detail.view
        if view is None or self._territory is None:
            return
        from municipaless.services.cooperation import collective_sheet
        from municipaless.ui.common.print_preview import preview_of

        collective_id = view.collective.id
        self.preview = preview_of(
            self, self._territory, lambda t: collective_sheet.build(t, collective_id)
        )

    def export_sheet(self) -> Path | None:
        view = self.collective_detail.view
        if view is None or self._territory is None:
            return None
        from municipaless.core.text import fold

        slug = "-".join(fold(view.collective.name).split())[:50] or "collectif"
        path, chosen = file_dialogs.ask_save(
            self,
            "collective",
            self.tr("Export the collective sheet"),
            f"fiche-collectif-{slug}.docx",
            SHEET_FILTERS,
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".docx", ".pdf"):
            path = path.with_suffix(".pdf" if "pdf" in (chosen or "").lower() else ".docx")
        collective_id = view.collective.id

        def work(territory: Any, _job: Any) -> Path:
            from municipaless.services.cooperation import collective_sheet
            from municipaless.ui.common.export_runner import remove_if_cancelled

            written = collective_sheet.write(territory, collective_id, path)
            return remove_if_cancelled(_job, written)

        self.runner.start(self._territory, work, self.tr("Writing the collective sheet…"))
        return path
