"""Fusionner une copie sans ramener une personne effacée (RGPD art. 17).

A colleague's copy taken before an erasure still holds the person's name in its free text and
its journal; the merge imports both. The reverse too: the erased file merged into an older copy
must erase her there. So ``preview`` and ``merge`` wrap ``services.file.merge``:

- before planning, the people erased on one side only are read, with their names and
  coordinates from the side that still knows them (``between``);
- the planner compares journal values with those names replaced (``store.event_key``), so the
  rows an erasure rewrote are still the rows the other copy holds: no spurious change, no
  conflict on fields the erasure did not otherwise touch;
- at the end of the merge's one transaction (``inside``), the erasure's own replacement runs
  over the merged file (``erasure.blank_links`` and ``erasure.scrub``: free text, minutes
  snapshots, journal, then the index rebuilt), ``secure_delete`` on;
- then the file is rewritten (VACUUM) and its bytes counted; the backup made before the merge
  (and any other) still holding the name is listed in the report, as ``erase_person`` does.

The CLI ``merge`` command, the window's merge dialog and the share's merge call these instead
of ``services.file.merge`` (which may not import this layer).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from municipaless.core import domain
from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import N_, _
from municipaless.services.file import merge as file_merge
from municipaless.services.privacy import erasure
from municipaless.services.privacy.names import NameMatcher, count_in_file
from municipaless.storage import privacy_queries as q
from municipaless.storage import territory_file
from municipaless.storage.merge import store
from municipaless.storage.records import Records

if TYPE_CHECKING:
    from sqlite_utils import Database

    from municipaless.services.file.territory import Territory
    from municipaless.storage.merge.model import MergePlan, MergeReport, Side


@dataclass
class Erasures:
    """People erased in one copy and not the other, and how to find them (never printed)."""

    people: list[str]
    matcher: NameMatcher = field(repr=False)
    _seen: dict[str, str | None] = field(default_factory=dict, repr=False)

    def __bool__(self) -> bool:
        return bool(self.people)

    def __call__(self, value: str | None) -> str | None:
        """A journal value as the erasure leaves it (the planner's comparison)."""
        if not value:
            return value
        if value not in self._seen:
            redacted: str | None = self.matcher.redact_any(value)
            # a value that was only her e-mail or phone: the erasure blanks it (NULL) in some
            # places and replaces it in others; both compare as NULL
            self._seen[value] = None if redacted == self.matcher.placeholder else redacted
        return self._seen[value]


def between(territory: Territory, theirs_path: Path) -> Erasures:
    """Who is erased on one side only, named from the side that still knows them."""
    mine = territory.tdb
    with territory_file.open_to_read(Path(theirs_path)) as theirs:
        m_erased, t_erased = (store.erased_people(t.db.conn) for t in (mine, theirs))
        matcher = NameMatcher()
        for knows, ids in ((theirs, m_erased - t_erased), (mine, t_erased - m_erased)):
            records = Records(knows, "person", domain.Person)
            found = [records.get(i, include_deleted=True) for i in sorted(ids & _ids(knows))]
            _add(matcher, erasure.matcher_in(knows.db, found))
        return Erasures(sorted(m_erased ^ t_erased), matcher)


def _ids(tdb: territory_file.TerritoryDB) -> set[str]:
    return store.ids(tdb.db.conn, "person")


def _add(into: NameMatcher, other: NameMatcher) -> None:
    into.words |= other.words
    into.phrases += other.phrases
    into.literals |= other.literals
    into.spellings |= other.spellings


def preview(territory: Territory, theirs_path: Path, *, force: bool = False) -> MergePlan:
    """``services.file.merge.preview``, comparing journals as the erasure left them."""
    erasures = between(territory, theirs_path)
    plan = file_merge.preview(territory, theirs_path, force=force, redact=erasures or None)
    plan.redact = erasures  # kept for ``merge``, even empty: the other file is not read again
    if erasures:
        _hide(plan, erasures.matcher)
    return plan


def _hide(plan: MergePlan, matcher: NameMatcher) -> None:
    """What the dialog and the summary show (labels, values taken, conflicts) without the
    names: the merged file gets them replaced anyway, so the choices stay the same."""

    def hide(value: Any) -> Any:
        return matcher.redact_any(value) if isinstance(value, str) else value

    for a in plan.additions:
        a.label = hide(a.label)
    for u in plan.updates:
        u.label = hide(u.label)
        u.values = {name: hide(value) for name, value in u.values.items()}
        u.conflicts = [
            replace(
                c,
                label=hide(c.label),
                mine=hide(c.mine),
                theirs=hide(c.theirs),
                original=hide(c.original),
            )
            for c in u.conflicts
        ]


def merge(
    territory: Territory, plan: MergePlan, resolutions: dict[str, Side], **options: Any
) -> MergeReport:
    """``services.file.merge.merge`` (same options), then the erasures carried over: no byte
    of an erased person's name left in the merged file."""
    erasures = plan.redact if isinstance(plan.redact, Erasures) else None
    if erasures is None:  # a plan made without ``preview`` above: read the other side now
        erasures = between(territory, plan.theirs_path)
    if not erasures or plan.is_empty:
        return file_merge.merge(territory, plan, resolutions, **options)
    found = erasure.ErasureReport(erasures.people, territory.officer, utc_now_iso())
    found.needles = erasures.matcher.needles()
    found.bytes_before = erasure.count_bytes(territory, found.needles)
    w = q.Writer(territory.officer, territory.copy_id, found.at)

    def inside(db: Database, _report: MergeReport) -> None:
        for person_id in erasures.people:
            erasure.blank_links(db, person_id, w, found, journal=False)
            found.journal_rows += q.scrub_journal(db, "person", [person_id])
        erasure.scrub(db, erasures.matcher, w, found, journal=False)
        q.rebuild_search(db)

    with erasure.secure(territory):
        report = file_merge.merge(territory, plan, resolutions, inside=inside, **options)
        try:
            q.compact(territory.tdb.db.conn)
        except sqlite3.OperationalError:  # another connection still reading (busy)
            found.shared = _("Le fichier n'a pas pu être réécrit (il est lu par une autre tâche).")
    found.files = erasure.data_files(territory)
    found.bytes_after = erasure.count_bytes(territory, found.needles)
    found.holders = erasure.holders(territory, found.needles)
    backup = report.backup_path
    if backup is not None and backup not in {h.path for h in found.holders}:
        n = count_in_file(backup, found.needles)
        if n:
            found.holders.append(erasure.Holder(backup, "backup", n))
    report.notes += notes(found)
    return report


def notes(found: erasure.ErasureReport) -> list[str]:
    """What the report adds, in French (never the name itself)."""
    n = len(found.person_ids)
    carried = (
        N_(
            "Effacement RGPD reporté : {n} personne effacée dans l'une des deux copies le reste "
            "après la fusion ; {journal} valeur(s) de l'historique et {records} fiche(s) "
            "remplacées."
        )
        if n <= 1
        else N_(
            "Effacement RGPD reporté : {n} personnes effacées dans l'une des deux copies le "
            "reste après la fusion ; {journal} valeur(s) de l'historique et {records} "
            "fiche(s) remplacées."
        )
    )
    lines = [
        _(carried).format(n=n, journal=found.journal_rows, records=sum(found.records.values())),
        _("Occurrences du nom dans le fichier : {before} avant, {after} après.").format(
            before=found.bytes_before, after=found.bytes_after
        ),
    ]
    if found.shared:
        lines.append(found.shared)
    if found.holders:
        lines.append(
            _(
                "Ces sauvegardes contiennent encore ces données ({n}), dont "
                "celle faite avant la fusion (qui permet de l'annuler) :"
            ).format(n=len(found.holders))
        )
        lines += [f"- {h.label}" for h in found.holders]
    return lines
