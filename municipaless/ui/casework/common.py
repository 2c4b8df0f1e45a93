"""Small pieces every form and tab of Porteurs & projets shares.

- ``edit_block_reason``: why editing is off (read-only file), so each button says it itself;
- ``CaseworkForm``: a ``RecordForm`` whose save calls a casework service and puts the
  service's per-field French messages (``CaseworkError.errors``) under the fields they concern;
- ``RecordsTable`` (from the small-table kit, ``ui/common/small_tables.py``): the small
  read-only tables of the Orientations, Financement and Relances tabs;
- ``set_editable``: the kit's ``guard``, enable the editing buttons or say why not.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

from municipaless.ui.common.small_tables import RecordsTable
from municipaless.ui.common.small_tables import guard as set_editable
from municipaless.ui.editing import RecordForm, read_only_text

__all__ = ["CaseworkForm", "RecordsTable", "edit_block_reason", "set_editable"]

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def edit_block_reason(territory: Any) -> str:
    """ "" when the officer may write; else a French sentence saying why not."""
    if territory is None:
        return translate("Casework", "No file is open.")
    return read_only_text(territory)


class CaseworkForm(RecordForm):
    """A RecordForm whose ``write(changes)`` calls a service; field errors land in place."""

    def fit(self, width: int, height: int) -> None:
        """Open at a size that shows the whole form, within the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def write(self, changes: dict) -> Any:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def save(self, changes: dict) -> Any:
        return self.write(changes)
