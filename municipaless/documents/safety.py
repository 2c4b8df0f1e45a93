"""The three protections every writer goes through (docs/design.md#exports).

Formula injection
    A porteur's name, a note or an imported cell may start with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return; a spreadsheet would run it as a formula (``=HYPERLINK(...)`` leaks data,
    ``=cmd|...`` ran programs on old Excel). The policy, one per format:

    * **csv**: the cell is prefixed with a single quote (``'=HYPERLINK(...)``), the OWASP advice,
      because a CSV has no cell types and Excel/LibreOffice would evaluate the text on opening.
    * **xlsx / ods**: the original text is kept and written as an explicit *string* cell (plus
      Excel's ``quotePrefix`` style flag, what Excel itself does when a user types ``'=...``), so
      nothing is evaluated, the value is exact (a phone ``+33 6 ...`` stays as typed) and editing
      the cell in Excel keeps it text. :func:`is_formula_like` decides; :func:`neutralise` is the
      CSV transformation.

Markup
    reportlab's ``Paragraph`` parses its text as XML-ish markup: ``<``, ``>`` and ``&`` in user
    text break the PDF or inject markup. :func:`escape_markup` escapes them.

Any stored text
    A writer must survive whatever a record holds: :func:`sanitise` copies a document with
    every text cleaned as the file cleans it (controls, lone surrogates: XML cannot hold them)
    and cut at :data:`TEXT_CAP` with :data:`TRUNCATED`; :func:`shorten` fits a text to a
    format's limit (Word's 255-character properties, an Excel cell's 32,767) with an ellipsis.

Atomic files
    A cancelled or failed export must leave nothing half-written on a network share or a USB key.
    :func:`atomic_write` hands the writer a temporary path in the destination folder and renames it
    over the target only when the writer finished.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from municipaless.core.cleaning import clean_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_CAP = 100_000
TRUNCATED = " … (texte tronqué, voir le fichier)"


def cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, the note saying it was cut when it was."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(TRUNCATED))] + TRUNCATED


def shorten(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, ending with an ellipsis when it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sanitise(value: Any) -> Any:
    """A copy of a document (or any part of it) whose every text a writer can write."""
    if isinstance(value, str):
        return cut(clean_text(value), TEXT_CAP)
    if isinstance(value, (list, tuple)):
        return type(value)(sanitise(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        new = copy.copy(value)
        for f in dataclasses.fields(value):
            object.__setattr__(new, f.name, sanitise(getattr(value, f.name)))
        return new
    return value


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula (or the start of one)."""
    return isinstance(text, str) and text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """CSV-safe text: a leading single quote before anything a spreadsheet would evaluate."""
    return "'" + text if is_formula_like(text) else text


def escape_markup(text: str) -> str:
    """Text safe to put inside reportlab ``Paragraph`` markup (``& < >`` escaped)."""
    return escape(text)


@contextlib.contextmanager
def atomic_write(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``.

    The temporary file lives in the same folder so that ``os.replace`` is a rename on the same
    volume (atomic on POSIX and Windows). It is flushed to disk first, because the target is
    often a USB key pulled out right after "Export terminé". On any error, including
    ``KeyboardInterrupt`` or a cancelled worker, the temporary file is removed and ``path`` is
    left as it was.
    """
    path = Path(path)
    # not mkstemp: its 0600 mode would follow the rename and hide the file from colleagues
    tmp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp")
    tmp.open("xb").close()
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
