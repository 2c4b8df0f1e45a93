"""Merging two duplicate fiches of the annuaire (two structures or two people), and undoing it.

A merge, in one transaction after a backup: every link to the removed record (affiliations,
offers, orientations, funding requests, case-log participants, attendance, action owners,
project holders, tags) is re-pointed to the kept one through ``Records`` — so each move is in
the journal like any edit — the chosen values are copied into the kept record, the removed one
is soft-deleted (its own journal stays under its id, listed by :func:`merged_into`), and a
``record_merge`` row says exactly which links moved and which values were replaced.

Undo puts back exactly that: the moved links, the replaced values, the removed record. It
refuses (French message) when something changed since in a way it would silently undo: a moved
link pointed elsewhere, a copied field edited again, the removed record touched, or a later
merge built on this one.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from municipaless.core.domain import Record, RecordMerge
from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import N_, _
from municipaless.storage import record_merge_store as store
from municipaless.storage.errors import ReadOnlyError, StorageError

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory
    from municipaless.storage.records import Records

MERGEABLE = ("organisation", "person")
# Never copied from one record to the other.
_NOT_COPIED = {"erased_at"}
_LINK_NAMES = {  # link table -> (singular, plural)
    "affiliation": (N_("affiliation"), N_("affiliations")),
    "service_offer": (N_("offre de service"), N_("offres de service")),
    "referral": (N_("orientation"), N_("orientations")),
    "funding_request": (N_("demande de financement"), N_("demandes de financement")),
    "case_event_participant": (N_("participation au suivi"), N_("participations au suivi")),
    "attendance": (N_("présence en réunion"), N_("présences en réunion")),
    "action_item": (N_("action"), N_("actions")),
    "project_holder": (N_("projet porté"), N_("projets portés")),
    "tagging": (N_("étiquette"), N_("étiquettes")),
}


class MergeRefused(StorageError):
    """The merge or its undo cannot be done safely; ``message`` says why, in French."""


@dataclass(frozen=True)
class MergePreview:
    """What a merge would do, for the confirmation dialog."""

    table: str
    kept: Any
    removed: Any
    links: dict[str, int]  # link table -> rows that would move
    differences: list[tuple[str, Any, Any]]  # (field, kept value, removed value)
    proposed: dict[str, Any]  # the default values the kept record would take


def _empty(value: Any) -> bool:
    return value in (None, "", (), [], {})


def _writable(territory: "Territory") -> None:
    if territory.read_only:
        reason = territory.read_only_reason
        raise ReadOnlyError(
            _(
                "Ce fichier est ouvert en lecture seule : les fiches ne peuvent pas être "
                "fusionnées ({reason})."
            ).format(reason=reason)
            if reason
            else _(
                "Ce fichier est ouvert en lecture seule : les fiches ne peuvent pas être "
                "fusionnées."
            )
        )


def _check_pair(
    territory: "Territory", table: str, kept_id: str, removed_id: str
) -> tuple[Record, Record]:
    if table not in MERGEABLE:
        raise ValueError(f"records of {table} cannot be merged")
    if kept_id == removed_id:
        raise MergeRefused(_("Une fiche ne peut pas être fusionnée avec elle-même."))
    records = territory.records[table]
    kept, removed = records.get(kept_id), records.get(removed_id)
    if table == "person" and (kept.erased_at or removed.erased_at):
        raise MergeRefused(
            _("Une des deux fiches a été effacée (RGPD) : elle ne peut pas être fusionnée.")
        )
    return kept, removed


def proposed_values(table: str, kept: Any, removed: Any) -> dict[str, Any]:
    """Default choice: keep every value of the kept record, fill its empty fields from the
    removed one, and join multi-valued fields (sectors, territory)."""
    values: dict[str, Any] = {}
    for name in type(kept).content_fields():
        if name in _NOT_COPIED:
            continue
        mine, theirs = getattr(kept, name), getattr(removed, name)
        if isinstance(mine, tuple) and theirs:
            joined = tuple(dict.fromkeys((*mine, *theirs)))
            if joined != mine:
                values[name] = joined
        elif _empty(mine) and not _empty(theirs):
            values[name] = theirs
    return values


def preview(territory: "Territory", table: str, kept_id: str, removed_id: str) -> MergePreview:
    """The links that would move and the fields that differ, without writing anything."""
    kept, removed = _check_pair(territory, table, kept_id, removed_id)
    counts: dict[str, int] = {}
    for link in store.links_to(territory.tdb.db, table, removed_id):
        if not link.deleted:
            counts[link.table] = counts.get(link.table, 0) + 1
    differences = [
        (name, getattr(kept, name), getattr(removed, name))
        for name in type(kept).content_fields()
        if name not in _NOT_COPIED and getattr(kept, name) != getattr(removed, name)
    ]
    return MergePreview(
        table, kept, removed, counts, differences, proposed_values(table, kept, removed)
    )


def link_summary(links: dict[str, int]) -> str:
    """« 3 affiliations, 1 orientation » for the dialog."""
    parts = []
    for table, n in links.items():
        singular, plural = _LINK_NAMES.get(table, (table, table))
        parts.append(f"{n} {_(singular if n == 1 else plural)}")
    return ", ".join(parts) or _("aucun lien")


def merge(
    territory: "Territory",
    table: str,
    kept_id: str,
    removed_id: str,
    *,
    values: dict[str, Any] | None = None,
    backup: bool = True,
    backup_base: Path | None = None,
) -> RecordMerge:
    """Merge ``removed_id`` into ``kept_id``; ``values`` are the fields the kept record takes
    (default :func:`proposed_values`). Returns the ``record_merge`` row (its id undoes it)."""
    _writable(territory)
    kept, removed = _check_pair(territory, table, kept_id, removed_id)
    chosen = proposed_values(table, kept, removed) if values is None else dict(values)
    unknown = set(chosen) - set(type(kept).content_fields()) | (set(chosen) & _NOT_COPIED)
    if unknown:
        raise ValueError(f"cannot set {sorted(unknown)} on {table}")
    if backup:
        from municipaless.services.file import backups

        backups.before(territory, "merge", base=backup_base)
    db = territory.tdb.db
    with territory.tdb.write():
        kept_tags = store.tag_ids_of(db, table, kept_id)
        moved: list[list[str]] = []
        for link in store.links_to(db, table, removed_id):
            records = territory.records[link.table]
            if link.table == "tagging" and not link.deleted:
                tagging = records.get(link.row_id)
                if tagging.tag_id in kept_tags:  # the kept record carries that tag already
                    records.delete(link.row_id, link.rev)
                    moved.append([link.table, link.row_id, link.column, "deleted"])
                    continue
            records.update(link.row_id, link.rev, **{link.column: kept_id})
            moved.append([link.table, link.row_id, link.column])
        old = {name: getattr(kept, name) for name in chosen}
        changed = {k: v for k, v in chosen.items() if v != old[k]}
        if changed:
            kept = territory.records[table].update(kept_id, kept.rev, **changed)
        territory.records[table].delete(removed_id, removed.rev)
        fields = {k: list(v) if isinstance(v, tuple) else v for k, v in old.items() if k in changed}
        merges: Records[RecordMerge] = territory.records["record_merge"]
        return merges.insert(
            RecordMerge(
                table_name=table,
                kept_id=kept_id,
                removed_id=removed_id,
                moved=tuple(moved),
                fields=fields,
            )
        )


def undo_merge(territory: "Territory", merge_id: str) -> RecordMerge:
    """Put back what the merge changed, or refuse (MergeRefused) when that is no longer safe."""
    _writable(territory)
    merges: Records[RecordMerge] = territory.records["record_merge"]
    m = merges.get(merge_id)
    if m.undone_at:
        raise MergeRefused(_("Cette fusion a déjà été annulée."))
    db = territory.tdb.db
    table = m.table_name
    seq = store.creation_seq(db, m.id)
    records = territory.records[table]
    with territory.tdb.write():
        if store.later_merges(db, table, [m.kept_id, m.removed_id], seq):
            raise MergeRefused(
                _("Une fusion plus récente porte sur cette fiche : annulez-la d'abord.")
            )
        kept = records.get(m.kept_id, include_deleted=True)
        if kept.deleted_at:
            raise MergeRefused(
                _(
                    "La fiche conservée a été supprimée depuis la fusion : restaurez-la "
                    "d'abord depuis la corbeille."
                )
            )
        removed = records.get(m.removed_id, include_deleted=True)
        if not removed.deleted_at or store.changed_fields_since(db, table, m.removed_id, seq):
            raise MergeRefused(
                _(
                    "La fiche fusionnée a été restaurée ou modifiée depuis la fusion : "
                    "l'annulation la remettrait dans un état inattendu."
                )
            )
        edited = store.changed_fields_since(db, table, m.kept_id, seq) & set(m.fields)
        if edited:
            raise MergeRefused(
                _(
                    "Des champs repris lors de la fusion ont été modifiés depuis ({join}) "
                    ": annuler la fusion effacerait ces modifications."
                ).format(join=", ".join(sorted(edited)))
            )
        moves = []
        for entry in m.moved:
            link_table, row_id, column = entry[:3]
            value, rev = store.column_value(db, link_table, row_id, column)
            deleted = len(entry) > 3 and entry[3] == "deleted"
            if not deleted and value != m.kept_id:
                what = _(_LINK_NAMES.get(link_table, (link_table,))[0])
                raise MergeRefused(
                    _(
                        "Un lien déplacé par la fusion ({what}) a été modifié depuis : "
                        "l'annulation n'est plus sûre."
                    ).format(what=what)
                )
            moves.append((link_table, row_id, column, rev, deleted))
        for link_table, row_id, column, rev, deleted in moves:
            if deleted:
                territory.records[link_table].restore(row_id)
            else:
                territory.records[link_table].update(row_id, rev, **{column: m.removed_id})
        if m.fields:
            restored = {k: tuple(v) if isinstance(v, list) else v for k, v in m.fields.items()}
            records.update(m.kept_id, kept.rev, **restored)
        records.restore(m.removed_id)
        return merges.update(m.id, m.rev, undone_at=utc_now_iso())


def merged_into(territory: "Territory", table: str, kept_id: str) -> list[RecordMerge]:
    """The merges (not undone) that folded other records into this one, newest first: the
    history view shows their journals too, and offers « Annuler la fusion »."""
    merges: Records[RecordMerge] = territory.records["record_merge"]
    return [merges.get(i) for i in store.merges_of(territory.tdb.db, table, kept_id)]


def merge_pairs(
    territory: "Territory",
    table: str,
    pairs: Sequence[tuple[str, str]],
    *,
    backup_base: Path | None = None,
) -> list[RecordMerge]:
    """Several merges after a single backup (the review's « fusionner la sélection »)."""
    from municipaless.services.file import backups

    backups.before(territory, "merge", base=backup_base)
    with territory.tdb.write():
        return [merge(territory, table, k, r, backup=False) for k, r in pairs]
