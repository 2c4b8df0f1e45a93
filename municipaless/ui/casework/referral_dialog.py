"""Orienter: send a porteur to a structure of the annuaire, then follow the orientation.

The dialog proposes the structures whose offer fits the project (need × stage × sector ×
commune, best fits first: ``referrals.suggest_organisations`` over the annuaire's
``directory.organisations_for``), each with why it fits; any other structure can be picked by
name. Consent (date and how) decides what the fiche de liaison may carry. Following up
(envoyée, prise en charge, refusée with its reason, sans réponse, outcome) goes through the
service's transitions, all in one transaction.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.statuses import ReferralStatus
from municipaless.ui.casework.common import CaseworkForm
from municipaless.ui.casework.timeline_view import FOOT_ROLE, CardDelegate
from municipaless.ui.editing import DateField, NotesField, RecordPicker, TextField, VocabField

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def consent_ways() -> list[str]:
    return [
        translate("ReferralForm", "orally"),
        translate("ReferralForm", "by e-mail"),
        translate("ReferralForm", "signed form"),
        translate("ReferralForm", "by phone"),
    ]


class OrganisationChooser(QWidget):
    """The proposed structures (best fits first) and a picker for any other one.
    Editing-kit protocol: ``value()`` is the chosen structure's id."""

    edited = Signal()

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestedStructures")
        self.suggestions.setMinimumHeight(150)
        self.suggestions.setItemDelegate(CardDelegate(self.suggestions))  # name, then why
        self.suggestions.setResizeMode(QListView.ResizeMode.Adjust)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No structure of the directory offers this yet."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.other = RecordPicker(territory, "organisation")
        other_label = QLabel(self.tr("Or another structure of the directory:"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.empty)
        layout.addWidget(other_label)
        layout.addWidget(self.other)
        self.suggestions.currentRowChanged.connect(self._picked_suggestion)
        self.other.edited.connect(self._picked_other)

    def set_suggestions(self, suggestions: list[Any]) -> None:
        self.suggestions.clear()
        for s in suggestions:
            reasons = ", ".join(s.reasons)
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.organisation_id)
            fit = self.tr("fits at {score} %").format(score=round(s.score))
            item.setData(FOOT_ROLE, f"{fit} · {reasons}" if reasons else fit)
            item.setToolTip(reasons)
            self.suggestions.addItem(item)
        self.empty.setVisible(not suggestions)

    def suggested_names(self) -> list[str]:
        return [self.suggestions.item(i).text() for i in range(self.count())]

    def count(self) -> int:
        return self.suggestions.count()

    def _picked_suggestion(self, row: int) -> None:
        if row >= 0:
            self.other.set_value(None)
        self.edited.emit()

    def _picked_other(self) -> None:
        if self.other.value() is not None:
            self.suggestions.setCurrentRow(-1)
        self.edited.emit()

    def value(self) -> str | None:
        if self.other.value() is not None:
            return self.other.value()
        item = self.suggestions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def error(self) -> str | None:
        return self.other.error()

    def set_value(self, organisation_id: str | None) -> None:
        self.other.set_value(organisation_id)


class ReferralDialog(CaseworkForm):
    """A new orientation of one project."""

    def __init__(self, territory: Any, project_id: str, parent: QWidget | None = None):
        super().__init__(
            territory, "referral", None, title=translate("ReferralDialog", "Orient"), parent=parent
        )
        self.setMinimumWidth(600)
        self.project_id = project_id
        self.need = self.add_field("need", self.tr("Need"), VocabField(territory, "service"))
        self.organisation = self.add_field(
            "organisation_id",
            self.tr("Structure"),
            OrganisationChooser(territory),
            required=True,
        )
        self.add_section(self.tr("Consent of the project holder"))
        hint = QLabel(
            self.tr(
                "Without consent, the liaison sheet carries the project's reference only: "
                "no name, no contact details."
            )
        )
        hint.setWordWrap(True)
        self.add_widget("", hint)
        self.add_field("consent_on", self.tr("Agreed on"), DateField())
        how = self.add_field("consent_how", self.tr("How"), TextField())
        how.setCompleter(QCompleter(consent_ways(), how))
        self.need.currentIndexChanged.connect(self.refresh_suggestions)
        self.refresh_suggestions()
        self.fit(640, 640)
        self.finish()

    def refresh_suggestions(self) -> None:
        from municipaless.services.casework import referrals

        found = referrals.suggest_organisations(self.territory, self.project_id, self.need.value())
        self.organisation.set_suggestions(found)

    def write(self, values: dict) -> Any:
        from municipaless.services.casework import referrals

        return referrals.refer(
            self.territory,
            self.project_id,
            values["organisation_id"],
            values.get("need"),
            consent_on=values.get("consent_on"),
            consent_how=values.get("consent_how") or "",
        )


