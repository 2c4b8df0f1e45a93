"""The officer's name, role, e-mail and phone (the profile kept on this PC, not in the file),
each checked by ``core.validation`` with its French message under the field; shared by the
territory assistant and the Paramètres dialog."""

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from municipaless.core.formats import format_phone
from municipaless.core.validation import check_email, check_phone
from municipaless.ui.common import theme


class OfficerFields(QWidget):
    def __init__(self, parent: QWidget | None = None, *, require_name: bool = True):
        super().__init__(parent)
        self.require_name = require_name
        from municipaless.services.file.officer import load_profile

        profile = load_profile()
        self.name = QLineEdit(profile.name)
        self.name.setObjectName("officerName")
        self.name.setPlaceholderText(self.tr("e.g. Marie Durand"))
        self.role = QLineEdit(profile.role)
        self.role.setPlaceholderText(self.tr("e.g. SSE project officer"))
        self.email = QLineEdit(profile.email)
        self.email.setPlaceholderText(self.tr("e.g. m.durand@mairie-exemple.fr"))
        self.phone = QLineEdit(format_phone(profile.phone) if profile.phone else "")
        self.phone.setPlaceholderText(self.tr("e.g. 04 75 00 00 00"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label, edit in (
            ("name", self.tr("Your name"), self.name),
            ("role", self.tr("Role"), self.role),
            ("email", self.tr("E-mail"), self.email),
            ("phone", self.tr("Phone"), self.phone),
        ):
            error = QLabel()
            error.setObjectName(f"{key}Error")
            error.setWordWrap(True)
            theme.set_tone(error, "error")
            error.hide()
            self.errors[key] = error
            form.addRow(label, edit)
            form.addRow("", error)  # its own row: a wrapped message gets its full height
        hint = QLabel(
            self.tr(
                "Kept on this computer, for your user account only, not in the shared file: your "
                "name signs your changes and is the referent of the projects you open."
            )
        )
        hint.setWordWrap(True)
        theme.set_tone(hint, "muted")
        form.addRow(hint)

    def _show(self, key: str, message: str | None) -> bool:
        label = self.errors[key]
        label.setText(message or "")
        label.setVisible(bool(message))
        return not message

    def profile(self) -> Any:
        """The profile typed (e-mail and phone normalised), or None with the errors shown."""
        from municipaless.services.file.officer import OfficerProfile

        name = " ".join(self.name.text().split())
        missing = self.require_name and not name
        ok = self._show(
            "name", self.tr("Your name is needed to sign changes.") if missing else None
        )
        email, phone = check_email(self.email.text()), check_phone(self.phone.text())
        ok = self._show("email", email.error) and ok
        ok = self._show("phone", phone.error) and ok
        if not ok:
            return None
        return OfficerProfile(name, self.role.text().strip(), email.value or "", phone.value or "")
