"""Presence lock: a small file beside the territory saying who has it open (LibreOffice style).

It is a courtesy, never a safety device: SQLite's own locking and the ``rev`` compare-and-set
keep the data safe. The lock lets a colleague see « Ouvert par Marie Dupont (PC-ACCUEIL)
depuis 10 h 32 » before they open the file, instead of discovering conflicts later.

The file is named ``.~lock.<name>#`` like LibreOffice's. Its first line follows LibreOffice's
CSV layout (``name,login,host,dd.mm.yyyy hh:mm,app;``) so a curious colleague can read it; the
second line is JSON with the exact fields we rely on (pid, token, refreshed time).
"""

import contextlib
import getpass
import json
import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from municipaless import __version__
from municipaless.core.i18n import _
from municipaless.storage.errors import StorageError

# A holder refreshes every minute; a lock not refreshed for this long probably outlived its
# holder on another PC (crash, power cut). Even then, taking it over needs a warned confirmation.
ABANDONED_AFTER = timedelta(minutes=10)


def lock_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return ""


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime
    refreshed: datetime
    app_version: str = ""
    login: str = ""
    token: str = ""
    unreadable: bool = False  # a lock file we cannot make sense of: held by someone unknown

    def describe(self, now: datetime | None = None) -> str:
        """« ouvert par Marie Dupont (PC-ACCUEIL) depuis 10 h 32 » (goes mid-sentence)."""
        now = now or datetime.now(UTC)
        since = _local(self.since)
        clock = f"{since.hour} h {since.minute:02d}"
        when = (
            clock
            if since.date() == _local(now).date()
            else _("le {since:%d/%m/%Y} à {clock}").format(since=since, clock=clock)
        )
        who = self.user or self.login or _("un collègue")
        if self.unreadable:
            who = _("un collègue inconnu (fichier de présence illisible)")
        host = f" ({self.host})" if self.host else ""
        return _("ouvert par {who}{host} depuis {when}").format(who=who, host=host, when=when)

    def same_host(self) -> bool:
        return self.host.lower() == socket.gethostname().lower()

    def is_stale(self) -> bool:
        """Provably stale: written on this computer by a process that no longer exists."""
        return self.same_host() and not pid_alive(self.pid)

    def looks_abandoned(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) - self.refreshed > ABANDONED_AFTER

    def take_over_offer(self, now: datetime | None = None) -> str:
        """The one rule for taking over, window and CLI alike: 'stale' (safe to take),
        'abandoned' (take after a confirmation) or '' (a live holder: never)."""
        if self.is_stale():
            return "stale"
        if self.looks_abandoned(now):
            return "abandoned"
        return ""


class LockedByOther(StorageError):
    """Someone else (another PC, process or window) has the file open for writing."""

    def __init__(self, path: Path, info: LockInfo):
        super().__init__(
            _(
                "« {name} » est déjà {describe}. Vous pouvez l'ouvrir en lecture "
                "seule, ou en ouvrir une copie."
            ).format(name=Path(path).name, describe=info.describe())
        )
        self.path = Path(path)
        self.info = info


class LockUnavailable(StorageError):
    """The lock file cannot be written (read-only folder): the file opens read-only."""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll: Windows only
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists (ctypes: Any)
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _encode(info: LockInfo) -> str:
    since = _local(info.since)
    csv = ",".join(
        field.replace(",", " ").replace(";", " ")
        for field in (
            info.user,
            info.login,
            info.host,
            f"{since:%d.%m.%Y %H:%M}",
            f"MunicipalESS {info.app_version}",
        )
    )
    extra = {
        **{k: v for k, v in asdict(info).items() if k != "unreadable"},
        "since": info.since.isoformat(),
        "refreshed": info.refreshed.isoformat(),
    }
    return f"{csv};\n{json.dumps(extra, ensure_ascii=False)}\n"


def _decode(text: str, written: datetime) -> LockInfo:
    """Who holds the lock; ``written`` (the file's mtime) stands for any time we cannot read,
    so an unreadable lock ages like any other and becomes abandoned instead of holding the
    file forever (its "since" must never be re-read as "now")."""
    lines = text.splitlines()
    if len(lines) >= 2:
        try:
            data = json.loads(lines[1])
            return LockInfo(
                user=str(data.get("user", "")),
                host=str(data.get("host", "")),
                pid=int(data.get("pid", 0)),
                since=_parse_time(data["since"]),
                refreshed=_parse_time(data.get("refreshed", data["since"])),
                app_version=str(data.get("app_version", "")),
                login=str(data.get("login", "")),
                token=str(data.get("token", "")),
            )
        except (ValueError, KeyError, TypeError):
            pass
    if lines:  # LibreOffice's own line only: name,login,host,time,…;
        fields = lines[0].rstrip(";").split(",")
        if len(fields) >= 4:
            try:
                since = datetime.strptime(fields[3], "%d.%m.%Y %H:%M").astimezone()
            except ValueError:
                since = written
            return LockInfo(fields[0], fields[2], 0, since, max(since, written), login=fields[1])
    return LockInfo("", "", 0, written, written, unreadable=True)


