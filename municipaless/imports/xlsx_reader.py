"""XLSX workbooks, read with openpyxl in read-only mode (constant memory, fast).

Cells become the text the officer sees: whole numbers without ``.0``, decimals with a comma,
dates as ``dd/mm/yyyy``. A number formatted ``00000`` (Excel's "Code postal" format) is padded
back to its width, since that is what the sheet shows. The sheet shown on opening is read,
or the first one with data if it is empty.
"""

import zipfile
from collections.abc import Collection
from datetime import date, datetime, time
from pathlib import Path

from municipaless.imports import sniff
from municipaless.imports.errors import ImportFileError
from municipaless.imports.table import Table, build_table


def cell_text(value, number_format: str = "General") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return repr(value).replace(".", ",")
        text = str(int(value))
        fmt = (number_format or "").strip()
        if fmt and set(fmt) == {"0"} and len(fmt) > len(text):
            text = text.zfill(len(fmt))  # Excel's "00000" postcode format
        return text
    return str(value).strip(" \t\r\n\u00a0")


def _open_workbook(path: Path):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise ImportFileError(
            f"Le classeur « {path.name} » est endommagé (archive illisible) : ouvrez-le dans "
            "Excel ou LibreOffice et enregistrez-le à nouveau."
        ) from None
    except (KeyError, InvalidFileException, ValueError, OSError):
        raise ImportFileError(
            f"Le fichier « {path.name} » est une archive compressée mais pas un classeur Excel "
            "(.xlsx) : un document Word ou un classeur LibreOffice (.ods) ? Enregistrez-le au "
            "format .xlsx ou CSV."
        ) from None


def read_xlsx(path: Path, hints: Collection[str] = ()) -> Table:
    data = sniff.read_bytes(path)
    kind = sniff.kind_of(data)
    if kind != "zip":
        raise ImportFileError(sniff.describe(kind, path.name, "xlsx"))
    del data
    workbook = _open_workbook(path)
    try:
        active = workbook.active
        sheets = [active] if active in workbook.worksheets else []
        sheets += [s for s in workbook.worksheets if s is not active]
        for sheet in sheets:
            raw: list[list[str]] = []
            numbers: list[int] = []
            for number, row in enumerate(sheet.iter_rows(), start=1):
                cells = [cell_text(c.value, getattr(c, "number_format", "")) for c in row]
                while cells and not cells[-1]:
                    cells.pop()
                raw.append(cells)
                real = next((c.row for c in row if getattr(c, "row", None)), None)
                numbers.append(real or number)
            if any(raw):
                return build_table(raw, numbers, hints, source=path.name, sheet=sheet.title)
    finally:
        workbook.close()
    raise ImportFileError(f"Le classeur « {path.name} » ne contient aucune donnée.")
