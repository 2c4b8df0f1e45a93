"""Report documents: a format-neutral model and its writers (docx, xlsx, pdf, odt, ods, csv).

Writers are imported only when a file is written: python-docx, openpyxl and reportlab cost
50-100 ms each to import (docs/known-traps.md#5), which the app must not pay at start-up.
No Qt and no database here: a service builds the :class:`~.model.Document`, a writer renders it.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from .model import Document
from .safety import sanitise
from .typography import typeset

WRITERS = {
    "docx": ("docx_writer", "write_docx"),
    "xlsx": ("xlsx_writer", "write_xlsx"),
    "pdf": ("pdf_writer", "write_pdf"),
    "odt": ("odt_writer", "write_odt"),
    "ods": ("ods_writer", "write_ods"),
    "csv": ("csv_writer", "write_csv"),
}
FORMATS: tuple[str, ...] = tuple(WRITERS)


def write(doc: Document, path: Path | str, fmt: str | None = None) -> list[Path]:
    """Write ``doc`` to ``path`` in ``fmt`` (default: the path's suffix).

    Returns the files written: one, except for CSV, which writes one file per table.
    Nothing is left at ``path`` if writing fails (see :func:`.safety.atomic_write`). Any
    text is written: controls and lone surrogates are cleaned, huge texts cut with a note
    (:func:`.safety.sanitise`), then set the French way for ``fmt`` (:func:`.typography.typeset`).
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in WRITERS:
        raise ValueError(f"format d'export inconnu : {fmt!r} (attendu : {', '.join(FORMATS)})")
    module_name, func_name = WRITERS[fmt]
    module = importlib.import_module(f"{__name__}.{module_name}")
    written = getattr(module, func_name)(typeset(sanitise(doc), fmt), path)
    return list(written) if written else [path]
