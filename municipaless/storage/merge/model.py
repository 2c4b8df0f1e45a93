"""What a merge of a colleague's copy will do (the plan) and what it did (the report).

Kept apart from the engine (``merge.py``) so the dry run, the CLI summary and the dialog read
one plain structure; nothing here touches a file.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from municipaless.storage.errors import StorageError

Side = Literal["mine", "theirs", "original"]
DELETED = "deleted_at"  # the pseudo-field of '-' (deleted) and '~' (restored) journal rows


class MergeFailed(StorageError):
    """The merge was refused or rolled back: the open file is as it was before."""


@dataclass(frozen=True)
class Event:
    """One journal row of the other copy, imported as is so history says who changed what."""

    table: str
    row_id: str
    field: str
    old: str | None
    new: str | None
    at: str
    by: str
    copy_id: str


@dataclass(frozen=True)
class Conflict:
    """The same field changed differently in both copies: the officer chooses."""

    table: str
    row_id: str
    field: str
    label: str  # the record, as the officer knows it ("BGE Drôme", "Jeanne Martin")
    mine: Any
    theirs: Any
    original: Any

    @property
    def key(self) -> str:
        return f"{self.table}/{self.row_id}/{self.field}"

    def value(self, side: Side) -> Any:
        return {"mine": self.mine, "theirs": self.theirs, "original": self.original}[side]


@dataclass(frozen=True)
class FieldChange:
    table: str
    row_id: str
    field: str
    label: str
    mine: Any
    theirs: Any


@dataclass
class RecordMerge:
    """A record both copies hold: the fields taken from theirs, the conflicts, the history."""

    table: str
    row_id: str
    label: str
    mine_row: dict[str, Any]
    theirs_row: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)  # field -> value taken from theirs
    conflicts: list[Conflict] = field(default_factory=list)
    deleted: tuple[str | None] | None = None  # (new deleted_at,) when the state changes
    erase: bool = False  # an erased person (RGPD): blank its history here too
    events: list[Event] = field(default_factory=list)  # their history I do not hold yet
    touched: set[str] = field(default_factory=set)  # fields those events are about

    @property
    def mine_rev(self) -> int:
        """Compare-and-set: a record changed since the plan refuses the whole merge."""
        rev: int = self.mine_row["rev"]  # a sqlite row value (Any)
        return rev


@dataclass
class Addition:
    """A record only the other copy holds: inserted as it is there, with its history."""

    table: str
    row: dict[str, Any]
    label: str
    events: list[Event] = field(default_factory=list)


@dataclass
class MergePlan:
    mine_copy_id: str
    theirs_copy_id: str
    theirs_path: Path
    theirs_last_seq: int
    common_history: bool
    additions: list[Addition] = field(default_factory=list)
    updates: list[RecordMerge] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # French notes: what could not be taken
    # how journal values were compared (a person erased on one side only: her name replaced)
    redact: Callable[[str | None], str | None] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def changes(self) -> list[FieldChange]:
        return [
            FieldChange(u.table, u.row_id, name, u.label, u.mine_row.get(name), value)
            for u in self.updates
            for name, value in u.values.items()
        ]

    @property
    def changed_records(self) -> list[RecordMerge]:
        return [u for u in self.updates if u.values or u.conflicts]

    @property
    def deletions(self) -> list[RecordMerge]:
        return [u for u in self.updates if u.deleted and u.deleted[0] and not _deleted(u)]

    @property
    def restorations(self) -> list[RecordMerge]:
        return [u for u in self.updates if u.deleted and u.deleted[0] is None]

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for u in self.updates for c in u.conflicts]

    @property
    def is_empty(self) -> bool:
        """Nothing to write: merging the same copy again is a no-op, bookkeeping included."""
        return not self.additions and not self.updates

    def counts(self) -> dict[str, dict[str, int]]:
        """Per table: additions, changes (records), deletions, restorations, conflicts."""
        tally: dict[str, Counter[str]] = {}

        def bump(table: str, what: str, n: int = 1) -> None:
            tally.setdefault(table, Counter())[what] += n

        for a in self.additions:
            bump(a.table, "additions")
        for u in self.changed_records:
            bump(u.table, "changes")
        for u in self.deletions:
            bump(u.table, "deletions")
        for u in self.restorations:
            bump(u.table, "restorations")
        for c in self.conflicts:
            bump(c.table, "conflicts")
        return {table: dict(c) for table, c in tally.items()}


def _deleted(u: RecordMerge) -> bool:
    return u.mine_row.get("deleted_at") is not None


@dataclass
class MergeReport:
    additions: int = 0
    changes: int = 0  # records whose content changed
    fields: int = 0  # fields written (taken from theirs or chosen in a conflict)
    deletions: int = 0
    restorations: int = 0
    conflicts: int = 0
    events: int = 0  # journal rows imported from the other copy
    skipped: list[str] = field(default_factory=list)
    backup_path: Path | None = None
    nothing_to_do: bool = False
    notes: list[str] = field(default_factory=list)  # French, added by the caller (erasures)
