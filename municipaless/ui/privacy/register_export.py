"""Fichier ▸ Registre des traitements… : the fiche of this processing for the commune's
article-30 register, written as Word (or PDF, ODT) from the settings and the file."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from municipaless.ui.common import export_runner, file_dialogs

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FILTERS = "Word (*.docx);;PDF (*.pdf);;OpenDocument (*.odt)"


def export_register(territory: Any, parent: QWidget) -> Path | None:
    from municipaless.services.privacy import register
    from municipaless.storage.errors import StorageError

    title = translate("RegisterExport", "Processing register")
    path, chosen = file_dialogs.ask_save(
        parent, "privacy", title, "registre-des-traitements.docx", FILTERS
    )
    if path is None:
        return None
    if path.suffix.lower() not in (".docx", ".pdf", ".odt"):
        first = (chosen or "").split(";;")[0].lower()  # the filter left selected
        suffix = next((s for s in (".pdf", ".odt") if s[1:] in first), ".docx")
        path = path.with_suffix(suffix)
    try:
        register.write(territory, path)
    except (OSError, StorageError) as exc:
        QMessageBox.warning(parent, title, getattr(exc, "message", None) or str(exc))
        return None
    export_runner.open_after_export(parent, path)
    return path
