"""Consistent snapshots with SQLite's backup API (never a file copy), verified before use."""

import os
import sqlite3
from pathlib import Path

import platformdirs


class BackupFailed(Exception):
    pass


def default_backup_dir() -> Path:
    return platformdirs.user_data_path("MunicipalESS", appauthor=False) / "sauvegardes"


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a verified snapshot of ``conn`` at ``target`` via a temporary name, then rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            result = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if result != "ok":
            raise BackupFailed(f"vérification de la sauvegarde : {result}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
