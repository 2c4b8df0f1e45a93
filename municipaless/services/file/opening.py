"""The one way to open a territory file, for the window, the CLI and the tests alike.

Three things are decided here and nowhere else:

- which file: the path is made canonical (symlinks resolved), so the lock, the working copy
  and the backups of one file never split between two spellings of its path;
- who else has it: the presence lock is taken before anything writes (``presence.acquire``);
- where it may be written: SQLite must never be written across SMB/NFS nor on a drive that
  can be pulled out, so a file on a share or a removable drive is worked on through a local
  working copy written back atomically (``working_copy``); a local file is opened in place.
"""

import enum
import os
from pathlib import Path

from municipaless.services.file import presence, working_copy
from municipaless.services.file.territory import Territory
from municipaless.storage import location as where
from municipaless.storage import territory_file


class OpenMode(enum.Enum):
    """How a file is opened; the value is the presence policy it implies."""

    WRITE = "acquire"  # take the lock; LockedByOther when a colleague holds it
    TAKE_OVER = (
        "take_over"  # replace the holder's lock (offered only when stale or after a warning)
    )
    READ_ONLY = "read"  # never writes, takes no lock; the holder, if any, is the reason shown
    UNLOCKED = "none"  # writable without a lock file: a worker's second connection of a
    # session that holds the lock, files of our own data folder, tests

    @property
    def read_only(self) -> bool:
        return self is OpenMode.READ_ONLY

    @property
    def lock(self) -> str:
        return presence.ACQUIRE if self is OpenMode.READ_ONLY else self.value


def canonical(path: Path) -> Path:
    """The file's one name: absolute, with symlinks and ``..`` resolved, so two spellings of
    one file share its lock, its working copy and its backups."""
    return Path(os.path.realpath(path))


def open_territory(
    path: Path,
    officer: str = "",
    mode: OpenMode = OpenMode.WRITE,
    *,
    verify: bool = True,
    backup_dir: Path | None = None,
    force_share: bool | None = None,
    base: Path | None = None,
) -> Territory:
    """Open ``path`` as ``mode`` says; raises ``LockedByOther`` when a colleague holds it
    (the caller asks: read only, a copy, or take over) and a ``StorageError`` with a French
    message when the file cannot be opened.

    ``verify=False`` leaves the integrity check to the caller (the window, on a worker, for
    big files). ``force_share`` overrides the share detection and ``base`` the working
    copies' folder (tests); ``backup_dir`` is where a migration's snapshot goes.
    """
    path = canonical(path)
    territory_file.check_header(path)  # a file that is not ours never gets a lock beside it
    location = where.classify(path, force_share=force_share)
    if location.needs_working_copy:
        return working_copy.open_shared(
            path,
            officer,
            kind=location.kind,
            read_only=mode.read_only,
            lock=mode.lock,
            verify=verify,
            base=base,
        )
    grant = presence.acquire(path, officer, read_only=mode.read_only, lock=mode.lock)
    try:
        territory = Territory._open_local(
            path, officer, read_only=grant.read_only, backup_dir=backup_dir, verify=verify
        )
    except BaseException:
        grant.release()
        raise
    grant.settle(territory)
    return territory


def close_territory(territory: Territory, *, write_back: bool = True) -> None:
    """Close what ``open_territory`` opened: a working copy's changes are written back to the
    share first (its errors propagate after the close; the copy then waits for the next
    opening), the presence lock is released."""
    working_copy.close(territory, write_back=write_back)
