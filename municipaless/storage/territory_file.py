"""Opening and creating a territory file, safely.

Everything that can be decided from the file's 100-byte header (is it SQLite, is it ours, which
version) is decided before SQLite touches it, so refusing a file never changes it on disk.
"""

import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from municipaless.core.i18n import _
from municipaless.core.text import fold, sort_key
from municipaless.storage import backup
from municipaless.storage.errors import (
    FileProblem,
    MigrationFailed,
    NewerFileError,
    NotATerritoryFile,
    ReadOnlyError,
)
from municipaless.storage.migrations import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    """Classify a file from its header alone; raise a FileProblem naming what it is not."""
    name = path.name
    if not path.exists():
        raise FileProblem(_("Le fichier « {name} » est introuvable.").format(name=name))
    if path.is_dir():
        raise FileProblem(
            _("« {name} » est un dossier, pas un fichier de territoire.").format(name=name)
        )
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise FileProblem(
            _("Impossible de lire « {name} » : {strerror}.").format(
                name=name, strerror=exc.strerror
            )
        ) from exc
    if not head:
        raise NotATerritoryFile(
            _("Le fichier « {name} » est vide : ce n'est pas un fichier MunicipalESS.").format(
                name=name
            )
        )
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotATerritoryFile(
            _(
                "« {name} » n'est pas un fichier MunicipalESS. Vérifiez que vous avez "
                "choisi le bon fichier (un fichier de territoire se termine en général "
                "par .municipaless)."
            ).format(name=name)
        )
    (user_version,) = struct.unpack(">i", head[60:64])
    (application_id,) = struct.unpack(">i", head[68:72])
    return Header(application_id=application_id, user_version=user_version)


class TerritoryDB:
    """An open territory file: the sqlite-utils Database plus who writes and how."""

    def __init__(self, db: Database, path: Path | None, *, read_only: bool, officer: str):
        self.db = db
        self.path = path
        self.read_only = read_only
        self.officer = officer
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.read_only_reason = ""
        self.damaged = ""  # quick_check's description of the damage, if any
        self._copy_id: str | None = None

    @property
    def copy_id(self) -> str:
        if self._copy_id is None:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'copy_id'").fetchone()
            self._copy_id = row[0] if row else ""
        return self._copy_id

    @property
    def schema_version(self) -> int:
        version: int = self.db.execute("PRAGMA user_version").fetchone()[0]
        return version

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, begun IMMEDIATE so it never fails half-way on a lock."""
        if self.read_only:
            raise ReadOnlyError(
                _(
                    "Ce fichier est ouvert en lecture seule : la modification n'a pas été "
                    "enregistrée."
                )
            )
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def quick_check(self) -> str:
        """'' when sound, else the damage; a worker may stop it with ``interrupt()``."""
        return _quick_check(self.db.conn)

    def probe(self, tables: tuple[str, ...]) -> None:
        """Read each table's first page; raises sqlite3.DatabaseError where it is damaged."""
        for table in tables:
            self.db.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()

    def interrupt(self) -> None:
        """Abort the statement running on this connection (safe from another thread)."""
        self.db.conn.interrupt()

    def integrity_check(self) -> str:
        """'ok', or SQLite's own description of the damage (first lines)."""
        rows = [r[0] for r in self.db.execute("PRAGMA integrity_check(20)").fetchall()]
        return "ok" if rows == ["ok"] else "; ".join(rows)

    def close(self) -> None:
        self.db.close()


# The French order of names on every connection (core.text.sort_key): ``ORDER BY fr_key(x), x``
# for the big lists (one folding per row, cached: a page of 20,000 projects sorted by name
# takes ~20 ms against ~9 ms with NOCASE, where a comparison callback took ~45 ms and ~360 ms
# at the list's end), ``COLLATE FR`` for the short ones.
_fr_key = lru_cache(maxsize=65536)(fold)
_fr_sort_key = lru_cache(maxsize=65536)(sort_key)


def _fr_compare(a: str, b: str) -> int:
    key_a, key_b = _fr_sort_key(a), _fr_sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


def _register_french(conn: sqlite3.Connection) -> None:
    conn.create_function("fr_key", 1, _fr_key, deterministic=True)
    conn.create_collation("FR", _fr_compare)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    _register_french(conn)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        conn.execute("PRAGMA synchronous = FULL")
        # Never WAL: the file travels to network shares and USB keys (docs/known-traps.md#11).
        conn.execute("PRAGMA journal_mode = DELETE")
    return conn


def _quick_check(conn: sqlite3.Connection) -> str:
    """'' when the file is sound, else SQLite's first lines about the damage."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "" if rows == ["ok"] else "; ".join(rows)


def _wrap(conn: sqlite3.Connection) -> Database:
    return Database(conn, execute_plugins=False)


def _writable(path: Path) -> bool:
    # The rollback journal is created beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def create(path: Path, officer: str = "") -> TerritoryDB:
    """Create a new territory file at ``path``; refuses to overwrite an existing non-empty file."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileProblem(
            _("Le fichier « {name} » existe déjà : choisissez un autre nom.").format(name=path.name)
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(path, read_only=False)
    except (OSError, sqlite3.Error) as exc:
        raise FileProblem(
            _("Impossible de créer « {name} » : {exc}.").format(name=path.name, exc=exc)
        ) from exc
    db = _wrap(conn)
    try:
        with db.atomic():
            MIGRATIONS.apply(db)
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    return TerritoryDB(db, path, read_only=False, officer=officer)


