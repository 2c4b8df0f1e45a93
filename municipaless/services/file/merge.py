"""Fusionner la copie d'un collègue: dry run, backup, merge in one transaction, report.

The engine (storage/merge/planner.py) decides field by field; this use case adds what the officer
needs around it: a backup before anything is written (undo = restore it), French summaries
for the CLI and the dialog, and refusal messages that say nothing was changed.
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.core.i18n import N_, Shown, _
from municipaless.storage.errors import ConflictError, ReadOnlyError
from municipaless.storage.merge import planner as engine
from municipaless.storage.merge.model import MergePlan, MergeReport, Side

if TYPE_CHECKING:
    from sqlite_utils import Database

    from municipaless.services.file.territory import Territory
    from municipaless.storage.merge.store import Redact

MergeFailed = engine.MergeFailed


class OtherTerritory(MergeFailed):
    """THEIRS shares no record with MINE: another territory, or a file created apart.

    Merging it would pour thousands of foreign records (and a second set of enjeux) into the
    officer's file; refused unless asked for explicitly (``force=True``, CLI ``--force``)."""

    def __init__(self, theirs_path: Path):
        super().__init__(
            _(
                "« {name} » n'est pas une copie de ce territoire : les deux "
                "fichiers n'ont aucune fiche en commun (créés séparément, ou territoires "
                "différents). La fusion est refusée ; rien n'a été modifié. Si vous voulez "
                "vraiment réunir deux territoires, relancez la fusion en la forçant."
            ).format(name=Path(theirs_path).name)
        )


TABLE_NAMES = Shown(
    {
        "vocabulary": N_("vocabulaire"),
        "tag": N_("étiquettes"),
        "tagging": N_("étiquetages"),
        "challenge": N_("enjeux"),
        "organisation": N_("structures"),
        "service_offer": N_("offres de service"),
        "person": N_("personnes"),
        "affiliation": N_("rattachements"),
        "project": N_("projets"),
        "project_holder": N_("porteurs"),
        "case_event": N_("entrées du suivi"),
        "case_event_participant": N_("participants"),
        "referral": N_("orientations"),
        "funding_request": N_("demandes de financement"),
        "follow_up": N_("relances"),
        "meeting_series": N_("instances"),
        "meeting": N_("réunions"),
        "meeting_project": N_("projets des réunions"),
        "attendance": N_("présences"),
        "agenda_item": N_("points d'ordre du jour"),
        "decision": N_("décisions"),
        "action_item": N_("actions"),
    }
)


def preview(
    territory: "Territory",
    theirs_path: Path,
    *,
    force: bool = False,
    redact: "Redact | None" = None,
) -> MergePlan:
    """The dry run: nothing is written, neither here nor in the colleague's file.

    Raises OtherTerritory when THEIRS is not a copy of this territory, unless ``force``.
    ``redact``: journal values compared with an erased person's name replaced
    (``services.privacy.merge_erasure`` passes it)."""
    plan = engine.plan(territory.tdb, Path(theirs_path), redact)
    if not plan.common_history and not force:
        raise OtherTerritory(theirs_path)
    return plan


def resolutions_for(plan: MergePlan, prefer: Side) -> dict[str, Side]:
    """The same choice for every conflict (CLI --prefer, the dialog's default)."""
    return {conflict.key: prefer for conflict in plan.conflicts}


