"""Schema migrations: sqlite-utils' built-in ``Migrations``, append-only, one transaction each.

Each migration also sets ``PRAGMA user_version`` to its number, so the version of a file can be
read from its header without opening it (see ``territory_file.read_header``).
"""

import sqlite3
import uuid
from collections.abc import Callable
from importlib import resources

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from municipaless.core.formats import utc_now_iso
from municipaless.core.vocabularies import COOPERATION_VOCABULARIES, DEFAULT_CHALLENGES, DEFAULTS

APPLICATION_ID = 0x4D455353  # "MESS": tells our files from any other SQLite file
MIGRATIONS = Migrations("municipaless")
NAMES: list[str] = []


def migration(
    number: int, name: str
) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register migration ``NNNN_name`` and stamp the file's user_version when it runs."""
    full_name = f"{number:04d}_{name}"
    assert number == len(NAMES) + 1, "migrations are numbered without gaps"
    NAMES.append(full_name)

    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        def run(db: Database) -> None:
            fn(db)
            db.execute(f"PRAGMA user_version = {number}")

        MIGRATIONS(name=full_name)(run)
        return fn

    return register


def execute_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip() and not statement.strip().startswith("--"):
        raise ValueError("incomplete SQL statement at end of script")


def _sql(name: str) -> str:
    return resources.files("municipaless.storage.schema").joinpath(name).read_text("utf-8")


@migration(1, "initial")
def _initial(db: Database) -> None:
    execute_script(db, _sql("0001_initial.sql"))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    now = utc_now_iso()
    common = {"created_at": now, "updated_at": now, "updated_by": "MunicipalESS", "rev": 1}
    db.table("vocabulary").insert_all(
        {
            **common,
            "id": str(uuid.uuid4()),
            "vocab": vocab,
            "code": code,
            "label": label,
            "position": position,
        }
        for vocab, entries in DEFAULTS.items()
        for position, (code, label) in enumerate(entries)
    )
    db.table("challenge").insert_all(
        {**common, "id": str(uuid.uuid4()), "title": title, "position": position}
        for position, title in enumerate(DEFAULT_CHALLENGES)
    )
    db.table("meta").insert_all(
        [
            {"key": "copy_id", "value": str(uuid.uuid4())},
            {"key": "created_at", "value": now},
            {"key": "commune_name", "value": ""},
        ]
    )


# Tables the window counts on opening a file; frozen here (a later list is a later migration).
_ALIVE_INDEXED = (
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


@migration(2, "alive_indexes")
def _alive_indexes(db: Database) -> None:
    """Partial indexes of live rows: counting them reads a small index, not the table
    (10 tables of the large demo: 80 ms -> 24 ms, on the GUI thread at every open)."""
    for table in _ALIVE_INDEXED:
        db.execute(f"CREATE INDEX {table}_alive ON {table}(deleted_at) WHERE deleted_at IS NULL")


@migration(3, "casework_meetings")
def _casework_meetings(db: Database) -> None:
    execute_script(db, _sql("0003_casework_meetings.sql"))


@migration(4, "live_case_events")
def _live_case_events(db: Database) -> None:
    """The project list's "last activity" and the dashboard's "sans nouvelles" probe the
    latest live event of each project: 20,000 projects sorted by it went 136-246 ms -> 74-113 ms."""
    db.execute(
        "CREATE INDEX case_event_live_project ON case_event(project_id, occurred_on) "
        "WHERE deleted_at IS NULL"
    )


@migration(5, "personal_data")
def _personal_data(db: Database) -> None:
    execute_script(db, _sql("0005_personal_data.sql"))


@migration(6, "archived_challenges")
def _archived_challenges(db: Database) -> None:
    """Paramètres ▸ Listes archives an enjeu still used by projects or meetings: it leaves the
    choices of new entries but keeps its title on the records that hold it."""
    db.execute("ALTER TABLE challenge ADD COLUMN archived INTEGER NOT NULL DEFAULT 0")


@migration(7, "cooperation")
def _cooperation(db: Database) -> None:
    """Enjeux, calls for projects, collectifs, ateliers and budget lines (issue #16); the
    lists they choose from are seeded where missing (a new file has them from 0001)."""
    execute_script(db, _sql("0007_cooperation.sql"))
    now = utc_now_iso()
    db.table("vocabulary").insert_all(
        (
            {
                "id": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "updated_by": "MunicipalESS",
                "rev": 1,
                "vocab": vocab,
                "code": code,
                "label": label,
                "position": position,
            }
            for vocab in COOPERATION_VOCABULARIES
            for position, (code, label) in enumerate(DEFAULTS[vocab])
        ),
        ignore=True,
    )


LATEST_VERSION = len(NAMES)
