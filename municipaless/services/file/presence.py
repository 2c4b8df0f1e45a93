"""Opening a territory with its presence lock: who else has it open decides how we open it.

The order matters: the header is checked first (a file that is not ours never gets a lock file
beside it), then the lock is taken before anything writes (a migration must not run under a
colleague's feet), then the file is opened. If we end up read-only anyway (file protected,
damaged), the lock is released at once: a reader never keeps colleagues out.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.storage import lock as presence
from municipaless.storage import territory_file

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

LOCK_POLICIES = ("acquire", "take_over", "none")


def open_with_presence(
    cls: "type[Territory]",
    path: Path,
    officer: str,
    *,
    read_only: bool,
    backup_dir: Path | None,
    lock: str,
    verify: bool = True,
) -> "Territory":
    if lock not in LOCK_POLICIES:
        raise ValueError(f"lock must be one of {LOCK_POLICIES}")
    territory_file.check_header(path)
    held: presence.PresenceLock | None = None
    reason = ""
    holder = None
    if read_only:
        holder = presence.read_lock(path) if lock != "none" else None
    elif lock != "none":
        try:
            held = presence.PresenceLock.acquire(path, officer, take_over=lock == "take_over")
        except presence.LockUnavailable as exc:
            read_only, reason = True, exc.message
    try:
        tdb = territory_file.open_file(
            path, officer=officer, read_only=read_only, backup_dir=backup_dir, verify=verify
        )
    except BaseException:
        if held is not None:
            held.release()
        raise
    if tdb.read_only and held is not None:
        held.release()
        held = None
    if reason and not tdb.damaged:
        tdb.read_only_reason = reason
    elif holder is not None and not tdb.damaged and not tdb.read_only_reason:
        tdb.read_only_reason = holder.describe()
    territory = cls(tdb)
    territory.presence = held
    territory.holder = holder
    return territory