def merge(
    territory: "Territory",
    plan: MergePlan,
    resolutions: dict[str, Side],
    *,
    backup_base: Path | None = None,
    progress: Callable[[str], None] | None = None,
    force: bool = False,
    inside: "Callable[[Database, MergeReport], None] | None" = None,
) -> MergeReport:
    """Back up, then apply ``plan``; undo is restoring ``report.backup_path``.

    ``progress`` hears each step (the window's worker shows them). A plan of another
    territory is refused (OtherTerritory) unless ``force``. ``inside`` runs at the end of the
    merge's transaction (services.privacy.merge_erasure: erasures carried over)."""
    say = progress or (lambda _text: None)
    if territory.read_only:
        raise ReadOnlyError(
            _(
                "Ce fichier est ouvert en lecture seule : la copie du collègue n'a pas "
                "été fusionnée."
            )
        )
    if not plan.common_history and not force and not plan.is_empty:
        raise OtherTerritory(plan.theirs_path)
    if plan.is_empty:
        return engine.apply(territory.tdb, plan, resolutions)
    say("Sauvegarde avant la fusion…")
    backup_path = _backup(territory, backup_base)
    say("Fusion…")
    try:
        report = engine.apply(territory.tdb, plan, resolutions, inside)
    except ConflictError as exc:
        raise MergeFailed(
            _(
                "Le fichier a été modifié depuis l'aperçu de la fusion : relancez la "
                "fusion. Rien n'a été modifié."
            )
        ) from exc
    except sqlite3.Error as exc:
        raise MergeFailed(
            _(
                "La fusion a échoué ({exc}) et a été entièrement annulée : rien n'a été modifié."
            ).format(exc=exc)
        ) from exc
    report.backup_path = backup_path
    return report


def _backup(territory: "Territory", base: Path | None) -> Path:
    from municipaless.services.file import backups

    return backups.before(territory, "merge", base=base).path


# French summaries -------------------------------------------------------------------------
def _n(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (messages holding ``{n}``), in the officer's language."""
    return _(one if count == 1 else many).format(n=count)


_RECORDS = (N_("{n} fiche"), N_("{n} fiches"))
_FIELDS = (N_("{n} champ"), N_("{n} champs"))


def summary_lines(plan: MergePlan) -> list[str]:
    """What the merge would do, in French: à ajouter, à modifier, à supprimer, en conflit."""
    changes = plan.changed_records
    lines = [
        _("Copie du collègue : {name}").format(name=plan.theirs_path.name),
        _("À ajouter : {records}").format(records=_n(len(plan.additions), *_RECORDS)),
        _("À modifier : {records} ({fields} repris de sa copie)").format(
            records=_n(len(changes), *_RECORDS), fields=_n(len(plan.changes), *_FIELDS)
        ),
        _("À supprimer : {records}").format(records=_n(len(plan.deletions), *_RECORDS)),
    ]
    if plan.restorations:
        lines.append(
            _("À restaurer : {records}").format(records=_n(len(plan.restorations), *_RECORDS))
        )
    lines.append(_("En conflit : {fields}").format(fields=_n(len(plan.conflicts), *_FIELDS)))
    for table, counts in plan.counts().items():
        parts = [
            f"{label} {counts[key]}"
            for key, label in (
                ("additions", "+"),
                ("changes", "~"),
                ("deletions", "−"),
                ("restorations", "↺"),
                ("conflicts", _("conflits")),
            )
            if counts.get(key)
        ]
        lines.append(f"  {TABLE_NAMES.get(table, table)} : {', '.join(parts)}")
    if not plan.common_history:
        lines.append(
            _(
                "Attention : ces deux fichiers n'ont aucune fiche en commun ; ce n'est sans "
                "doute pas une copie du même territoire."
            )
        )
    lines += [_("Non repris : {note}").format(note=note) for note in plan.skipped]
    if plan.is_empty:
        lines.append(_("Rien à fusionner : cette copie est déjà intégrée."))
    return lines


def report_text(report: MergeReport) -> str:
    if report.nothing_to_do:
        return _("Rien à fusionner : cette copie était déjà intégrée. Le fichier n'a pas changé.")
    lines = [
        _("Fusion terminée."),
        _("Ajoutées : {records}").format(records=_n(report.additions, *_RECORDS)),
        _("Modifiées : {records} ({fields})").format(
            records=_n(report.changes, *_RECORDS), fields=_n(report.fields, *_FIELDS)
        ),
        _("Supprimées : {records}").format(records=_n(report.deletions, *_RECORDS)),
    ]
    if report.restorations:
        lines.append(_("Restaurées : {records}").format(records=_n(report.restorations, *_RECORDS)))
    lines.append(_("Conflits tranchés : {count}").format(count=report.conflicts))
    lines += [_("Non repris : {note}").format(note=note) for note in report.skipped]
    lines += report.notes
    if report.backup_path is not None:
        lines.append(
            _("Pour annuler, restaurez la sauvegarde faite juste avant la fusion : {path}").format(
                path=report.backup_path
            )
        )
    return "\n".join(lines)
