"""The bookkeeping every row of the territory file carries, apart from the records themselves
so each family of records (``domain``, ``cooperation``) builds on it without importing the other.
"""

from dataclasses import dataclass, fields


@dataclass(kw_only=True)
class Record:
    """Bookkeeping every domain row carries (docs/design.md#the-file)."""

    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    updated_by: str = ""
    rev: int = 0
    deleted_at: str | None = None

    @classmethod
    def content_fields(cls) -> tuple[str, ...]:
        """The fields a user edits, i.e. everything but the bookkeeping."""
        base = {f.name for f in fields(Record)}
        return tuple(f.name for f in fields(cls) if f.name not in base)
