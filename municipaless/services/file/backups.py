"""Automatic, rotating, verified backups of a territory, and restoring one.

Backups live in the user's data folder (never beside the shared file, where a colleague could
take them for the real one), one subfolder per territory named from its stem and copy_id so a
renamed file keeps its history. Each backup is a snapshot made with SQLite's backup API and
checked (integrity_check, or quick_check for the routine ones: see QUICK_VERIFY), plus a small
JSON note (when, why, counts) so the list is
instant. Rotation keeps the most recent, then one per day, week and month, and always the
latest backup made before each risky operation (merge, import, purge…) so it can be undone.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from municipaless.core.i18n import N_, _
from municipaless.services.file import identity
from municipaless.services.file.places import data_dir
from municipaless.storage import backup as storage_backup

if TYPE_CHECKING:
    from municipaless.storage.territory_file import TerritoryDB


class Territory(Protocol):
    """What a backup needs of the open territory. ``services.file.territory.Territory`` is
    the one implementation; naming it here would close an import circle (closing a territory
    backs it up)."""

    @property
    def path(self) -> Path: ...
    @property
    def copy_id(self) -> str: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def tdb(self) -> "TerritoryDB": ...
    def counts(self) -> dict[str, int]: ...
    def change_marker(self) -> str: ...
    def meta(self, keys: list[str]) -> dict[str, str]: ...
    def restore_from(self, backup_file: Path) -> None: ...


SUFFIX = ".municipaless"

# Rotation limits; a file may carry its own in meta (backup_keep_recent, …).
LIMITS = {"recent": 10, "daily": 7, "weekly": 5, "monthly": 12}
OPEN_BACKUP_AFTER = timedelta(days=1)

REASONS = {
    "open": N_("à l'ouverture"),
    "close": N_("à la fermeture"),
    "manual": N_("à la demande"),
    "migration": N_("avant mise à jour"),
    "import": N_("avant import"),
    "merge": N_("avant fusion"),
    "purge": N_("avant purge"),
    "restore": N_("avant restauration"),
}
ROUTINE = {"open", "close", "manual"}
# integrity_check reads a 440 MB file in ~16 s, quick_check in ~2 s. A backup-API copy is the
# source's pages byte for byte, so the index-against-table cross-check integrity_check adds
# finds nothing quick_check would not in a copy of a file checked at opening: the routine
# backups of opening and closing use quick_check, every backup before a risky operation (and
# a manual one) the full integrity_check.
QUICK_VERIFY = {"open", "close"}


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    at: datetime
    reason: str
    counts: dict[str, int]
    source: str = ""
    copy_id: str = ""

    @property
    def reason_label(self) -> str:
        """Why it was made, in the officer's language (translated when shown)."""
        return _(REASONS.get(self.reason, self.reason))


def root() -> Path:
    return data_dir() / "sauvegardes"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40] or "territoire"


def folder_for(path: Path, copy_id: str, base: Path | None = None) -> Path:
    """The file's own folder: its name for the officer, its copy_id, and a key of its real
    path and copy_id (``identity``), so two copies with one name and copy_id in different
    folders never share backups, and every spelling of one path finds the same folder."""
    suffix = f"-{copy_id[:8]}" if copy_id else ""
    key = identity.FileIdentity.of(path, copy_id).key
    return (base or root()) / f"{_slug(Path(path).stem)}{suffix}-{key}"


def _legacy_folder(path: Path, copy_id: str, base: Path | None = None) -> Path:
    """Where backups went before folders carried the file's identity (name and copy_id)."""
    suffix = f"-{copy_id[:8]}" if copy_id else ""
    return (base or root()) / f"{_slug(Path(path).stem)}{suffix}"


def territory_folder(territory: "Territory", base: Path | None = None) -> Path:
    return folder_for(_source(territory), territory.copy_id, base)


def _source(territory: "Territory") -> Path:
    """The file the officer knows: for a working copy, the shared file it stands for."""
    copy = getattr(territory, "working_copy", None)
    return Path(copy.shared if copy is not None else territory.path)


