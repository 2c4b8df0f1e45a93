"""Files on a network share or a removable drive: work on a local copy, write it back safely.

SQLite must never be written across SMB/NFS (unreliable locks) nor on a USB key that can be
pulled out mid-transaction. So such a file is copied (backup API, consistent) into the user's
data folder and the app works on that *working copy*; its changes are written back
atomically (``storage.backup.publish``: temporary file beside the original, integrity_check,
the previous version kept as ``<name>.precedent``, ``os.replace``) on a timer, on demand and
on close.

Nobody's work is overwritten: at copy time we note the shared file's size, modification time
and journal fingerprint. Before writing back, a shared file that changed since (a colleague
took over a stale lock, or wrote with another tool) is *not* replaced: ``SharedChanged`` sends
the caller to the merge (their file into our working copy), after which ``rebase`` records
their version as our new starting point and the write-back goes through.

A working copy with changes that never reached the share (crash, share unreachable at close)
stays in the data folder with its note and is picked up at the next opening of the same file,
so nothing is lost; the same rule then applies (a changed share goes to the merge).
"""

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.core.i18n import _
from municipaless.services.file import identity
from municipaless.services.file.places import data_dir, officer_name
from municipaless.storage import backup as storage_backup
from municipaless.storage import location as where
from municipaless.storage import territory_file, writeback_lock
from municipaless.storage.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from municipaless.services.file.territory import Territory
    from municipaless.storage.merge.model import MergePlan, MergeReport, Side

PREVIOUS_SUFFIX = ".precedent"


class SharedChanged(StorageError):
    """Someone wrote the shared file since we copied it: merge, never overwrite."""

    def __init__(self, shared: Path):
        super().__init__(
            _(
                "« {name} » a été modifié sur le partage par quelqu'un d'autre depuis "
                "son ouverture : ses modifications doivent être fusionnées avec les "
                "vôtres avant l'enregistrement. Rien n'a été écrasé."
            ).format(name=shared.name)
        )


class ShareUnavailable(StorageError):
    """The share cannot be written now (unreachable, file in use): the changes wait locally."""


@dataclass
class ShareState:
    """What we know of the shared file, kept in a note beside the working copy."""

    shared: str
    kind: str
    stat: tuple[int, int]  # (mtime_ns, size) of the shared file when last read or written
    fingerprint: str  # its journal fingerprint then (storage.backup.fingerprint)
    synced_marker: str  # our working copy's change marker when it matched the share
    synced_at: str  # ISO time of the last copy or write-back


