"""A colleague's copy of the window's open file, for the merge tests."""

import sqlite3
import uuid

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, open_territory
from tests.ui.sample import HEART


def copy_of(window, tmp_path):
    """A copy of the window's open file as a colleague's: same records, its own copy_id."""
    target = tmp_path / "paul.municipaless"
    dest = sqlite3.connect(str(target))
    window.territory.tdb.db.conn.backup(dest)
    dest.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'", (str(uuid.uuid4()),))
    dest.commit()
    dest.close()
    return target


def colleague_copy(window, tmp_path):
    """Paul's copy of the open file: he renames "France Active Ain", adds one, edits CBS."""
    target = copy_of(window, tmp_path)
    paul = open_territory(target, "Paul Martin", OpenMode.UNLOCKED)
    orgs = paul.records["organisation"]
    heart = orgs.where("name = ?", [HEART])[0]
    orgs.update(heart.id, heart.rev, acronym="CBS-P", kind="reseau")
    fa = orgs.where("name = ?", ["France Active Ain"])[0]
    orgs.update(fa.id, fa.rev, website="https://franceactive.example")
    orgs.insert(Organisation(name="Ressourcerie du Val"))
    paul.close()
    return target, heart
