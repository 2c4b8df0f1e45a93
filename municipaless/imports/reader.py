"""Which reader a table file needs, decided from its bytes rather than its name.

Above the readers (csv_reader, xlsx_reader), which build a :class:`~.table.Table` below them:
``read_table`` is the one entry point. Names lie (a workbook saved as ``.csv``, a text export
named ``.xlsx``): the content decides the reader, and a note tells the officer what the file
really was. A file no reader knows gets one French sentence (:class:`~.errors.ImportFileError`).
"""

from collections.abc import Collection
from pathlib import Path

from municipaless.core.i18n import N_, _
from municipaless.imports import sniff
from municipaless.imports.csv_reader import read_csv
from municipaless.imports.errors import ImportFileError
from municipaless.imports.table import Progress, Table
from municipaless.imports.xlsx_reader import read_xlsx

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TABLE_SUFFIXES = CSV_SUFFIXES + XLSX_SUFFIXES
HEAD_BYTES = 8192


def _head(path: Path) -> bytes:
    return sniff.read_bytes(path, HEAD_BYTES)


def read_table(
    path: Path | str, hints: Collection[str] = (), progress: Progress | None = None
) -> Table:
    """Read a CSV or an XLSX workbook, whichever the bytes say it is; raise ImportFileError
    with one French sentence when it is neither."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES and suffix:
        raise ImportFileError(
            _(
                "Le fichier « {name} » n'est pas un format importable : choisissez un "
                "fichier CSV (.csv), un classeur (.xlsx, .xls, .ods) ou des contacts "
                "vCard (.vcf)."
            ).format(name=path.name)
        )
    kind = sniff.kind_of(_head(path))
    expected = "xlsx" if suffix in XLSX_SUFFIXES else "csv"
    if kind in ("zip", "ole2"):
        table = read_xlsx(path, hints, progress)
        if expected != "xlsx":
            table.notes.insert(
                0,
                _renamed(
                    path.name,
                    N_(
                        "Le fichier « {name} » a été lu comme un classeur Excel ou LibreOffice, "
                        "ce qu'il est malgré son extension."
                    ),
                ),
            )
        return table
    if kind in ("text", "utf16"):
        table = read_csv(path, hints, progress)
        if expected != "csv":
            table.notes.insert(
                0,
                _renamed(
                    path.name,
                    N_(
                        "Le fichier « {name} » a été lu comme un fichier texte (CSV), ce qu'il "
                        "est malgré son extension."
                    ),
                ),
            )
        return table
    raise ImportFileError(sniff.describe(kind, path.name, expected))


def _renamed(name: str, message: str) -> str:
    return _(message).format(name=name)