# making ------------------------------------------------------------------------------------
def make(
    territory: "Territory", reason: str, *, now: datetime | None = None, base: Path | None = None
) -> BackupEntry:
    """One verified backup of the open territory; returns its BackupEntry."""
    now = now or datetime.now(UTC)
    folder = territory_folder(territory, base)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{_slug(reason)}{SUFFIX}"
    verify = "quick_check" if reason in QUICK_VERIFY else "integrity_check"
    storage_backup.backup_to(territory.tdb.db.conn, target, verify=verify)
    entry = BackupEntry(
        path=target,
        at=now,
        reason=reason,
        counts=territory.counts(),
        source=identity.real_path(_source(territory)),
        copy_id=territory.copy_id,
    )
    note = {
        "at": now.isoformat(),
        "reason": reason,
        "counts": entry.counts,
        "source": entry.source,
        "copy_id": entry.copy_id,
        "marker": territory.change_marker(),
    }
    target.with_suffix(".json").write_text(json.dumps(note, ensure_ascii=False), "utf-8")
    rotate(folder, limits(territory), now)
    return entry


def before(
    territory: "Territory", reason: str, *, now: datetime | None = None, base: Path | None = None
) -> BackupEntry:
    """The backup every risky operation (migration, import, merge, purge) makes first."""
    return make(territory, reason, now=now, base=base)


def open_backup_due(
    territory: "Territory", *, now: datetime | None = None, base: Path | None = None
) -> bool:
    """True when the last backup of this file is older than a day (or there is none)."""
    now = now or datetime.now(UTC)
    entries = for_territory(territory, base)
    return not entries or now - entries[0].at >= OPEN_BACKUP_AFTER


def on_open(
    territory: "Territory", *, now: datetime | None = None, base: Path | None = None
) -> BackupEntry | None:
    """A backup when the last one is older than a day (or there is none)."""
    if territory.read_only or not open_backup_due(territory, now=now, base=base):
        return None
    return make(territory, "open", now=now, base=base)


def close_due(
    territory: "Territory", opened_marker: str | None = None, *, base: Path | None = None
) -> bool:
    """True when the file changed since it was opened and since its last backup.

    ``opened_marker`` is the window's ``territory.opened_marker`` when ``territory`` is a
    worker's own read-only connection to the same file (the window backs up off its thread).
    """
    marker = territory.change_marker()
    opened = opened_marker or getattr(territory, "opened_marker", None)
    if opened is not None and opened == marker:
        return False  # a look without a change: closing a big file must not cost a backup
    entries = for_territory(territory, base)
    return not entries or _marker(entries[0]) != marker


def on_close(
    territory: "Territory", *, now: datetime | None = None, base: Path | None = None
) -> BackupEntry | None:
    """A backup on close, unless nothing changed since the last one or since opening."""
    if territory.read_only or not close_due(territory, base=base):
        return None
    return make(territory, "close", now=now, base=base)


# listing and rotation ----------------------------------------------------------------------
def _note(path: Path) -> dict[str, Any]:
    try:
        note: dict[str, Any] = json.loads(path.with_suffix(".json").read_text("utf-8"))
        return note
    except (OSError, ValueError):
        return {}


def _marker(entry: BackupEntry) -> str:
    return str(_note(entry.path).get("marker", ""))


def list_backups(folder: Path) -> list[BackupEntry]:
    """Backups in ``folder``, newest first; files without their note are skipped."""
    entries = []
    for path in Path(folder).glob(f"*{SUFFIX}"):
        note = _note(path)
        if not note:
            continue
        try:
            at = datetime.fromisoformat(note["at"])
        except (KeyError, ValueError):
            continue
        entries.append(
            BackupEntry(
                path=path,
                at=at,
                reason=str(note.get("reason", "")),
                counts=dict(note.get("counts", {})),
                source=str(note.get("source", "")),
                copy_id=str(note.get("copy_id", "")),
            )
        )
    return sorted(entries, key=lambda e: e.at, reverse=True)


