"""The territory file: opening it (``open_territory``, the one way in) and closing it.

The names load on first use: the window imports small modules of this package (places,
settings) while it is built, and must not pay for SQLite and sqlite-utils before a file opens.
"""

from typing import Any

__all__ = ["LockedByOther", "OpenMode", "canonical", "close_territory", "open_territory"]


def __getattr__(name: str) -> Any:  # Any: a class or a function, loaded by name on first use
    if name == "LockedByOther":
        from municipaless.storage.lock import LockedByOther

        return LockedByOther
    if name in __all__:
        from municipaless.services.file import opening

        return getattr(opening, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
