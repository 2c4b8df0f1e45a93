"""Who the officer is, on this PC: name, role, e-mail, phone.

Kept per user in the app's configuration folder, never in the territory file: the file is
shared between colleagues, each of whom signs their own changes. The name is the référent of
a new project and the author of every change (« Modifié par », the journal); the e-mail is the
organiser of invitations when the file names none. An unreadable profile reads as an empty one:
the app then signs with the computer login, as before the profile existed.
"""

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Protocol

import platformdirs

from municipaless.core.cleaning import clean_text

APP_DIR_NAME = "MunicipalESS"
PROFILE_FILE = "agent.json"
MAX_LENGTH = 300  # a name, a role or an address: never a page of text


class _Signer(Protocol):
    officer: str


class _OpenFile(Protocol):
    """An open territory (``Territory``, named by shape: places → officer is imported by the
    file's own opening, so naming the class here would close an import circle)."""

    @property
    def tdb(self) -> _Signer: ...


@dataclass
class OfficerProfile:
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""


def profile_path() -> Path:
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False) / PROFILE_FILE


def load_profile() -> OfficerProfile:
    """The profile saved on this PC; an empty one when missing, unreadable or not ours."""
    try:
        raw = json.loads(profile_path().read_text("utf-8"))
    except (OSError, ValueError):
        return OfficerProfile()
    if not isinstance(raw, dict):
        return OfficerProfile()
    values = {}
    for item in fields(OfficerProfile):
        value = raw.get(item.name, "")
        values[item.name] = _clean(value) if isinstance(value, str) else ""
    return OfficerProfile(**values)


def save_profile(profile: OfficerProfile) -> None:
    """Write the profile atomically (a crash leaves the old one or the new one, never half);
    OSError when the folder cannot be written."""
    path = profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {key: _clean(value) for key, value in asdict(profile).items()}
    fd, temp = tempfile.mkstemp(prefix=".agent-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def sign_as(territory: _OpenFile, name: str) -> None:
    """Changes written from now on through this open file are signed ``name`` (the profile
    just saved), without reopening the file."""
    if name.strip():
        territory.tdb.officer = name.strip()


def _clean(value: str) -> str:
    return " ".join(clean_text(value).split())[:MAX_LENGTH]