def read_lock(path: Path) -> LockInfo | None:
    """The holder of ``path``'s lock, or None when there is none. A lock file that cannot be
    read or understood (half-written by another program, damaged) is held by someone unknown
    since its modification time: never silently taken, offered for take-over once old."""
    file = lock_path(path)
    try:
        written = datetime.fromtimestamp(file.stat().st_mtime, UTC)
    except FileNotFoundError:
        return None
    except OSError:
        written = datetime.now(UTC)  # exists but cannot even be looked at
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None  # released between the two looks
    except (OSError, UnicodeDecodeError):
        text = ""
    return _decode(text, written)


def create_complete(path: Path, data: bytes, own: Path) -> bool:
    """Create ``path`` holding ``data`` only if there is none; False when one exists.

    The content is written and synced under ``own`` (a name of the caller's), then hard-linked
    to ``path``: the link fails if the name exists, and the file is never visible empty or
    half-written. Where hard links are not supported (FAT key, some shares) an exclusive
    create then write is used. The presence lock and the write-back lock both rely on it."""
    fd = os.open(own, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(own, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links here
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        return True
    finally:
        own.unlink(missing_ok=True)


class PresenceLock:
    """Our lock on one file: acquired on open, refreshed while open, released on close."""

    def __init__(self, path: Path, info: LockInfo):
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.info = info
        self.lost = False

    @classmethod
    def acquire(cls, path: Path, user: str, *, take_over: bool = False) -> "PresenceLock":
        """Write the lock, or raise LockedByOther / LockUnavailable; ``take_over`` replaces it."""
        now = datetime.now(UTC)
        info = LockInfo(
            user=user,
            host=socket.gethostname(),
            pid=os.getpid(),
            since=now,
            refreshed=now,
            app_version=__version__,
            login=_login(),
            token=uuid.uuid4().hex,
        )
        lock = cls(path, info)
        if take_over:
            lock._write_replace()
            return lock
        for _attempt in range(_ATTEMPTS):
            if lock._create():
                return lock
            holder = read_lock(path)
            if holder is not None:
                raise LockedByOther(path, holder)
            # released between our attempt and our look: try again
        raise LockedByOther(path, read_lock(path) or _unknown_now())

    def _create(self) -> bool:
        """Create the lock file, complete, only if there is none; False when one exists.

        (Created empty then written, a racing opener read it empty, took it for stale, and
        both held it: ``create_complete`` never shows it empty where hard links exist; where
        they do not, a lock read while still empty is held by someone unknown, never taken.)"""
        own = self.lock_file.with_name(f"{self.lock_file.name}.{self.info.token[:8]}.tmp")
        try:
            return create_complete(self.lock_file, _encode(self.info).encode("utf-8"), own)
        except OSError as exc:
            raise LockUnavailable(_unavailable(self.path, exc)) from exc

    def _write_replace(self) -> None:
        tmp = self.lock_file.with_name(f"{self.lock_file.name}.{self.info.token[:8]}.tmp")
        try:
            tmp.write_text(_encode(self.info), encoding="utf-8")
            os.replace(tmp, self.lock_file)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise LockUnavailable(_unavailable(self.path, exc)) from exc

    def is_ours(self) -> bool:
        holder = read_lock(self.path)
        return holder is not None and holder.token == self.info.token

    def refresh(self) -> bool:
        """Rewrite the refreshed time; False (and ``lost``) if someone took the lock over."""
        if self.lost:
            return False
        if not self.is_ours():
            self.lost = True
            return False
        self.info = LockInfo(**{**asdict(self.info), "refreshed": datetime.now(UTC)})
        with contextlib.suppress(LockUnavailable):
            self._write_replace()
        return True

    def release(self) -> None:
        """Remove the lock if it is still ours (never a colleague's who took over)."""
        if not self.lost and self.is_ours():
            with contextlib.suppress(OSError):
                self.lock_file.unlink()
        self.lost = True


_ATTEMPTS = 3  # a lock that keeps appearing and vanishing belongs to a busy colleague


def _unknown_now() -> LockInfo:
    now = datetime.now(UTC)
    return LockInfo("", "", 0, now, now, unreadable=True)


def _unavailable(path: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return _(
        "Impossible d'écrire le fichier de présence à côté de « {name} » "
        "({reason}) : le fichier est ouvert en lecture seule."
    ).format(name=Path(path).name, reason=reason)