def for_territory(territory: "Territory", base: Path | None = None) -> list[BackupEntry]:
    """This file's backups, newest first: its own folder, plus those of the older shared
    folder (name and copy_id only) that were made from this very file."""
    source = _source(territory)
    found = list_backups(territory_folder(territory, base))
    legacy = _legacy_folder(source, territory.copy_id, base)
    found += [e for e in list_backups(legacy) if e.source and identity.same_file(e.source, source)]
    return sorted(found, key=lambda e: e.at, reverse=True)


def for_path(path: Path, base: Path | None = None) -> list[BackupEntry]:
    """Backups of a file whose copy_id may be unreadable (damaged): matched by source path."""
    source = identity.real_path(path)
    base = base or root()
    found = []
    for folder in base.glob(f"{_slug(Path(path).stem)}*"):
        found += [
            e for e in list_backups(folder) if e.source and identity.real_path(e.source) == source
        ]
    return sorted(found, key=lambda e: e.at, reverse=True)


def limits(territory: "Territory") -> dict[str, int]:
    values = dict(LIMITS)
    for key, value in territory.meta([f"backup_keep_{k}" for k in LIMITS]).items():
        if value.isdigit():
            values[key.removeprefix("backup_keep_")] = int(value)
    return values


def kept(entries: list[BackupEntry], limits: dict[str, int], now: datetime) -> set[Path]:
    """Which backups rotation keeps: newest ``recent``, one per day/week/month, the last of
    each non-routine reason (the pre-merge backup stays until the next merge)."""
    newest_first = sorted(entries, key=lambda e: e.at, reverse=True)
    keep = {e.path for e in newest_first[: limits["recent"]]}
    periods: dict[str, Callable[[datetime], str]] = {
        "daily": lambda at: at.date().isoformat(),
        "weekly": lambda at: "{}-W{:02d}".format(*at.isocalendar()[:2]),
        "monthly": lambda at: at.strftime("%Y-%m"),
    }
    for name, period in periods.items():
        seen: list[str] = []
        for entry in newest_first:
            key = period(entry.at.astimezone(now.tzinfo or UTC))
            if key in seen:
                continue
            seen.append(key)
            if len(seen) > limits[name]:
                break
            keep.add(entry.path)
    reasons_seen: set[str] = set()
    for entry in newest_first:
        if entry.reason not in ROUTINE and entry.reason not in reasons_seen:
            reasons_seen.add(entry.reason)
            keep.add(entry.path)
    return keep


def rotate(folder: Path, limits: dict[str, int], now: datetime) -> list[Path]:
    entries = list_backups(folder)
    keep = kept(entries, limits, now)
    removed = []
    for entry in entries:
        if entry.path not in keep:
            entry.path.unlink(missing_ok=True)
            entry.path.with_suffix(".json").unlink(missing_ok=True)
            removed.append(entry.path)
    return removed


# restoring and copies ----------------------------------------------------------------------
def restore(territory: "Territory", entry: BackupEntry, *, base: Path | None = None) -> BackupEntry:
    """Back up the current state, then put the backup's content into the open file."""
    safety = make(territory, "restore", base=base)
    territory.restore_from(entry.path)
    return safety


def restore_damaged(path: Path, entry: BackupEntry) -> Path:
    """Put a backup in place of a damaged file, keeping the damaged one aside; returns it."""
    path = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.endommage-{stamp}{path.suffix}")
    storage_backup.snapshot_file(
        entry.path, path.with_name(path.name + ".restored"), new_copy_id=False
    )
    path.replace(aside)
    path.with_name(path.name + ".restored").replace(path)
    return aside


def send_copy(territory: "Territory", target: Path) -> Path:
    """Fichier ▸ Envoyer une copie: a snapshot with its own copy_id, for a colleague."""
    return storage_backup.snapshot(territory.tdb.db.conn, Path(target), new_copy_id=True)


def copy_of(path: Path, target: Path) -> Path:
    """« Ouvrir une copie » of a file someone else holds: a separate copy with its own id."""
    return storage_backup.snapshot_file(Path(path), Path(target), new_copy_id=True)
