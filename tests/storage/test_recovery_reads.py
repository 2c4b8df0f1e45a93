"""Recovering a damaged file into a new one: what can be read is kept, what was lost is counted."""

import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from municipaless.core.domain import CaseEvent, Organisation, Project
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage import recovery
from municipaless.storage.backup import verify_file

ORGS = 1500


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """Organisations over many pages, plus projects and their case events."""
    path = tmp_path_factory.mktemp("sample") / "territoire.municipaless"
    t = Territory.create(path, "Camille Martin")
    with t.tdb.write():
        for i in range(ORGS):
            t.records["organisation"].insert(
                Organisation(name=f"Structure {i:04d}", notes="réseau ESS " * 10)
            )
        project = t.records["project"].insert(Project(reference="P-1", name="Épicerie"))
        for day in range(1, 21):
            t.records["case_event"].insert(
                CaseEvent(project_id=project.id, kind="accueil", occurred_on=f"2025-03-{day:02d}")
            )
    t.close()
    return path


def _pages(path: Path, table: str) -> tuple[int, int, list[int]]:
    """(page size, root page, leaf pages under the root) of a table: read from the b-tree
    itself, so the test does not depend on SQLite's optional dbstat table."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = path.read_bytes()
    page = data[(root - 1) * size : root * size]
    assert page[0] == 0x05, "the root should be an interior page"
    cells = struct.unpack(">H", page[3:5])[0]
    children = []
    for i in range(cells):  # cell pointers, then each cell starts with its child page number
        (offset,) = struct.unpack(">H", page[12 + 2 * i : 14 + 2 * i])
        children.append(struct.unpack(">I", page[offset : offset + 4])[0])
    children.append(struct.unpack(">I", page[8:12])[0])  # the right-most child
    assert all(data[(c - 1) * size] == 0x0D for c in children), "children should be leaves"
    return size, root, children


def _scribble(path: Path, page: int, size: int) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xff" * 64)


def _names(path: Path) -> list[str]:
    t = open_territory(path, "Camille Martin", OpenMode.UNLOCKED)
    try:
        return [o.name for o in t.records["organisation"].where()]
    finally:
        t.close()


def test_damaged_leaf_pages_lose_only_their_rows(sample, tmp_path):
    damaged = tmp_path / "abime.municipaless"
    shutil.copyfile(sample, damaged)
    size, _root, leaves = _pages(damaged, "organisation")
    assert len(leaves) > 20
    hit = [leaves[3], leaves[4], leaves[len(leaves) // 2], leaves[-1]]
    for page in hit:
        _scribble(damaged, page, size)
    assert verify_file(damaged, "integrity_check") != "ok"
    target = tmp_path / "recupere.municipaless"
    report = recovery.recover(damaged, target, officer="Camille Martin")
    orgs = next(r for r in report.tables if r.table == "organisation")
    assert orgs.known == ORGS  # the name index still knows every row
    assert orgs.damaged_spots >= 3  # leaves 3 and 4 are neighbours: one spot
    per_leaf = ORGS / len(leaves)
    assert ORGS - 6 * per_leaf < orgs.recovered < ORGS
    assert orgs.lost == ORGS - orgs.recovered
    events = next(r for r in report.tables if r.table == "case_event")
    assert (events.recovered, events.lost) == (20, 0)
    assert report.integrity == "ok" and report.orphans == 0
    names = _names(target)
    assert len(names) == orgs.recovered
    assert set(names) <= {f"Structure {i:04d}" for i in range(ORGS)}
    assert "Structure 0000" in names  # before the first damaged leaf
    t = open_territory(target, "Camille Martin", OpenMode.UNLOCKED)
    assert not t.read_only and not t.damaged
    assert t.search("structure")["organisation"]  # the search index was rebuilt
    assert t.meta(["recovered_from"])["recovered_from"] == str(damaged)
    t.records["organisation"].insert(Organisation(name="Nouvelle"))  # writable, as any file
    t.close()


def test_an_unreadable_table_is_reported_and_the_others_are_kept(sample, tmp_path):
    damaged = tmp_path / "abime.municipaless"
    shutil.copyfile(sample, damaged)
    size, root, _leaves = _pages(damaged, "organisation")
    _scribble(damaged, root, size)
    report = recovery.recover(damaged, tmp_path / "recupere.municipaless")
    orgs = next(r for r in report.tables if r.table == "organisation")
    assert orgs.unreadable and orgs.recovered == 0 and orgs.lost == ORGS
    projects = next(r for r in report.tables if r.table == "project")
    assert projects.recovered == 1 and not projects.lost
    vocab = next(r for r in report.tables if r.table == "vocabulary")
    assert vocab.recovered > 0 and not vocab.lost
    assert report.integrity == "ok"


def test_a_sound_file_is_copied_whole(sample, tmp_path):
    report = recovery.recover(sample, tmp_path / "copie.municipaless")
    assert report.lost == 0
    assert sorted(_names(tmp_path / "copie.municipaless")) == [
        f"Structure {i:04d}" for i in range(ORGS)
    ]
    conn = sqlite3.connect(sample)
    journal = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    conn.close()
    assert next(r for r in report.tables if r.table == "journal").recovered == journal