class ReferralForm(CaseworkForm):
    """Follow an orientation: consent, sent, answer (taken on / refused / none), outcome."""

    def __init__(self, territory: Any, record: Any, parent: QWidget | None = None):
        super().__init__(
            territory,
            "referral",
            record,
            title=translate("ReferralForm", "Orientation"),
            parent=parent,
        )
        self.setMinimumWidth(560)
        from municipaless.ui.common.display import Describer

        describe = Describer(territory)
        structure = describe.value_text("referral", "organisation_id", record.organisation_id)
        need = describe.vocab_label("service", record.need) if record.need else "—"
        self.add_widget(self.tr("Structure"), QLabel(structure or "—"))
        self.add_widget(self.tr("Need"), QLabel(need))
        self.status = self.add_field(
            "status",
            self.tr("Status"),
            VocabField(territory, "referral_status", allow_empty=False),
        )
        self.sent_on = self.add_field("sent_on", self.tr("Sent on"), DateField())
        self.answered_on = self.add_field("answered_on", self.tr("Answered on"), DateField())
        self.refusal_reason = self.add_field(
            "refusal_reason", self.tr("Reason for refusal"), TextField()
        )
        self.add_field("outcome", self.tr("Outcome"), NotesField(lines=2))
        self.add_section(self.tr("Consent of the project holder"))
        self.add_field("consent_on", self.tr("Agreed on"), DateField())
        how = self.add_field("consent_how", self.tr("How"), TextField())
        how.setCompleter(QCompleter(consent_ways(), how))
        self.status.currentIndexChanged.connect(self._sync)
        self._sync()
        self.fit(560, 560)
        self.finish()

    def _sync(self) -> None:
        status = self.status.value()
        rows = {
            self.sent_on: status != ReferralStatus.PROPOSED,
            self.answered_on: status in (ReferralStatus.TAKEN_ON, ReferralStatus.REFUSED),
            self.refusal_reason: status == ReferralStatus.REFUSED,
        }
        for field, visible in rows.items():
            self.form_layout.setRowVisible(field.parentWidget(), visible)

    def write(self, changes: dict) -> Any:
        from municipaless.services.casework import CaseworkError, referrals

        territory, values, current = self.territory, self.values(), self.record
        status = values["status"]
        with territory.transaction():
            if {"consent_on", "consent_how"} & changes.keys():
                if not values["consent_on"] and not values["consent_how"]:
                    current = referrals.withdraw_consent(territory, current.id, current.rev)
                else:
                    current = referrals.record_consent(
                        territory,
                        current.id,
                        current.rev,
                        values["consent_on"] or "",
                        values["consent_how"] or "",
                    )
            if {"status", "sent_on", "answered_on", "refusal_reason"} & changes.keys():
                ident = (territory, current.id, current.rev)
                if status == ReferralStatus.SENT:
                    current = referrals.mark_sent(*ident, values["sent_on"])
                elif status == ReferralStatus.TAKEN_ON:
                    current = referrals.mark_taken(
                        *ident, values["answered_on"], values["outcome"] or ""
                    )
                elif status == ReferralStatus.REFUSED:
                    current = referrals.mark_refused(
                        *ident, values["refusal_reason"] or "", values["answered_on"]
                    )
                elif status == ReferralStatus.NO_ANSWER:
                    current = referrals.mark_no_answer(*ident)
                elif (
                    status == ReferralStatus.PROPOSED
                    and self.record.status != ReferralStatus.PROPOSED
                ):
                    raise CaseworkError(
                        {"status": self.tr("A sent orientation cannot go back to proposed.")}
                    )
            outcome = values["outcome"] or ""
            if "outcome" in changes and outcome != current.outcome:
                current = referrals.set_outcome(territory, current.id, current.rev, outcome)
        return current
