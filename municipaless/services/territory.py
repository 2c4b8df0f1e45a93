"""An open territory: the one object the window and the CLI hold while working on a file."""

from pathlib import Path

from municipaless.core import domain
from municipaless.storage import search as search_index
from municipaless.storage import territory_file
from municipaless.storage.listing import SPECS, ListSource
from municipaless.storage.records import Records

# Tables shown by `check` and the status bar, in the order an officer thinks of them.
COUNTED = (
    "organisation",
    "person",
    "project",
    "case_event",
    "referral",
    "funding_request",
    "follow_up",
    "meeting",
    "decision",
    "action_item",
)


class Territory:
    def __init__(self, tdb: territory_file.TerritoryDB):
        self._tdb = tdb
        self.records: dict[str, Records] = {
            table: Records(tdb, table, record_type) for table, record_type in domain.TABLES.items()
        }

    # lifecycle ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, officer: str = "") -> "Territory":
        return cls(territory_file.create(Path(path), officer))

    @classmethod
    def open(
        cls,
        path: Path,
        officer: str = "",
        *,
        read_only: bool = False,
        backup_dir: Path | None = None,
    ) -> "Territory":
        return cls(
            territory_file.open_file(
                Path(path), officer=officer, read_only=read_only, backup_dir=backup_dir
            )
        )

    def close(self) -> None:
        self._tdb.close()

    # state the window shows --------------------------------------------------------------
    @property
    def path(self) -> Path:
        assert self._tdb.path is not None
        return self._tdb.path

    @property
    def read_only(self) -> bool:
        return self._tdb.read_only

    @property
    def read_only_reason(self) -> str:
        return self._tdb.read_only_reason

    @property
    def migrated_from(self) -> int | None:
        return self._tdb.migrated_from

    @property
    def backup_path(self) -> Path | None:
        return self._tdb.backup_path

    @property
    def schema_version(self) -> int:
        return self._tdb.schema_version

    def integrity_check(self) -> str:
        return self._tdb.integrity_check()

    def counts(self) -> dict[str, int]:
        return {table: self.records[table].count() for table in COUNTED}

    # use cases ---------------------------------------------------------------------------
    def search(self, query: str, per_kind: int = 8) -> dict[str, list[search_index.SearchHit]]:
        return search_index.search(self._tdb.db, query, per_kind)

    def list_source(self, name: str) -> ListSource:
        return ListSource(self._tdb.db, SPECS[name])

    def vocabulary(self, vocab: str) -> list[domain.Vocabulary]:
        return self.records["vocabulary"].where(
            "vocab = ? AND archived = 0", [vocab], order_by="position"
        )
