"""« Récupérer ce qui peut l'être dans un nouveau fichier »: the use case around the recovery.

The storage module reads what it can; here the officer gets a suggested name beside the damaged
file, and a French report table by table (recovered, lost) with the names they know.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from municipaless.services.file.merge import TABLE_NAMES
from municipaless.storage import recovery as engine
from municipaless.storage.recovery import RecoveryReport

# Tables not worth a line in the report (bookkeeping the officer never sees by name).
QUIET = {"meta", "journal", "record_merge", "minutes_version", "tagging"}


def suggested_path(damaged: Path) -> Path:
    damaged = Path(damaged)
    stamp = datetime.now().strftime("%Y-%m-%d")
    return damaged.with_name(f"{damaged.stem} (récupéré {stamp}){damaged.suffix}")


def recover(
    damaged: Path,
    target: Path,
    officer: str = "",
    progress: Callable[[str], None] | None = None,
) -> RecoveryReport:
    """Copy what can still be read from ``damaged`` into a new file at ``target``."""

    def say(table: str) -> None:
        if progress is not None:
            name = "index de recherche" if table == "search_index" else _name(table)
            progress(f"Récupération : {name}…")

    return engine.recover(Path(damaged), Path(target), officer=officer, progress=say)


def _name(table: str) -> str:
    return {"journal": "historique", "meta": "réglages"}.get(table, TABLE_NAMES.get(table, table))


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def report_lines(report: RecoveryReport) -> list[str]:
    """What was recovered and lost, table by table, in French."""
    lines = [f"Nouveau fichier : {report.target}"]
    if report.complete:
        lines.append(f"Tout a pu être relu : {_n(report.recovered, 'ligne', 'lignes')}.")
    elif report.lost:
        lines.append(
            f"Récupéré : {_n(report.recovered, 'ligne', 'lignes')} ; "
            f"perdu : au moins {_n(report.lost, 'ligne', 'lignes')}."
        )
    else:
        lines.append(
            f"Récupéré : {_n(report.recovered, 'ligne', 'lignes')} ; des parties illisibles "
            "ont été perdues (leur nombre de lignes est inconnu)."
        )
    for table in report.tables:
        name = _name(table.table)
        if table.complete and (table.table in QUIET or not table.recovered):
            continue
        lost = f"{table.lost} perdue(s)" if table.lost else "pertes de nombre inconnu"
        if table.unreadable:
            lines.append(f"  {name} : illisible, {lost}")
        elif not table.complete:
            lines.append(f"  {name} : {table.recovered} récupérée(s), {lost}")
        else:
            lines.append(f"  {name} : {table.recovered}")
    if report.orphans:
        lines.append(
            f"{_n(report.orphans, 'fiche renvoie', 'fiches renvoient')} à une fiche perdue "
            "(gardées telles quelles)."
        )
    if report.integrity != "ok":
        lines.append(f"Attention : le nouveau fichier n'est pas sain ({report.integrity}).")
    lines.append("Le fichier endommagé n'a pas été modifié.")
    return lines
