"""One identity per territory file, whatever spelling of its path the officer used.

The same file reached as ``partage/x.municipaless``, by its absolute path, through a symlink
or (on Windows and macOS) in another letter case must find the same working copy and the
same backups; two hand-made copies carrying the same name and ``copy_id`` in different
folders must not. So a file is known by its *real path* (absolute, symlinks resolved,
case-folded where the file system ignores case) together with its ``copy_id``.
"""

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path


def _case_insensitive(path: Path) -> bool:
    """Does the folder holding ``path`` ignore letter case? Windows and macOS do by default
    (``normcase`` folds on Windows only); elsewhere ask the file system itself."""
    if os.name == "nt":
        return True
    probe = path if path.exists() else path.parent
    swapped = probe.with_name(probe.name.swapcase())
    if swapped.name == probe.name:
        return sys.platform == "darwin"
    try:
        return swapped.exists() and os.path.samefile(probe, swapped)
    except OSError:
        return sys.platform == "darwin"


def real_path(path: Path | str) -> str:
    """The canonical spelling of ``path``: absolute, symlinks resolved, case-folded on a
    case-insensitive file system."""
    real = os.path.realpath(os.path.abspath(os.fspath(path)))
    real = os.path.normcase(real)
    if os.name != "nt" and _case_insensitive(Path(real)):
        real = real.casefold()
    return real


def same_file(a: Path | str, b: Path | str) -> bool:
    return real_path(a) == real_path(b)


def path_key(path: Path | str) -> str:
    """A short stable key of the real path, for folder names."""
    return hashlib.sha256(real_path(path).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class FileIdentity:
    """Where the file really is, and which copy of the territory it holds."""

    real: str
    copy_id: str

    @classmethod
    def of(cls, path: Path | str, copy_id: str) -> "FileIdentity":
        return cls(real_path(path), copy_id)

    @property
    def key(self) -> str:
        digest = hashlib.sha256(f"{self.real}\n{self.copy_id}".encode()).hexdigest()
        return digest[:8]
