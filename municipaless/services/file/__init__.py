"""The territory file: opening it (``open_territory``, the one way in) and closing it."""

from municipaless.services.file.opening import (
    OpenMode,
    canonical,
    close_territory,
    open_territory,
)
from municipaless.storage.lock import LockedByOther

__all__ = ["LockedByOther", "OpenMode", "canonical", "close_territory", "open_territory"]
