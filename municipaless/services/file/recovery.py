"""« Récupérer ce qui peut l'être dans un nouveau fichier »: the use case around the recovery.

The storage module reads what it can; here the officer gets a suggested name beside the damaged
file, and a French report table by table (recovered, lost) with the names they know.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from municipaless.core.i18n import N_, _
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
            name = _("index de recherche") if table == "search_index" else _name(table)
            progress(_("Récupération : {name}…").format(name=name))

    return engine.recover(Path(damaged), Path(target), officer=officer, progress=say)


def _name(table: str) -> str:
    """The table's name as the officer knows it, in their language."""
    own = {"journal": N_("historique"), "meta": N_("réglages")}.get(table)
    return _(own) if own else TABLE_NAMES.get(table, table) or table


def _n(count: int, one: str, many: str) -> str:
    return _(one if count == 1 else many).format(n=count)


_LINES = (N_("{n} ligne"), N_("{n} lignes"))


def report_lines(report: RecoveryReport) -> list[str]:
    """What was recovered and lost, table by table, in French."""
    lines = [_("Nouveau fichier : {path}").format(path=report.target)]
    if report.complete:
        lines.append(
            _("Tout a pu être relu : {lines}.").format(lines=_n(report.recovered, *_LINES))
        )
    elif report.lost:
        lines.append(
            _("Récupéré : {recovered} ; perdu : au moins {lost}.").format(
                recovered=_n(report.recovered, *_LINES), lost=_n(report.lost, *_LINES)
            )
        )
    else:
        lines.append(
            _(
                "Récupéré : {recovered} ; des parties illisibles "
                "ont été perdues (leur nombre de lignes est inconnu)."
            ).format(recovered=_n(report.recovered, *_LINES))
        )
    for table in report.tables:
        name = _name(table.table)
        if table.complete and (table.table in QUIET or not table.recovered):
            continue
        if table.unreadable:
            lines.append(
                _("  {table} : illisible, {lost} perdue(s)").format(table=name, lost=table.lost)
                if table.lost
                else _("  {table} : illisible, pertes de nombre inconnu").format(table=name)
            )
        elif not table.complete:
            lines.append(
                _("  {table} : {recovered} récupérée(s), {lost} perdue(s)").format(
                    table=name, recovered=table.recovered, lost=table.lost
                )
                if table.lost
                else _("  {table} : {recovered} récupérée(s), pertes de nombre inconnu").format(
                    table=name, recovered=table.recovered
                )
            )
        else:
            lines.append(f"  {name} : {table.recovered}")
    if report.orphans:
        lines.append(
            _n(
                report.orphans,
                N_("{n} fiche renvoie à une fiche perdue (gardées telles quelles)."),
                N_("{n} fiches renvoient à une fiche perdue (gardées telles quelles)."),
            )
        )
    if report.integrity != "ok":
        lines.append(
            _("Attention : le nouveau fichier n'est pas sain ({integrity}).").format(
                integrity=report.integrity
            )
        )
    lines.append(_("Le fichier endommagé n'a pas été modifié."))
    return lines
