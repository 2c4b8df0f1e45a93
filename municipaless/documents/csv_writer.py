"""CSV writer: one file per table, for people who re-process the figures.

* UTF-8 with a BOM (Excel then reads it as UTF-8; cp1252 cannot even encode U+202F,
  docs/known-traps.md#8), ``;`` separator and decimal comma, what French Excel expects.
* Numbers are written raw, the way French Excel and LibreOffice read a number back: a decimal
  comma, no thousands separator, an ASCII ``-`` (never U+2212, which makes text of a number),
  no ``+`` sign: ``12500,50``, ``-3``, ``42,5%``, ``-10%`` (a change), ``21,4`` (a decimal),
  ``31/03/2024``. A masked figure (``< 3``, ``n.s.``) stays text. Totals rows are left out (a
  CSV is data, a totals row would be counted twice).
* Text is neutralised with a leading quote (:func:`~.safety.neutralise`).
* Several tables: the first goes to the requested path, each other one to
  ``<stem>-<table name>.csv`` beside it. All files are written to temporary names first and
  renamed together, so a failure leaves none of them.
"""

from __future__ import annotations

import contextlib
import csv
import re
import unicodedata
from pathlib import Path

from . import _fr
from .model import NUMERIC_KINDS, Column, Document, Table, Value
from .safety import atomic_write, neutralise


def write_csv(doc: Document, path: Path) -> list[Path]:
    """Write the document's tables; return the paths written, the requested one first."""
    path = Path(path)
    tables = doc.tables() or _key_figures_table(doc)
    if not tables:
        raise ValueError("ce document ne contient aucun tableau à exporter en CSV")
    targets = [path] + [_sibling(path, t, i) for i, t in enumerate(tables[1:], start=2)]
    with contextlib.ExitStack() as stack:
        for table, target in zip(tables, targets, strict=True):
            tmp = stack.enter_context(atomic_write(target))
            _write_one(table, tmp)
    return targets


def _sibling(path: Path, table: Table, index: int) -> Path:
    ascii_name = unicodedata.normalize("NFKD", table.short_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()[:40] or f"tableau{index}"
    return path.with_name(f"{path.stem}-{slug}{path.suffix}")


def _key_figures_table(doc: Document) -> list[Table]:
    from .model import KeyFigures

    figs = [f for b in doc.blocks() if isinstance(b, KeyFigures) for f in b.items]
    if not figs:
        return []
    rows = [[f.label, _raw(f.value, f.kind)] for f in figs]  # raw: numbers stay numbers
    return [Table("Chiffres clés", [Column("Indicateur"), Column("Valeur")], rows)]


def _raw(value: Value, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and kind in NUMERIC_KINDS:  # a masked figure ("< 3")
        return value
    if kind == "money":
        return _number(value / 100, 2)
    if kind in ("percent", "change"):
        return _number(float(value) * 100, 6) + "%"
    if kind == "decimal":
        return _number(float(value), 1)
    if kind == "count":
        return _number(value, 6)
    if kind == "date":
        return _fr.date(value)
    return neutralise(str(value))


def _number(value: float, decimals: int) -> str:
    """``value`` with a decimal comma, never an exponent; trailing zeros dropped except for
    money's two decimals (``12500,50``), and no ``-0``."""
    text = f"{value:.{decimals}f}"
    if decimals != 2:
        text = text.rstrip("0").rstrip(".") if "." in text else text
        if decimals == 1 and "." not in text:
            text += ".0"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")
    return text.replace(".", ",")


def _write_one(table: Table, tmp: Path) -> None:
    kinds = [c.kind for c in table.columns]
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        out.writerow([neutralise(c.header) for c in table.columns])
        for row in table.rows:
            out.writerow([_raw(v, k) for v, k in zip(row, kinds, strict=True)])
