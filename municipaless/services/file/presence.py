"""The presence lock as the opener sees it: one sequence for every way a file is opened.

``acquire`` runs before the file is opened (a migration must not run under a colleague's
feet) and says what we got: our lock, or who holds it, or why we must read only. The opener
builds the Territory, then ``settle`` hands the lock to it; ending up read-only anyway (file
protected, damaged) releases the lock at once: a reader never keeps colleagues out. Both the
local open and the working copy of a shared file go through here, so they cannot drift apart.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.storage import lock as presence_lock

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

ACQUIRE, TAKE_OVER, NONE = "acquire", "take_over", "none"
LOCK_POLICIES = (ACQUIRE, TAKE_OVER, NONE)


@dataclass
class Presence:
    """What the lock sequence gave: ours to keep, a holder to name, or a reason to read only."""

    read_only: bool
    lock: presence_lock.PresenceLock | None = None
    holder: presence_lock.LockInfo | None = None
    reason: str = ""  # the lock file could not be written: read-only, and this is why

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def settle(self, territory: "Territory") -> None:
        """Give the opened territory its lock (or release it when it opened read-only) and
        its read-only reason; a reason the file itself gave (protected, damaged) is kept."""
        if territory.read_only:
            self.release()
        if not territory.damaged:
            if self.reason:
                territory.read_only_reason = self.reason
            elif self.holder is not None and not territory.read_only_reason:
                territory.read_only_reason = self.holder.describe()
        territory.presence = self.lock
        territory.holder = self.holder


def acquire(path: Path, officer: str, *, read_only: bool, lock: str = ACQUIRE) -> Presence:
    """Take the lock beside ``path`` for writing (raises ``LockedByOther``), replace it
    (``take_over``), or, for a reader, just learn who holds it. ``lock="none"`` writes no
    lock file: a second connection of a session that holds it, tools, tests."""
    if lock not in LOCK_POLICIES:
        raise ValueError(f"lock must be one of {LOCK_POLICIES}")
    if lock == NONE:
        return Presence(read_only=read_only)
    if read_only:
        return Presence(read_only=True, holder=presence_lock.read_lock(path))
    try:
        held = presence_lock.PresenceLock.acquire(path, officer, take_over=lock == TAKE_OVER)
    except presence_lock.LockUnavailable as exc:
        return Presence(read_only=True, reason=exc.message)
    return Presence(read_only=False, lock=held)
