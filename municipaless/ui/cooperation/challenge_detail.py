"""One enjeu beside the list: its description, status and diagnosis (edited in place), its
indicators with their measures, and the records that carry it as links.

A measure takes two clicks: pick the indicator, type the value (the date is today unless
changed), « Ajouter la mesure ». Every write goes through services/cooperation/challenges.py;
a refusal shows its French message and keeps what was typed.
"""

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.statuses import ChallengeStatus
from municipaless.storage.errors import StorageError
from municipaless.ui.common import storage_errors
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.read_only import read_only_text

LINK_LIMIT = 25  # links shown per kind; the rest is counted


def number_text(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f").replace(".", ",")
    return f"{text} {unit}".strip()


class IndicatorDialog(QDialog):
    """Name, unit and target of an indicator (a new one, or one to correct)."""

    def __init__(self, parent: QWidget | None, title: str, indicator: Any = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(indicator.name if indicator else "")
        self.name.setObjectName("indicatorName")
        self.name.setPlaceholderText(self.tr("e.g. Organic share in school meals"))
        self.unit = QLineEdit(indicator.unit if indicator else "")
        self.unit.setObjectName("indicatorUnit")
        self.unit.setPlaceholderText(self.tr("e.g. %, jobs, tonnes"))
        self.target = QLineEdit(number_text(indicator.target) if indicator else "")
        self.target.setObjectName("indicatorTarget")
        self.target.setPlaceholderText(self.tr("optional"))
        form = QFormLayout(self)
        form.addRow(self.tr("Indicator"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Target"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {"name": self.name.text(), "unit": self.unit.text(), "target": self.target.text()}


class ChallengeDetail(QWidget):
    saved = Signal()  # the file was written
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.detail: Any = None
        self.empty = QLabel(self.tr("Pick a challenge in the list, or create one."))
        self.empty.setWordWrap(True)

        self.title = QLineEdit()
        self.title.setObjectName("challengeTitle")
        self.status = QComboBox()
        for status in ChallengeStatus:
            self.status.addItem(status.shown, status.value)
        self.description = QPlainTextEdit()
        self.description.setObjectName("challengeDescription")
        self.description.setMaximumHeight(90)
        self.diagnosis_on = QLineEdit()
        self.diagnosis_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.diagnosis_source = QLineEdit()
        self.diagnosis_source.setPlaceholderText(self.tr("e.g. Shared SSE diagnosis 2025"))
        self.diagnosis_document = QLineEdit()
        self.diagnosis_document.setPlaceholderText(self.tr("A reference or a file path"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveChallenge")
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.toggle_archived)
        fields = QFormLayout()
        fields.addRow(self.tr("Title"), self.title)
        fields.addRow(self.tr("Status"), self.status)
        fields.addRow(self.tr("Description"), self.description)
        fields.addRow(self.tr("Diagnosis date"), self.diagnosis_on)
        fields.addRow(self.tr("Diagnosis source"), self.diagnosis_source)
        fields.addRow(self.tr("Diagnosis document"), self.diagnosis_document)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        fields.addRow(buttons)

        self.indicators = QTableWidget(0, 5)
        self.indicators.setObjectName("indicatorTable")
        self.indicators.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Latest"),
                self.tr("Previous"),
                self.tr("Target"),
                self.tr("Measures"),
            ]
        )
        self._table_look(self.indicators)
        self.indicators.currentCellChanged.connect(lambda *_: self._show_measures())
        self.add_indicator_button = QPushButton(self.tr("Add an indicator…"))
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.edit_indicator_button = QPushButton(self.tr("Edit the indicator…"))
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        self.remove_indicator_button = QPushButton(self.tr("Delete the indicator"))
        self.remove_indicator_button.clicked.connect(self.remove_indicator)
        self.measures = QTableWidget(0, 3)
        self.measures.setObjectName("measureTable")
        self.measures.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Value"), self.tr("Source")]
        )
        self._table_look(self.measures)
        self.measures.setMaximumHeight(130)
        self.measure_on = QLineEdit()
        self.measure_on.setObjectName("measureDate")
        self.measure_value = QLineEdit()
        self.measure_value.setObjectName("measureValue")
        self.measure_value.setPlaceholderText(self.tr("Value"))
        self.measure_source = QLineEdit()
        self.measure_source.setPlaceholderText(self.tr("Source"))
        self.measure_on.setAccessibleName(self.tr("Date of the measure"))
        self.measure_on.setToolTip(self.tr("Date of the measure"))
        self.measure_value.setAccessibleName(self.tr("Value measured"))
        self.measure_source.setAccessibleName(self.tr("Source of the measure"))
        self.add_measure_button = QPushButton(self.tr("Add the measure"))
        self.add_measure_button.setObjectName("addMeasure")
        self.add_measure_button.clicked.connect(self.add_measure)
        self.measure_value.returnPressed.connect(self.add_measure)
        self.remove_measure_button = QPushButton(self.tr("Delete the measure"))
        self.remove_measure_button.clicked.connect(self.remove_measure)
        indicator_buttons = ActionBar()  # at 1024 px, what does not fit goes into « ⋯ »
        indicator_buttons.add(self.add_indicator_button)
        indicator_buttons.add(self.edit_indicator_button)
        indicator_buttons.add(self.remove_indicator_button)
        indicator_buttons.add_stretch()
        new_measure = QHBoxLayout()
        new_measure.addWidget(self.measure_on)
        new_measure.addWidget(self.measure_value)
        new_measure.addWidget(self.measure_source, 1)
        new_measure.addWidget(self.add_measure_button)
        measure_buttons = QHBoxLayout()
        measure_buttons.addStretch(1)
        measure_buttons.addWidget(self.remove_measure_button)
        indicator_box = QGroupBox(self.tr("Indicators"))
        box = QVBoxLayout(indicator_box)
        box.addWidget(self.indicators)
        box.addWidget(indicator_buttons)
        self.measures_label = QLabel()
        self.measures_label.setWordWrap(True)  # a long indicator's name must not widen the pane
        box.addWidget(self.measures_label)
        box.addWidget(self.measures)
        box.addLayout(new_measure)
        box.addLayout(measure_buttons)

        self.links = QLabel()
        self.links.setObjectName("challengeLinks")
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.linkActivated.connect(self._link)
        links_box = QGroupBox(self.tr("Records carrying this challenge"))
        QVBoxLayout(links_box).addWidget(self.links)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.addLayout(fields)
        body.addWidget(indicator_box)
        body.addWidget(links_box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.scroll = scroll
        self.show_challenge(None)

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setMinimumHeight(110)

    # showing ----------------------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.show_challenge(None)

    def show_challenge(self, challenge_id: str | None, indicator_row: int = 0) -> None:
        self.detail = None
        if self.territory is not None and challenge_id is not None:
            from municipaless.services.cooperation import challenges

            self.detail = challenges.detail(self.territory, challenge_id)
        self.empty.setVisible(self.detail is None)
        self.scroll.setVisible(self.detail is not None)
        if self.detail is None:
            return
        c = self.detail.challenge
        self.title.setText(c.title)
        self.status.setCurrentIndex(max(self.status.findData(c.status), 0))
        self.description.setPlainText(c.description)
        self.diagnosis_on.setText(formats.format_date(c.diagnosis_on))
        self.diagnosis_source.setText(c.diagnosis_source)
        self.diagnosis_document.setText(c.diagnosis_document)
        self.archive_button.setText(self.tr("Unarchive") if c.archived else self.tr("Archive"))
        self.indicators.setRowCount(len(self.detail.indicators))
        for row, series in enumerate(self.detail.indicators):
            ind = series.indicator
            latest, previous = series.latest, series.previous
            cells = [
                ind.name,
                self._measure_text(latest, ind.unit),
                self._measure_text(previous, ind.unit),
                number_text(ind.target, ind.unit),
                str(len(series.measures)),
            ]
            for column, text in enumerate(cells):
                self.indicators.setItem(row, column, QTableWidgetItem(text))
        if self.detail.indicators:
            self.indicators.setCurrentCell(min(indicator_row, len(self.detail.indicators) - 1), 0)
        self._show_measures()
        self.measure_on.setText(formats.format_date(dt.date.today().isoformat()))
        self.links.setText(self._links_html())
        self._enable()

    def _measure_text(self, measure: Any, unit: str) -> str:
        if measure is None:
            return ""
        return self.tr("{value} on {date}").format(
            value=number_text(measure.value, unit), date=formats.format_date(measure.measured_on)
        )

    def current_series(self) -> Any:
        row = self.indicators.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.indicators):
            return None
        return self.detail.indicators[row]

    def _show_measures(self) -> None:
        series = self.current_series()
        values = series.measures if series is not None else []
        self.measures_label.setText(
            self.tr("Measures of « {name} »").format(name=series.indicator.name)
            if series is not None
            else self.tr("Add an indicator, then its measures.")
        )
        self.measures.setRowCount(len(values))
        for row, m in enumerate(values):
            unit = series.indicator.unit if series is not None else ""
            for column, text in enumerate(
                (formats.format_date(m.measured_on), number_text(m.value, unit), m.source)
            ):
                self.measures.setItem(row, column, QTableWidgetItem(text))
        self._enable()

    def _links_html(self) -> str:
        names = {
            "project": self.tr("Projects"),
            "meeting": self.tr("Meetings"),
            "project_call": self.tr("Calls for projects"),
            "collective": self.tr("Collectives"),
            "workshop": self.tr("Workshops"),
        }
        parts = []
        for kind, title in names.items():
            rows = self.detail.linked.get(kind, [])
            if not rows:
                parts.append(f"<b>{escape(title)}</b> : {escape(self.tr('none'))}")
                continue
            links = [
                f'<a href="{kind}:{r.row_id}">{escape(r.label)}</a>'
                + (f" ({formats.format_date(r.when)})" if r.when else "")
                for r in rows[:LINK_LIMIT]
            ]
            more = len(rows) - LINK_LIMIT
            if more > 0:
                links.append(escape(self.tr("and {count} more").format(count=more)))
            parts.append(f"<b>{escape(title)} ({len(rows)})</b><br>" + "<br>".join(links))
        return "<br><br>".join(parts)

    def _link(self, href: str) -> None:
        kind, _, row_id = href.partition(":")
        self.record_requested.emit(kind, row_id)

    def _enable(self) -> None:
        reason = read_only_text(self.territory)
        writable = self.detail is not None and not reason
        has_indicator = writable and self.current_series() is not None
        for widget in (
            self.save_button,
            self.archive_button,
            self.add_indicator_button,
            self.title,
            self.description,
        ):
            widget.setEnabled(writable)
        for widget in (
            self.edit_indicator_button,
            self.remove_indicator_button,
            self.add_measure_button,
        ):
            widget.setEnabled(has_indicator)
        self.remove_measure_button.setEnabled(has_indicator and self.measures.rowCount() > 0)
        for widget in (self.save_button, self.add_measure_button):
            widget.setToolTip(reason)

    # writing -----------------------------------------------------------------------------
    def _write(self, fn: Any, title: str) -> bool:
        """Run one service write; a refusal shows its French message, nothing is lost."""
        try:
            ok, _ = storage_errors.run_guarded(
                self, fn, path=getattr(self.territory, "path", None), title=title
            )
        except StorageError as e:
            QMessageBox.warning(self, title, e.message)
            return False
        if ok:
            self.saved.emit()
        return ok

    def save(self) -> bool:
        from municipaless.services.cooperation import challenges

        c = self.detail.challenge
        changes = {
            "title": self.title.text(),
            "status": self.status.currentData(),
            "description": self.description.toPlainText(),
            "diagnosis_on": self.diagnosis_on.text(),
            "diagnosis_source": self.diagnosis_source.text(),
            "diagnosis_document": self.diagnosis_document.text(),
        }
        ok = self._write(
            lambda: challenges.update(self.territory, c.id, c.rev, changes),
            self.tr("The challenge could not be saved"),
        )
        if ok:
            self.show_challenge(c.id)
        return ok

    def toggle_archived(self) -> None:
        from municipaless.services.cooperation import challenges

        c = self.detail.challenge
        if self._write(
            lambda: challenges.set_archived(self.territory, c.id, c.rev, not c.archived),
            self.tr("The challenge could not be archived"),
        ):
            self.show_challenge(c.id)

    def _ask(self, title: str, indicator: Any = None) -> IndicatorDialog | None:
        dialog = IndicatorDialog(self, title, indicator)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_indicator(self) -> None:
        """« Ajouter un indicateur… »: asked again with what was typed when refused."""
        from municipaless.services.cooperation import challenges

        c = self.detail.challenge
        dialog = self._ask(self.tr("New indicator"))
        while dialog is not None:
            values = dialog.values()
            if self._write(
                lambda v=values: challenges.add_indicator(
                    self.territory, c.id, v["name"], v["unit"], v["target"]
                ),
                self.tr("The indicator could not be added"),
            ):
                self.show_challenge(c.id, len(self.detail.indicators))
                return
            retry = IndicatorDialog(self, self.tr("New indicator"))
            for field in ("name", "unit", "target"):
                getattr(retry, field).setText(values[field])
            dialog = retry if retry.exec() == QDialog.DialogCode.Accepted else None

    def edit_indicator(self) -> None:
        from municipaless.services.cooperation import challenges

        series = self.current_series()
        if series is None:
            return
        ind = series.indicator
        dialog = self._ask(self.tr("Edit the indicator"), ind)
        if dialog is None:
            return
        row = self.indicators.currentRow()
        if self._write(
            lambda: challenges.update_indicator(self.territory, ind.id, ind.rev, dialog.values()),
            self.tr("The indicator could not be saved"),
        ):
            self.show_challenge(self.detail.challenge.id, row)

    def remove_indicator(self) -> None:
        from municipaless.services.cooperation import challenges

        series = self.current_series()
        if series is None:
            return
        ind = series.indicator
        answer = QMessageBox.question(
            self,
            self.tr("Delete the indicator"),
            self.tr("Delete « {name} » and its {count} measure(s)? They go to the trash.").format(
                name=ind.name, count=len(series.measures)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._write(
            lambda: challenges.remove_indicator(self.territory, ind.id, ind.rev),
            self.tr("The indicator could not be deleted"),
        ):
            self.show_challenge(self.detail.challenge.id)

    def add_measure(self) -> bool:
        from municipaless.services.cooperation import challenges

        series = self.current_series()
        if series is None:
            return False
        row = self.indicators.currentRow()
        ok = self._write(
            lambda: challenges.add_measure(
                self.territory,
                series.indicator.id,
                self.measure_on.text(),
                self.measure_value.text(),
                self.measure_source.text(),
            ),
            self.tr("The measure could not be added"),
        )
        if ok:
            self.measure_value.clear()
            self.show_challenge(self.detail.challenge.id, row)
        return ok

    def remove_measure(self) -> None:
        from municipaless.services.cooperation import challenges

        series = self.current_series()
        index = self.measures.currentRow()
        if series is None or not 0 <= index < len(series.measures):
            return
        m = series.measures[index]
        row = self.indicators.currentRow()
        if self._write(
            lambda: challenges.remove_measure(self.territory, m.id, m.rev),
            self.tr("The measure could not be deleted"),
        ):
            self.show_challenge(self.detail.challenge.id, row)
