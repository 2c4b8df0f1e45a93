"""CSV writer: one file per table, for people who re-process the figures.

* UTF-8 with a BOM (Excel then reads it as UTF-8; cp1252 cannot even encode U+202F,
  docs/known-traps.md#8), ``;`` separator and decimal comma, what French Excel expects.
* Numbers are written raw (``12500,50``, ``1234``, ``42,5%``, ``31/03/2024``), without thousands
  separators, so they are read back as numbers; totals rows are left out (a CSV is data, a
  totals row would be counted twice).
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
    rows = [[f.label, _fr.cell(f.value, f.kind)] for f in figs]
    return [Table("Chiffres clés", [Column("Indicateur"), Column("Valeur")], rows)]


def _raw(value: Value, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and kind in NUMERIC_KINDS:  # a masked figure ("< 3")
        return value
    if kind == "money":
        return f"{value / 100:.2f}".replace(".", ",")
    if kind == "percent":
        return f"{float(value) * 100:.10g}".replace(".", ",") + "%"
    if kind == "count":
        return str(value).replace(".", ",")
    if kind == "date":
        return _fr.date(value)
    return neutralise(str(value))


def _write_one(table: Table, tmp: Path) -> None:
    kinds = [c.kind for c in table.columns]
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        out.writerow([neutralise(c.header) for c in table.columns])
        for row in table.rows:
            out.writerow([_raw(v, k) for v, k in zip(row, kinds, strict=True)])
