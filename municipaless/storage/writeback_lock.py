"""One write-back at a time per shared file: an exclusive lock file created atomically.

Two working copies writing back together each checked "did the share change?" and then
swapped their file in: both succeeded and one colleague's work vanished. The check and the
swap must be one step, so they run while holding ``.~envoi.<name>#`` beside the shared file,
created with O_CREAT|O_EXCL (atomic on local disks, SMB and NFSv3+). It says who holds it
and since when; a lock whose holder died on this machine, or older than ``STALE_AFTER``
(a check and a swap take seconds), is removed by the next writer.
"""

import contextlib
import json
import os
import socket
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from municipaless.core.i18n import _
from municipaless.storage.errors import StorageError
from municipaless.storage.lock import create_complete, pid_alive

STALE_AFTER = 300.0  # seconds
UNSIGNED_AFTER = 5.0  # seconds: a lock still empty then was never going to be signed
WAIT = 30.0  # how long a write-back waits for another one before trying again later


class WriteBackBusy(StorageError):
    """Another write-back of the same file is under way (and did not finish in time)."""


def lock_path(shared: Path) -> Path:
    shared = Path(shared)
    return shared.with_name(f".~envoi.{shared.name}#")


def _holder(path: Path) -> dict[str, Any]:
    try:
        found = json.loads(path.read_text("utf-8"))
        return found if isinstance(found, dict) else {}
    except (OSError, ValueError):
        return {}


def _stale(path: Path, now: float) -> bool:
    info = _holder(path)
    try:
        age = now - path.stat().st_mtime
    except OSError:
        return False  # gone meanwhile: the next attempt creates it
    if info.get("host", "").lower() == socket.gethostname().lower():
        pid = info.get("pid")
        if isinstance(pid, int) and not pid_alive(pid):
            return True
    if not info:  # created, then killed before it said who holds it
        return age > UNSIGNED_AFTER
    return age > STALE_AFTER


def _break(path: Path, token: str) -> None:
    """Remove a stale lock without removing a fresh one someone created meanwhile: rename
    it to a name of our own first (atomic), then check it is still the stale one."""
    aside = path.with_name(f"{path.name}.{socket.gethostname()}.{os.getpid()}.perime-{token}")
    with contextlib.suppress(OSError):
        os.replace(path, aside)
        if not _stale(aside, time.time()):  # a fresh one slipped in: put it back if free
            with contextlib.suppress(OSError):
                os.link(aside, path)
        aside.unlink(missing_ok=True)


def _create(path: Path, info: dict[str, Any]) -> None:
    """Create ``path`` holding ``info``, atomically and exclusively (``FileExistsError`` when
    it exists); a holder killed at any moment leaves either no lock or a signed one (where
    the share has no hard links, an unsigned lock is stale after ``UNSIGNED_AFTER``)."""
    signed = path.with_name(f"{path.name}.{info['host']}.{info['pid']}.{info['token']}")
    data = json.dumps(info, ensure_ascii=False).encode("utf-8")
    if not create_complete(path, data, signed):
        raise FileExistsError(path)


def _clean_signatures(path: Path) -> None:
    """Signed names (``<lock>.<host>.<pid>.<token>``) of holders killed between writing
    and linking them, and stale locks set aside by a breaker killed half-way: removed at
    once when the process is gone from this machine, else by age."""
    now = time.time()
    here = socket.gethostname().lower()
    for old in path.parent.glob(f"{path.name}.*"):
        host, _dot, rest = old.name[len(path.name) + 1 :].rpartition(".")[0].rpartition(".")
        dead = host.lower() == here and rest.isdigit() and not pid_alive(int(rest))
        with contextlib.suppress(OSError):
            if dead or now - old.stat().st_mtime > STALE_AFTER:
                old.unlink()


@contextlib.contextmanager
def hold(shared: Path, who: str = "", *, wait: float = WAIT) -> Iterator[Path]:
    """Hold the write-back lock of ``shared`` for the duration of the block."""
    path = lock_path(shared)
    token = uuid.uuid4().hex
    info = {
        "user": who,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(),
        "token": token,
    }
    deadline = time.monotonic() + wait
    delay = 0.01
    _clean_signatures(path)
    while True:
        try:
            _create(path, info)
        except FileExistsError:
            if _stale(path, time.time()):
                _break(path, token)
                continue
            if time.monotonic() >= deadline:
                holder = _holder(path)
                raise WriteBackBusy(
                    _(
                        "Un autre enregistrement de « {name} » est en cours{value} : vos "
                        "modifications restent dans la copie de travail et seront enregistrées "
                        "au prochain essai."
                    ).format(
                        name=Path(shared).name,
                        value=" (" + holder["user"] + ")" if holder.get("user") else "",
                    )
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
            continue
        except OSError as exc:
            raise WriteBackBusy(
                _(
                    "Impossible de réserver l'enregistrement de « {name} » sur le partage "
                    "({strerror}) : vos modifications restent dans la copie de travail."
                ).format(name=Path(shared).name, strerror=exc.strerror)
            ) from exc
        break
    try:
        yield path
    finally:
        if _holder(path).get("token") == token:
            path.unlink(missing_ok=True)
