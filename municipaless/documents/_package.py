"""A zip package (docx, odt) whose main part gets its big tables' rows as ready-made text.

The writers put a marker where a long table's rows go and keep the rows as XML text: parsing
13,000 rows into the library's tree and serialising them again was most of the time and memory
of the nominative annex. ``save_spliced`` saves the package, then streams the main part back
out with each marker replaced by its rows.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path


def save_spliced(
    save: Callable[[io.BytesIO], object],
    path: Path,
    member: str,
    marker: re.Pattern[str],
    pending: Sequence[Sequence[str]],
) -> None:
    """``save`` writes the package; ``marker``'s one group is an index into ``pending``."""
    buffer = io.BytesIO()
    save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            if item.filename != member:
                dst.writestr(item, src.read(item.filename))
                continue
            pieces = marker.split(src.read(item.filename).decode("utf-8"))
            with dst.open(item, "w") as fh:
                for n, piece in enumerate(pieces):
                    if n % 2 == 0:
                        fh.write(piece.encode("utf-8"))
                    else:
                        for row in pending[int(piece)]:
                            fh.write(row.encode("utf-8"))
