"""One call beside the list: its heading (reference, title, status, envelope used) and its tabs
— « Règlement » (rules, categories, checklist, calendar, envelope, criteria with their weights,
jury) and « Candidatures »; ``extra_tabs()`` adds the jury's own tabs (scoring, decisions),
each a widget with ``set_call(territory, call_id)`` and a ``changed`` signal.

It answers the detail-pane protocol ``ListPage`` relies on (``set_territory``,
``show_record(table, id, kind)``, ``shown``).
"""

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_long_date, format_money
from municipaless.core.statuses import CallStatus, label_of
from municipaless.services.cooperation import calls
from municipaless.storage.errors import StorageError
from municipaless.ui.common import theme
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.elided_label import ElidedLabel
from municipaless.ui.cooperation.jury_tab import JuryTab
from municipaless.ui.cooperation.scoring_tab import ScoringTab
from municipaless.ui.cooperation.submissions_tab import SubmissionsTab
from municipaless.ui.editing import read_only_text

RULES, SUBMISSIONS = range(2)


class CallDetail(QWidget):
    changed = Signal()  # the call or its candidatures were written here
    project_requested = Signal(str)
    record_requested = Signal(str, str)  # the jury's meeting, a project: shown elsewhere
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.call: Any = None
        self.shown: tuple[str, str] | None = None
        self.title = ElidedLabel()
        self.title.setObjectName("callTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("callSubtitle")
        self.subtitle.setWordWrap(True)
        theme.set_tone(self.subtitle, "muted")
        self.edit_button = QPushButton(self.tr("Edit the call…"))
        self.edit_button.setObjectName("editCall")
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(self.tr("Delete the call"))
        self.delete_button.setObjectName("deleteCall")
        self.delete_button.clicked.connect(self.delete_requested)
        self.bar = ActionBar()
        self.bar.add(self.edit_button)
        self.bar.add(self.delete_button)
        self.bar.add_stretch()

        self.rules = QTextBrowser()
        self.rules.setObjectName("callRules")
        self.rules.setAccessibleName(self.tr("Rules of the call"))
        self.rules.setOpenLinks(False)
        self.submissions = SubmissionsTab()
        self.submissions.changed.connect(self._written)
        self.submissions.project_requested.connect(self.project_requested)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("callTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rules, self.tr("Rules"))
        self.tabs.addTab(self.submissions, self.tr("Applications"))
        self.extra_tabs_shown = self._extra = self.extra_tabs()
        for widget, title in self._extra:
            self.tabs.addTab(widget, title)
            widget.changed.connect(self._written)
            widget.record_requested.connect(self.record_requested)

        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addWidget(self.bar)
        box.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Choose a call in the list, or create one."))
        self.empty.setWordWrap(True)
        theme.set_tone(self.empty, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.stack)

    def extra_tabs(self) -> list[tuple[QWidget, str]]:
        """The jury's tabs (scoring, jury meeting and decisions), added after ours."""
        return [(ScoringTab(), self.tr("Scoring")), (JuryTab(), self.tr("Jury and decisions"))]

    # the detail-pane protocol ------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.clear()

    def clear(self) -> None:
        self.shown = None
        self.call = None
        self.stack.setCurrentIndex(0)

    def show_record(self, table: str, row_id: str, kind_text: str = "") -> bool:
        if self.territory is None:
            self.clear()
            return False
        try:
            call = calls.get(self.territory, row_id)
        except StorageError as exc:
            self.clear()
            self.empty.setText(exc.message)
            return False
        self.call = call
        self.shown = ("project_call", row_id)
        self.stack.setCurrentIndex(1)
        self._fill()
        return True

    def reload(self) -> None:
        if self.shown is not None:
            self.show_record(*self.shown)

    # filling ----------------------------------------------------------------------------
    def _fill(self) -> None:
        call = self.call
        self.title.setText(f"{call.reference} · {call.title}" if call.reference else call.title)
        use = calls.envelope(self.territory, call.id)
        parts = [label_of(CallStatus, call.status)]
        if call.deadline_on:
            parts.append(self.tr("deadline {date}").format(date=format_long_date(call.deadline_on)))
        if use.envelope_cents is not None:
            parts.append(
                self.tr("envelope {total}: {committed} committed, {left} remaining").format(
                    total=format_money(use.envelope_cents),
                    committed=format_money(use.committed_cents),
                    left=format_money(use.remaining_cents),
                )
            )
        self.subtitle.setText(" · ".join(parts))
        reason = read_only_text(self.territory)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(not reason)
            button.setToolTip(reason)
        self.rules.setHtml(self.rules_html(call, use))
        self.submissions.set_call(self.territory, call)
        for widget, _title in self._extra:
            widget.set_call(self.territory, call.id)

    def rules_html(self, call: Any, use: calls.Envelope) -> str:
        """The règlement as the jury and the porteurs read it."""
        e = html.escape
        out = []
        if call.description:
            out.append(f"<p>{e(call.description).replace(chr(10), '<br>')}</p>")
        out.append(_h3(self.tr("Categories")))
        if call.categories:
            items = []
            for category in call.categories:
                minimum = int(category.get("min_partners") or 0)
                if minimum == 1:
                    rule = self.tr("at least 1 partner")
                elif minimum:
                    rule = self.tr("at least {n} partners").format(n=minimum)
                else:
                    rule = self.tr("no partner required")
                items.append(f"<li>{e(str(category['label']))} — {e(rule)}</li>")
            out.append(f"<ul>{''.join(items)}</ul>")
        else:
            out.append(_p(self.tr("One category for every application.")))
        facts = [
            (self.tr("Partners required in every category"), str(call.min_partners)),
            (self.tr("Ceiling per award"), format_money(call.max_amount_cents) or "—"),
            (self.tr("Envelope"), format_money(call.envelope_cents) or "—"),
            (self.tr("Committed"), format_money(use.committed_cents)),
            (self.tr("Remaining"), format_money(use.remaining_cents) or "—"),
            (self.tr("Awards paid by"), calls.funder_name(self.territory, call)),
        ]
        out.append(_h3(self.tr("Rules and envelope")))
        out.append(_table(facts))
        out.append(_h3(self.tr("Documents required")))
        if call.required_documents:
            out.append(
                "<ul>" + "".join(f"<li>{e(d)}</li>" for d in call.required_documents) + "</ul>"
            )
        else:
            out.append(_p(self.tr("None.")))
        out.append(_h3(self.tr("Calendar")))
        out.append(
            _table(
                [
                    (self.tr("Launch"), format_long_date(call.launch_on) or "—"),
                    (self.tr("Deadline"), format_long_date(call.deadline_on) or "—"),
                    (self.tr("Jury"), format_long_date(call.jury_on) or "—"),
                    (self.tr("Notification"), format_long_date(call.notification_on) or "—"),
                ]
            )
        )
        criteria = calls.criteria(self.territory, call.id)
        out.append(_h3(self.tr("Scoring grid")))
        if criteria:
            total = sum(x.weight for x in criteria) or 1.0
            head = [self.tr("Criterion"), self.tr("Weight"), self.tr("Out of"), self.tr("Share")]
            rows = [
                (
                    x.label + (f" — {x.description}" if x.description else ""),
                    f"{x.weight:g}".replace(".", ","),
                    str(x.max_score),
                    f"{round(100 * x.weight / total)}\u00a0%",
                )
                for x in criteria
            ]
            out.append(_grid(head, rows))
        else:
            out.append(_p(self.tr("No criterion yet.")))
        members = calls.jury(self.territory, call.id)
        out.append(_h3(self.tr("Jury")))
        if members:
            out.append(
                "<ul>"
                + "".join(
                    f"<li>{e(m.name)}{' — ' + e(m.record.role) if m.record.role else ''}</li>"
                    for m in members
                )
                + "</ul>"
            )
        else:
            out.append(_p(self.tr("No member yet.")))
        titles = {ch.id: ch.title for ch in self.territory.challenges(include_archived=True)}
        if call.challenges:
            out.append(_h3(self.tr("Local challenges")))
            out.append("<p>" + e(", ".join(titles.get(i, "?") for i in call.challenges)) + "</p>")
        return "".join(out)

    def _written(self) -> None:
        self.reload()
        self.changed.emit()


def _h3(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _table(pairs: list[tuple[str, str]]) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(label)}</td><td>&nbsp;&nbsp;</td><td><b>{e(value)}</b></td></tr>"
        for label, value in pairs
    )
    return f"<table>{rows}</table>"


def _grid(head: list[str], rows: list[tuple[str, ...]]) -> str:
    e = html.escape
    top = "".join(f"<th align='left'>{e(h)}&nbsp;&nbsp;</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{e(cell)}&nbsp;&nbsp;</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table cellspacing='2'><tr>{top}</tr>{body}</table>"
