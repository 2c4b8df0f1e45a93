"""« Nouvelle réunion »: of an existing instance, or of a new one made from a type template
(COPIL, groupe de travail filière, réunion PTCE, jury d'appel à projets, comité technique,
temps fort, réunion libre). The template pre-fills the agenda and the invitees; the form shows
the agenda it will get, so the officer knows what the new meeting starts with. An instance
whose name or code another one already has is refused (services/meetings/series): the form
says so under the field and offers « Ouvrir l'instance existante », which chooses it above.
"""

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from municipaless.storage.errors import StorageError
from municipaless.ui.editing import IntField, RecordForm, TextField, VocabField
from municipaless.ui.meetings.fields import ChoiceField, DateTimeField

NEW = "__new__"


class DuplicateInstance(StorageError):
    """The service's refusal, placed under the field of this form that holds the name or
    code (``errors``), with the existing instance to offer."""

    def __init__(self, refused: Any):
        super().__init__(refused.message)
        field = "series_name" if refused.field == "name" else "code"
        self.errors = {field: refused.message}
        self.existing = refused.existing


class NewMeetingForm(RecordForm):
    _refused: DuplicateInstance | None = None

    def __init__(self, territory, *, series_id: str | None = None, parent: QWidget | None = None):
        from municipaless.services.meetings import series as meeting_series

        super().__init__(territory, "meeting", None, title=self.tr("New meeting"), parent=parent)
        self.setMinimumWidth(580)
        self.all_series = {s.id: s for s in meeting_series.list_series(territory)}
        choices = [(s.name, s.id) for s in self.all_series.values()]
        choices.append((self.tr("New instance, from a template…"), NEW))
        choices.append((self.tr("No instance (one-off meeting)"), ""))
        series = self.add_field("series_id", self.tr("Instance"), ChoiceField(choices, empty=None))
        series.set_value(series_id if series_id else (choices[0][1] if self.all_series else NEW))
        self.add_section(self.tr("New instance"))
        self.new_heading = self.form_layout.itemAt(
            self.form_layout.rowCount() - 1, self.form_layout.ItemRole.SpanningRole
        ).widget()
        kind = VocabField(territory, "meeting_kind", allow_empty=False)
        self.add_field("kind", self.tr("Kind"), kind)
        self.add_field("series_name", self.tr("Name"), TextField())
        self.add_field("code", self.tr("Code of decision numbers"), TextField())
        self.add_field("quorum", self.tr("Quorum (people)"), IntField())
        self.new_fields = [self.fields[n] for n in ("kind", "series_name", "code", "quorum")]
        self.add_section(self.tr("Meeting"))
        self.add_field("starts_at", self.tr("Date and time"), DateTimeField(), required=True)
        self.add_field(
            "title",
            self.tr("Title"),
            TextField(placeholder=self.tr("By default: instance and date")),
        )
        self.add_field("place", self.tr("Place"), TextField())
        self.template = QLabel()
        self.template.setObjectName("templatePreview")
        self.template.setWordWrap(True)
        self.add_widget(self.tr("Agenda"), self.template)
        self.finish()
        series.edited.connect(self._sync)
        kind.edited.connect(self._kind_changed)
        self._kind_changed()
        self._sync()

    def creating_series(self) -> bool:
        return self.fields["series_id"].value() == NEW

    def _kind_changed(self) -> None:
        from municipaless.services.meetings import series as meeting_series

        defaults = meeting_series.DEFAULTS.get(self.fields["kind"].value() or "libre")
        if defaults is not None:
            self.fields["series_name"].setText(defaults.name)
            self.fields["code"].setText(defaults.code)
            quorum = defaults.template.quorum
            self.fields["quorum"].setText("" if quorum is None else str(quorum))
        self._sync()

    def _sync(self) -> None:
        from municipaless.services.meetings import series as meeting_series

        creating = self.creating_series()
        for widget in self.new_fields:  # shown only when a new instance is made
            widget.setEnabled(creating and not self.territory.read_only)
            self.form_layout.setRowVisible(widget.parentWidget(), creating)
        self.form_layout.setRowVisible(self.new_heading, creating)
        chosen = self.all_series.get(self.fields["series_id"].value() or "")
        if creating:
            template = meeting_series.default_template(self.fields["kind"].value())
        elif chosen is not None:
            template = meeting_series.template_of(chosen)
        else:
            template = meeting_series.Template()
        agenda = [f"{n}. {a.title}" for n, a in enumerate(template.agenda, start=1)]
        text = "\n".join(agenda) if agenda else self.tr("Empty: add the items in the meeting.")
        if template.invitees:
            text += "\n" + self.tr("{count} invitee(s) from the template").format(
                count=len(template.invitees)
            )
        self.template.setText(text)

    def accept(self) -> None:
        self._refused = None
        super().accept()
        refused, self._refused = self._refused, None
        if refused is not None:
            self._offer_existing(refused)

    def _offer_existing(self, refused: DuplicateInstance) -> None:
        """« Ouvrir l'instance existante » chooses it in « Instance »: the meeting is then
        created there, with its invitees and its points en suspens."""
        from municipaless.ui.common.storage_errors import ask_box

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Instance already recorded"), "")
        box.setParent(self, box.windowFlags())
        box.setText(refused.message)
        open_button = box.addButton(
            self.tr("Open the existing instance"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Change the name"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        if ask_box(box) is open_button and refused.existing.id in self.all_series:
            self.fields["series_id"].set_value(refused.existing.id)
            self._sync()
            self.fields["starts_at"].setFocus()

    def save(self, changes: dict) -> Any:
        from municipaless.services import meetings
        from municipaless.services.meetings import series as meeting_series

        values = self.values()
        series_id = values["series_id"] or None
        with self.territory.transaction():  # a new instance only with its first meeting
            if series_id == NEW:
                kind = values["kind"] or "libre"
                code = (values["code"] or "").strip().upper() or None
                if code == meeting_series.DEFAULTS[kind].code:
                    code = None  # the service numbers it (GT-2…) when already taken
                if not (values["series_name"] or "").strip():
                    raise StorageError(self.tr("Give the new instance a name."))
                try:
                    series = meeting_series.create_series(
                        self.territory,
                        kind,
                        values["series_name"],
                        code,
                        quorum=values["quorum"],
                    )
                except meeting_series.DuplicateSeries as exc:
                    self._refused = DuplicateInstance(exc)
                    raise self._refused from exc
                series_id = series.id
            return meetings.create_meeting(
                self.territory,
                series_id,
                values["starts_at"],
                title=values["title"] or None,
                place=values["place"] or "",
            )
