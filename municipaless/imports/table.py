"""A table read from a CSV or XLSX file: headers, rows of text, and where each row was.

Every cell is text, trimmed: the mapping and the checks of the services decide what it means.
Row numbers are those the officer sees in the spreadsheet (1 = first row of the file), so a
problem "ligne 12" is found at row 12 in Excel, title rows and blank rows included.

The header row is found rather than assumed: exports often carry a title, a date or a blank
line above it. It is the first row nearly as wide as the table whose cells are all labels, not
numbers or dates; header words the caller knows ("nom", "code postal"…) settle doubtful cases.
"""

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from statistics import median_low

from municipaless.core.i18n import _
from municipaless.core.text import fold
from municipaless.imports.errors import ImportFileError

# A reader calls it now and then with a French line ("Lecture : 5 000 lignes…"); it may raise
# to stop the reading (the wizard's Cancel).
Progress = Callable[[str], None]
PROGRESS_EVERY = 5_000  # rows between two calls
SCAN_ROWS = 30  # a header further down than this is not a header
_NUMBER_OR_DATE = re.compile(r"^[\s\d.,/:+\-€%()]+$")


@dataclass(frozen=True)
class ReadProblem:
    """A row the reader is not sure of: it is shown in the dry run and imported only when the
    officer chooses to. ``line`` is the line of the file where the doubtful record started."""

    row: int  # the row number (as in ``row_numbers``) it concerns
    line: int
    message: str  # French


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]  # data rows, each as long as ``headers``
    row_numbers: list[int]  # the spreadsheet row number of each data row
    header_row: int  # spreadsheet row number of the header (0: none found)
    source: str = ""  # file name
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet: str = ""  # XLSX only
    notes: list[str] = field(default_factory=list)  # what the reader decided, in French
    problems: list[ReadProblem] = field(default_factory=list)  # rows the reader doubts

    def __len__(self) -> int:
        return len(self.rows)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how the officer names a column in a spreadsheet."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _is_label(cell: str) -> bool:
    return bool(cell) and not _NUMBER_OR_DATE.match(cell)


def find_header(rows: list[list[str]], hints: Collection[str] = ()) -> int:
    """Index in ``rows`` of the header row (the first non-empty row if nothing looks like one).

    ``hints`` are folded header words; a row with two of them among its cells wins at once.
    """
    scan = rows[:SCAN_ROWS]
    widths = [sum(1 for c in row if c) for row in scan]
    if not any(widths):
        return 0
    if hints:
        for index, row in enumerate(scan):
            if sum(1 for c in row if c and fold(c) in hints) >= 2:
                return index
    wide = max(widths)
    needed = max(2, -(-wide * 6 // 10)) if wide >= 2 else 1
    candidates = [
        i
        for i, row in enumerate(scan)
        if widths[i] >= needed and all(_is_label(c) for c in row if c)
    ]
    for index in candidates:  # as wide as the rows under it: a title or legend is narrower
        below = [w for w in widths[index + 1 : index + 11] if w]
        if not below or widths[index] >= median_low(below):
            return index
    if candidates:
        return candidates[0]
    return next(i for i, w in enumerate(widths) if w)


def _used_width(header: list[str], data: list[list[str]]) -> int:
    """Columns up to the last one with a header or a value: Excel's ``;;;`` at line ends and
    formatted-but-empty columns of a workbook are dropped."""
    width = max(len(header), max(map(len, data), default=0))
    while width:
        last = width - 1
        if (last < len(header) and header[last]) or any(
            last < len(row) and row[last] for row in data
        ):
            break
        width -= 1
    return width


def build_table(
    raw: list[list[str]],
    numbers: list[int],
    hints: Collection[str] = (),
    doubts: dict[int, tuple[int, str]] | None = None,
    **info,
) -> Table:
    """Split raw rows into header and data; name untitled columns by their letter.

    ``doubts`` maps an index of ``raw`` to (line of the file, French reason): those rows become
    :class:`ReadProblem` entries of the table."""
    if not any(any(row) for row in raw):
        raise ImportFileError(
            _(
                "Le fichier « {get} » ne contient aucune donnée : toutes ses lignes sont vides."
            ).format(get=info.get("source", ""))
        )
    at = find_header(raw, hints)
    header = raw[at]
    kept = [i for i in range(at + 1, len(raw)) if any(raw[i])]
    width = _used_width(header, [raw[i] for i in kept])
    headers: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        name = header[index] if index < len(header) else ""
        name = name or f"Colonne {column_letter(index)}"
        key = fold(name)
        seen[key] = seen.get(key, 0) + 1
        headers.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    rows = [
        row if len(row) == width else (row + [""] * width)[:width]
        for row in map(raw.__getitem__, kept)
    ]
    table = Table(
        headers=headers,
        rows=rows,
        row_numbers=[numbers[i] for i in kept],
        header_row=numbers[at],
        **info,
    )
    for index, (line, message) in sorted((doubts or {}).items()):
        if index > at and any(raw[index]):
            table.problems.append(ReadProblem(numbers[index], line, message))
        elif index == at:
            table.notes.append(
                _("Attention, l'en-tête lui-même est douteux : {reason}").format(reason=message)
            )
    if at:
        table.notes.append(
            _(
                "L'en-tête a été trouvé à la ligne {line} (les lignes au-dessus sont ignorées)."
            ).format(line=numbers[at])
        )
    return table
