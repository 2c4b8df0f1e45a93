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

from municipaless.core.i18n import N_, _
from municipaless.imports import sniff
from municipaless.imports.errors import ImportFileError
from municipaless.imports.table import PROGRESS_EVERY, Progress, Table, build_table

DELIMITERS = (";", "\t", ",", "|")  # order breaks ties: French Excel's ";" first
SAMPLE_CHARS = 64 * 1024
SAMPLE_ROWS = 60
LONG_FIELD_LINES = 20  # a cell over more lines than this is a quote closed too late
MAX_CSV_BYTES = 64 * 1024 * 1024
_BLANK = " \t\r\n\u00a0"
_NAMES = {
    ";": N_("point-virgule"),
    ",": N_("virgule"),
    "\t": N_("tabulation"),
    "|": N_("barre verticale"),
}


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


def _records(
    lines: list[str], delimiter: str, progress: Progress | None = None
) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each record; lines counted from 0."""
    reader = csv.reader(iter(lines), delimiter=delimiter)
    out, start = [], 0
    for row in reader:
        out.append((start, reader.line_num - 1, row))
        start = reader.line_num
        if progress is not None and len(out) % PROGRESS_EVERY == 0:
            done, total = f"{len(out):,}", f"{len(lines):,}"
            progress(
                _("Lecture : {done} lignes sur environ {total}…").format(
                    done=done.replace(",", "\u202f"), total=total.replace(",", "\u202f")
                )
            )
    return out


def _split(lines: list[str], delimiter: str) -> list[list[str]]:
    """Each line a row of its own; a line with an odd number of quotes reads them literally."""
    rows = []
    for line in lines:
        quoting = csv.QUOTE_NONE if line.count('"') % 2 else csv.QUOTE_MINIMAL
        found = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter, quoting=quoting), [])
        rows.append(found)
    return rows


def _doubt(
    first: int, last: int, lines: list[str], delimiter: str, width: int, at_end: bool
) -> str:
    """Why the record spanning lines ``first``..``last`` is doubtful ('' when it is not)."""
    span = last - first + 1
    if span < 2 and not at_end:
        return ""
    if at_end and "".join(lines[first : last + 1]).count('"') % 2:
        if span == 1:
            return _("un guillemet ouvert sur cette ligne n'est jamais refermé.")
        return _(
            "un guillemet ouvert à la ligne {first} n'est jamais refermé : les "
            "{span} lignes jusqu'à la fin du fichier ont été relues une par une."
        ).format(first=first + 1, span=span)
    if span < 2:
        return ""
    like_rows = sum(1 for line in lines[first + 1 : last + 1] if line.count(delimiter) >= width - 1)
    if (width >= 2 and like_rows) or span > LONG_FIELD_LINES:
        return _(
            "un guillemet ouvert à la ligne {first} n'est refermé qu'à la ligne "
            "{last} : une seule cellule couvrait {span} lignes, qui ont été "
            "relues une par une."
        ).format(first=first + 1, last=last + 1, span=span)
    return ""


def parse_csv(
    text: str, hints: Collection[str] = (), progress: Progress | None = None, **info
) -> Table:
    """A table from CSV text (the separator sniffed unless ``delimiter`` is given).

    Quotes are checked (docs/known-traps.md#16: an unclosed quote makes the csv module read the rest
    of the file as one cell, without an error): a record whose quoted cell runs to the end of
    the file, or spans lines that look like rows of their own, or more than
    ``LONG_FIELD_LINES`` lines, is read again one line per row, and each of those rows carries
    a problem naming the line where the record started. Nothing is dropped or merged silently.
    """
    delimiter = info.pop("delimiter", "")
    numbers_offset = 0
    first, _newline, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]
        text, numbers_offset = rest, 1
    delimiter = delimiter or sniff_delimiter(text)
    lines = io.StringIO(text, newline="").readlines()
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # an unclosed quote makes one huge cell
    try:
        records = _records(lines, delimiter, progress)
    except csv.Error as exc:
        raise ImportFileError(
            _("Le fichier « {get} » n'est pas un CSV lisible ({exc}).").format(
                get=info.get("source", ""), exc=exc
            )
        ) from None
    finally:
        csv.field_size_limit(limit)
    widths = Counter(len(cells) for _, _, cells in records if len(cells) > 1)
    width = widths.most_common(1)[0][0] if widths else 1
    raw: list[list[str]] = []
    doubts: dict[int, tuple[int, str]] = {}
    last = len(records) - 1
    for index, (start, end, cells) in enumerate(records):
        reason = _doubt(start, end, lines, delimiter, width, index == last) if (
            end > start or index == last
        ) else ""  # fmt: skip
        if not reason:
            raw.append([cell.strip(_BLANK) for cell in cells])
            continue
        for row in _split(lines[start : end + 1], delimiter) if end > start else [cells]:
            doubts[len(raw)] = (start + 1 + numbers_offset, reason)
            raw.append([cell.strip(_BLANK) for cell in row])
    numbers = list(range(1 + numbers_offset, len(raw) + 1 + numbers_offset))
    table = build_table(raw, numbers, hints, doubts, delimiter=delimiter, **info)
    table.notes.insert(
        0,
        _("Séparateur : {delimiter} ; encodage : {encoding}.").format(
            delimiter=_(_NAMES[delimiter]), encoding=info.get("encoding") or _("texte")
        ),
    )
    return table


def read_csv(path: Path, hints: Collection[str] = (), progress: Progress | None = None) -> Table:
    size = path.stat().st_size if path.exists() else 0
    if size > MAX_CSV_BYTES:
        raise ImportFileError(
            _(
                "Le fichier « {name} » est trop volumineux pour être importé ({value} "
                "Mo, au plus {value2} Mo) : enregistrez-en seulement les lignes "
                "utiles, ou découpez-le en plusieurs fichiers."
            ).format(
                name=path.name, value=size // (1024 * 1024), value2=MAX_CSV_BYTES // (1024 * 1024)
            )
        )
    data = sniff.read_bytes(path)
    kind = sniff.kind_of(data)
    if kind not in ("text", "utf16"):
        raise ImportFileError(sniff.describe(kind, path.name, "csv"))
    text, encoding = sniff.decode_text(data)
    return parse_csv(text, hints, progress, source=path.name, encoding=encoding)
