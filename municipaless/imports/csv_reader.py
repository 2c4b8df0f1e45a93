"""CSV as spreadsheets really write it in France.

Excel for Windows in French writes "CSV (séparateur : point-virgule)": cp1252, ``;``, decimal
comma (``12,5``) and no BOM; "CSV UTF-8" adds a BOM; LibreOffice and web exports write ``,`` or
a tab. The separator is sniffed by parsing a sample with each candidate and keeping the one that
gives the most rows of one same width, so the decimal commas of a ``;`` file never pass for
separators (they would give ragged rows). A first line ``sep=;`` (Excel's own hint) is obeyed.
"""

import csv
import io
from collections import Counter
from collections.abc import Collection
from pathlib import Path

from municipaless.imports import sniff
from municipaless.imports.errors import ImportFileError
from municipaless.imports.table import Table, build_table

DELIMITERS = (";", "\t", ",", "|")  # order breaks ties: French Excel's ";" first
SAMPLE_CHARS = 64 * 1024
SAMPLE_ROWS = 60
_NAMES = {";": "point-virgule", ",": "virgule", "\t": "tabulation", "|": "barre verticale"}


def _sample_rows(text: str, delimiter: str) -> list[int]:
    """Widths of the non-blank rows of the sample (a quoted cut-off at its end is harmless)."""
    reader = csv.reader(io.StringIO(text[:SAMPLE_CHARS], newline=""), delimiter=delimiter)
    widths = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                widths.append(len(row))
            if len(widths) >= SAMPLE_ROWS:
                break
    except csv.Error:
        return []
    return widths


def sniff_delimiter(text: str) -> str:
    """The candidate whose sample rows most often share one width greater than 1."""
    best = (-1.0, 0, DELIMITERS[0])
    for delimiter in DELIMITERS:
        widths = _sample_rows(text, delimiter)
        several = [w for w in widths if w > 1]
        if not several:
            continue
        width, count = Counter(several).most_common(1)[0]
        score = (count / len(widths), width)
        if score > best[:2]:
            best = (*score, delimiter)
    return best[2]


def parse_csv(text: str, hints: Collection[str] = (), **info) -> Table:
    """A table from CSV text (the separator sniffed unless ``delimiter`` is given)."""
    delimiter = info.pop("delimiter", "")
    numbers_offset = 0
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]
        text, numbers_offset = rest, 1
    delimiter = delimiter or sniff_delimiter(text)
    raw: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            raw.append([cell.strip(" \t\r\n\u00a0") for cell in row])
    except csv.Error as exc:
        raise ImportFileError(
            f"Le fichier « {info.get('source', '')} » n'est pas un CSV lisible ({exc})."
        ) from None
    numbers = list(range(1 + numbers_offset, len(raw) + 1 + numbers_offset))
    table = build_table(raw, numbers, hints, delimiter=delimiter, **info)
    table.notes.insert(
        0, f"Séparateur : {_NAMES[delimiter]} ; encodage : {info.get('encoding') or 'texte'}."
    )
    return table


def read_csv(path: Path, hints: Collection[str] = ()) -> Table:
    data = sniff.read_bytes(path)
    kind = sniff.kind_of(data)
    if kind not in ("text", "utf16"):
        raise ImportFileError(sniff.describe(kind, path.name, "csv"))
    text, encoding = sniff.decode_text(data)
    return parse_csv(text, hints, source=path.name, encoding=encoding)