def _stat(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return (st.st_mtime_ns, st.st_size)


def folder_for(shared: Path, base: Path | None = None) -> Path:
    """One folder per shared file (by its real path: every spelling of it, relative,
    absolute, through a symlink or in another letter case, finds the same working copy), so
    two shares' ``ess.municipaless`` never meet; the working copy keeps the shared file's
    name (backups are named from it)."""
    return (base or data_dir() / "copies-de-travail") / identity.path_key(shared)


class WorkingCopy:
    def __init__(self, shared: Path, local: Path, state: ShareState, *, read_only: bool = False):
        self.shared = Path(shared)
        self.local = Path(local)
        self.state = state
        self.read_only = read_only
        self.resumed = False  # picked up unsaved changes of an earlier session
        self.last_error = ""  # why the last write-back did not happen (French)
        # An earlier working copy that could not be resumed (damaged, no note) and may hold
        # changes the share lacks: kept here, never overwritten.
        self.set_aside: Path | None = None

    # where -------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.state.kind

    @property
    def note_path(self) -> Path:
        return self.local.with_name(self.local.name + ".partage.json")

    @property
    def previous_path(self) -> Path:
        return self.shared.with_name(self.shared.name + PREVIOUS_SUFFIX)

    @property
    def synced_at(self) -> datetime:
        return datetime.fromisoformat(self.state.synced_at)

    def _save_state(self) -> None:
        data = {**self.state.__dict__, "stat": list(self.state.stat)}
        tmp = self.note_path.with_name(self.note_path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        os.replace(tmp, self.note_path)

    @staticmethod
    def _load_state(note: Path) -> ShareState | None:
        try:
            data = json.loads(note.read_text("utf-8"))
            data["stat"] = tuple(data["stat"])
            return ShareState(**data)
        except (OSError, ValueError, TypeError, KeyError):
            return None

    # copying in --------------------------------------------------------------------------
    @classmethod
    def fetch(
        cls, shared: Path, kind: str, *, read_only: bool = False, base: Path | None = None
    ) -> "WorkingCopy":
        """The working copy of ``shared``: an earlier one with unsaved changes, else a fresh
        consistent copy. A read-only look gets its own copy and never touches a pending one."""
        shared = Path(shared)
        folder = folder_for(shared, base) / ("lecture" if read_only else "")
        folder.mkdir(parents=True, exist_ok=True)
        local = folder / shared.name
        aside = None
        if not read_only:
            earlier, aside = cls._resume(shared, local)
            if earlier is not None:
                return earlier
        before = _stat(shared)
        storage_backup.snapshot_file(shared, local, new_copy_id=False, verify="quick_check")
        Path(f"{local}-journal").unlink(missing_ok=True)
        state = ShareState(
            shared=str(shared),
            kind=kind,
            stat=before,
            fingerprint=storage_backup.fingerprint(local),
            synced_marker=storage_backup.file_change_marker(local),
            synced_at=datetime.now(UTC).isoformat(),
        )
        copy = cls(shared, local, state, read_only=read_only)
        copy.set_aside = aside
        copy._save_state()
        return copy

    @classmethod
    def _resume(cls, shared: Path, local: Path) -> "tuple[WorkingCopy | None, Path | None]":
        """The earlier working copy if it holds changes the share lacks; else None, and the
        caller copies the share afresh.

        It is opened read-write first: a session killed mid-transaction leaves a hot journal
        that only a writer rolls back (a read-only look fails with « readonly database »,
        which used to send a copy full of committed changes to the bin). A leftover that
        cannot be proved to hold nothing new is never overwritten: it is set aside beside
        the new copy (returned second) so its changes can still be recovered or merged.
        """
        if not local.is_file():
            return None, None
        note = local.with_name(local.name + ".partage.json")
        state = cls._load_state(note)
        damage = storage_backup.settle_file(local)
        if damage == "ok":
            try:
                marker = storage_backup.file_change_marker(local)
            except Exception as exc:  # noqa: BLE001 - a leftover we cannot read is kept
                damage = str(exc)
        if damage == "ok" and state is not None and identity.same_file(state.shared, shared):
            if marker == state.synced_marker:
                return None, None  # nothing pending: a fresh copy picks up colleagues' changes
            copy = cls(shared, local, state)
            copy.resumed = True
            return copy, None
        if damage == "ok" and state is None and _same_history(local, shared):
            return None, None  # killed before its note was written: nothing of ours in it
        return None, _set_aside(local, note)

    # state -------------------------------------------------------------------------------
    def pending(self, marker: str) -> bool:
        """True when the working copy holds changes the share does not have yet."""
        return not self.read_only and marker != self.state.synced_marker

    def shared_changed(self) -> bool:
        """Did anyone write the shared file since we read or wrote it?"""
        try:
            now = _stat(self.shared)
        except OSError as exc:
            raise ShareUnavailable(_unreachable(self.shared, exc)) from exc
        if now == self.state.stat:
            return False
        try:
            changed = storage_backup.fingerprint(self.shared) != self.state.fingerprint
        except Exception as exc:
            raise ShareUnavailable(_unreachable(self.shared, exc)) from exc
        if not changed:  # touched, not changed (copied back by hand, antivirus…)
            self.state.stat = now
            self._save_state()
        return changed

    # writing back ------------------------------------------------------------------------
    def write_back(self, *, step: "Callable[[str], None] | None" = None) -> bool:
        """Write our changes to the share; False when there was nothing to write.

        Safe to call from a worker thread: it opens its own read-only connection to the
        working copy (a consistent snapshot even while the window writes) and stages it
        locally first, so the slow network copy never holds a lock the window waits on.
        Raises SharedChanged (go to the merge) or ShareUnavailable (try again later).
        """
        if self.read_only:
            return False
        staging = self.local.with_name(self.local.name + ".envoi")
        try:
            # Not verified here: the copy sent to the share is, with integrity_check.
            storage_backup.snapshot_file(self.local, staging, new_copy_id=False, verify=None)
            marker = storage_backup.file_change_marker(staging)
            if marker == self.state.synced_marker:
                return False
            if storage_backup.has_hot_journal(self.shared):
                raise ShareUnavailable(
                    _(
                        "« {name} » est en cours d'écriture par un autre programme sur le "
                        "partage : vos modifications restent dans la copie de travail et "
                        "seront enregistrées au prochain essai."
                    ).format(name=self.shared.name)
                )
            if self.shared_changed():  # cheap early answer; the check that counts is below
                raise SharedChanged(self.shared)
            fingerprint = storage_backup.fingerprint(staging)
            try:
                written = storage_backup.publish(
                    staging,
                    self.shared,
                    previous=self.previous_path,
                    step=step,
                    expect=self._unchanged,
                    who=officer_name(),
                )
            except writeback_lock.WriteBackBusy as exc:
                raise ShareUnavailable(exc.message) from exc
            except (OSError, sqlite3.Error, storage_backup.BackupFailed) as exc:
                raise ShareUnavailable(_unwritable(self.shared, exc)) from exc
        except StorageError as exc:
            self.last_error = exc.message
            raise
        finally:
            staging.unlink(missing_ok=True)
            Path(f"{staging}-journal").unlink(missing_ok=True)
        self.state.stat = written
        self.state.fingerprint = fingerprint
        self.state.synced_marker = marker
        self.state.synced_at = datetime.now(UTC).isoformat()
        self.last_error = ""
        self._save_state()
        return True

    def _unchanged(self, conn: sqlite3.Connection) -> None:
        """Under the write-back lock and SQLite's write lock on the shared file: is it still
        the version we last read or wrote? If not, a colleague's work is in it: merge first."""
        if storage_backup.fingerprint_of(conn) != self.state.fingerprint:
            raise SharedChanged(self.shared)

    # merging a colleague's version -------------------------------------------------------
    def fetch_theirs(self) -> tuple[Path, tuple[int, int], str]:
        """A local, consistent copy of the shared file as it is now, to merge from; with the
        stat and fingerprint that ``rebase`` records once it is merged."""
        target = self.local.with_name(self.local.name + ".collegue")
        try:
            before = _stat(self.shared)
            storage_backup.snapshot_file(
                self.shared, target, new_copy_id=False, verify="quick_check"
            )
        except (OSError, storage_backup.BackupFailed) as exc:
            raise ShareUnavailable(_unreachable(self.shared, exc)) from exc
        return target, before, storage_backup.fingerprint(target)

    def rebase(self, stat: tuple[int, int], fingerprint: str) -> None:
        """Their version is merged into ours: it is now what the share holds as far as we
        know, so the next write-back may replace it (unless it changed again meanwhile)."""
        self.state.stat = tuple(stat)  # type: ignore[assignment]
        self.state.fingerprint = fingerprint
        self._save_state()
        self.local.with_name(self.local.name + ".collegue").unlink(missing_ok=True)

    def discard(self) -> None:
        """Remove the working copy once everything is on the share (or it was a read-only look)."""
        for path in (self.local, self.note_path, Path(f"{self.local}-journal")):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def _same_history(local: Path, shared: Path) -> bool:
    try:
        return storage_backup.fingerprint(local) == storage_backup.fingerprint(shared)
    except Exception:  # noqa: BLE001 - unknown is not the same
        return False


def _set_aside(local: Path, note: Path) -> Path:
    """Move a working copy we cannot resume out of the way, with its journal and note."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = local.with_name(f"{local.name}.mise-de-cote-{stamp}")
    os.replace(local, aside)
    for extra, suffix in ((Path(f"{local}-journal"), "-journal"), (note, ".partage.json")):
        if extra.exists():
            with contextlib.suppress(OSError):
                os.replace(extra, Path(f"{aside}{suffix}"))
    return aside


def _unreachable(shared: Path, exc: Exception) -> str:
    return _(
        "Le partage où se trouve « {name} » est injoignable ({exc}) : vos "
        "modifications restent dans la copie de travail et seront enregistrées "
        "au prochain essai."
    ).format(name=shared.name, exc=exc)


def _unwritable(shared: Path, exc: Exception) -> str:
    return _(
        "« {name} » n'a pas pu être écrit sur le partage ({exc}) : le fichier "
        "partagé est resté tel quel, vos modifications restent dans la copie "
        "de travail."
    ).format(name=shared.name, exc=exc)


@dataclass
class SharedMerge:
    """The dry run of merging the share's current version into our working copy."""

    plan: "MergePlan"
    stat: tuple[int, int]
    fingerprint: str


def preview_shared(
    territory: "Territory",
    copy: WorkingCopy | None = None,
    *,
    preview: "Callable[[Territory, Path], MergePlan] | None" = None,
) -> SharedMerge:
    """Fetch the share's version (locally) and plan its merge into the working copy.

    ``territory`` may be a worker's own connection to the working copy; ``copy`` then says
    which working copy it is. ``preview`` replaces ``merge.preview`` (the window passes the
    one that keeps an erased person erased, from a layer this one may not import)."""
    from municipaless.services.file import merge

    copy = copy or of(territory)
    assert copy is not None, "not a working copy"
    theirs, stat, fingerprint = copy.fetch_theirs()
    plan = (preview or merge.preview)(territory, theirs)
    plan.theirs_path = copy.shared  # the officer knows the shared file, not our fetched copy
    return SharedMerge(plan, stat, fingerprint)


def merge_shared(
    territory: "Territory",
    pending: SharedMerge,
    resolutions: "dict[str, Side]",
    copy: WorkingCopy | None = None,
    *,
    backup_base: Path | None = None,
    merge: "Callable[..., MergeReport] | None" = None,
) -> "MergeReport":
    """Merge (backup first, one transaction), then take their version as our new base.
    ``merge`` replaces ``merge.merge`` (same arguments), as ``preview`` in ``preview_shared``."""
    from municipaless.services.file import merge as file_merge

    copy = copy or of(territory)
    assert copy is not None, "not a working copy"
    apply = merge or file_merge.merge
    report = apply(territory, pending.plan, resolutions, backup_base=backup_base)
    copy.rebase(pending.stat, pending.fingerprint)
    return report


# opening -------------------------------------------------------------------------------------
def of(territory: "Territory") -> WorkingCopy | None:
    return getattr(territory, "working_copy", None)


def shown_path(territory: "Territory") -> Path:
    """The path the officer knows: the shared file, not our working copy."""
    copy = of(territory)
    return copy.shared if copy is not None else Path(territory.path)


def open_shared(
    shared: Path,
    officer: str,
    *,
    kind: str = where.NETWORK,
    read_only: bool = False,
    lock: str = "acquire",
    verify: bool = True,
    base: Path | None = None,
) -> "Territory":
    """Presence lock on the shared file, then a working copy opened locally.

    The lock stays beside the shared file, where colleagues look. A shared file that cannot
    be copied consistently (damaged) is opened read-only in place, so the damaged-file flow
    (restore a backup, recover into a new file) applies to it.
    """
    from municipaless.services.file import presence
    from municipaless.services.file.territory import Territory

    shared = Path(shared)
    territory_file.check_header(shared)
    grant = presence.acquire(shared, officer, read_only=read_only, lock=lock)
    try:
        try:
            copy = WorkingCopy.fetch(shared, kind, read_only=grant.read_only, base=base)
        except (storage_backup.BackupFailed, sqlite3.DatabaseError):  # damaged on the share
            grant.release()
            return Territory._open_local(shared, officer, read_only=True, verify=True)
        territory = Territory._open_local(
            copy.local, officer, read_only=grant.read_only, verify=verify
        )
    except BaseException:
        grant.release()
        raise
    grant.settle(territory)
    copy.read_only = territory.read_only
    territory.working_copy = copy  # type: ignore[attr-defined]
    return territory


def close(territory: "Territory", *, write_back: bool = True) -> None:
    """Write the changes back (if any), then close; a working copy with nothing pending is
    removed. Errors of the write-back propagate after the file is closed: the working copy
    (and its note) stay for the next opening."""
    copy = of(territory)
    error: StorageError | None = None
    if copy is not None and write_back and copy.pending(territory.change_marker()):
        try:
            copy.write_back()
        except StorageError as exc:
            error = exc
    pending = copy is not None and copy.pending(territory.change_marker())
    territory.close()
    if copy is not None and (copy.read_only or not pending):
        copy.discard()
    if error is not None:
        raise error