def check_header(path: Path) -> Header:
    """Refuse, from the header alone, a file that is not ours or from a newer version."""
    path = Path(path)
    header = read_header(path)
    name = path.name
    if header.application_id != APPLICATION_ID:
        raise NotATerritoryFile(
            _(
                "« {name} » est une base de données d'une autre application, pas un "
                "fichier MunicipalESS : il n'a pas été ouvert, et n'a pas été modifié."
            ).format(name=name)
        )
    if header.user_version > LATEST_VERSION:
        raise NewerFileError(
            _(
                "« {name} » a été enregistré par une version plus récente de "
                "MunicipalESS (format {user_version}, cette version lit jusqu'au "
                "format {LATEST_VERSION}). Mettez l'application à jour pour l'ouvrir ; "
                "le fichier n'a pas été modifié."
            ).format(name=name, user_version=header.user_version, LATEST_VERSION=LATEST_VERSION)
        )
    return header


def open_database(
    path: Path,
    *,
    officer: str = "",
    read_only: bool = False,
    backup_dir: Path | None = None,
    verify: bool = True,
) -> TerritoryDB:
    """Open a territory file's database, migrating an older one after backing it up.

    Storage-level only: no presence lock and no working copy (the name says "database", not
    "territory"); the app opens files through ``services.file.open_territory``.

    A file from a newer version is refused; a file we may not write opens read-only (or is
    refused when it would need a migration); a damaged file (``quick_check``) opens read-only
    with ``damaged`` set. On any refusal the file is left untouched. ``verify=False`` skips
    quick_check (~7 ms per MB): the window runs it on a worker for big files instead.
    """
    path = Path(path)
    header = check_header(path)
    name = path.name
    reason = ""
    if not read_only and not _writable(path):
        read_only = True
        reason = _(
            "« {name} » (ou son dossier) est protégé en écriture : il est ouvert en lecture seule."
        ).format(name=name)
    needs_migration = header.user_version < LATEST_VERSION
    if needs_migration and read_only:
        raise FileProblem(
            _(
                "« {name} » a été créé par une version plus ancienne de MunicipalESS "
                "et doit être mis à jour, ce qui est impossible en lecture seule. "
                "Copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie."
            ).format(name=name)
        )
    try:
        conn = _connect(path, read_only)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise FileProblem(
            _(
                "« {name} » est endommagé et ne peut pas être lu ({exc}). Restaurez une sauvegarde."
            ).format(name=name, exc=exc)
        ) from exc
    damage = _quick_check(conn) if verify else ""
    if damage and not read_only:  # never write into a damaged file: reopen read-only
        conn.close()
        read_only = True
        conn = _connect(path, read_only)
    tdb = TerritoryDB(_wrap(conn), path, read_only=read_only, officer=officer)
    tdb.read_only_reason = reason
    if damage:
        tdb.damaged = damage
        tdb.read_only_reason = _(
            "« {name} » est endommagé ({damage}) : il est ouvert en lecture seule "
            "pour ne rien aggraver. Restaurez la dernière sauvegarde."
        ).format(name=name, damage=damage)
        if needs_migration:
            tdb.close()
            raise FileProblem(tdb.read_only_reason)
    if needs_migration:
        _migrate(tdb, header.user_version, backup_dir)
    return tdb


@contextmanager
def open_to_read(path: Path) -> Iterator[TerritoryDB]:
    """A file we only read (a colleague's copy to merge), opened read-only; one written by an
    older version is read through a migrated copy in a temporary folder, so a copy made
    before an update still merges and the colleague's file is never written."""
    path = Path(path)
    header = check_header(path)
    if header.user_version >= LATEST_VERSION:
        tdb = open_database(path, read_only=True)
        try:
            yield tdb
        finally:
            tdb.close()
        return
    with tempfile.TemporaryDirectory(prefix="municipaless-lecture-") as tmp:
        copy = backup.snapshot_file(path, Path(tmp) / path.name, new_copy_id=False)
        tdb = open_database(copy, backup_dir=Path(tmp) / "avant-mise-a-jour")
        try:
            yield tdb
        finally:
            tdb.close()


def _migrate(tdb: TerritoryDB, from_version: int, backup_dir: Path | None) -> None:
    assert tdb.path is not None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target_dir = backup_dir or backup.default_backup_dir()
    target = target_dir / f"{tdb.path.stem}-avant-mise-a-jour-v{from_version}-{stamp}.municipaless"
    try:
        backup.backup_to(tdb.db.conn, target)
    except (OSError, sqlite3.Error, backup.BackupFailed) as exc:
        tdb.close()
        raise MigrationFailed(
            _(
                "La sauvegarde de « {name} » avant sa mise à jour a échoué ({exc}) : "
                "le fichier n'a pas été mis à jour ni modifié."
            ).format(name=tdb.path.name, exc=exc)
        ) from exc
    try:
        # All pending migrations in one outer transaction: a failure leaves the old version.
        with tdb.db.atomic():
            MIGRATIONS.apply(tdb.db)
    except Exception as exc:
        tdb.close()
        raise MigrationFailed(
            _(
                "La mise à jour de « {name} » a échoué ({exc}). Le fichier est resté "
                "dans son état précédent ; une sauvegarde est dans {target}."
            ).format(name=tdb.path.name, exc=exc, target=target)
        ) from exc
    tdb.migrated_from = from_version
    tdb.backup_path = target
