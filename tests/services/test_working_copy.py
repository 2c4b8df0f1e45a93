"""A file on a share is worked on through a local copy and written back atomically.

The share is simulated by a local folder with ``force_share=True`` (the same code path as a
detected SMB/NFS mount or removable drive: only the detection differs, tested apart).
"""

import os
import random
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file import working_copy as wc
from municipaless.services.file.territory import Territory
from municipaless.storage import backup as storage_backup
from municipaless.storage.lock import LockedByOther, read_lock


def names(path: Path) -> set[str]:
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        assert t.integrity_check() == "ok"
        return {o.name for o in t.records["organisation"].where()}
    finally:
        t.close()


@pytest.fixture
def shared(tmp_path) -> Path:
    path = tmp_path / "partage" / "territoire.municipaless"
    path.parent.mkdir()
    t = Territory.create(path, "Camille Martin")
    t.records["organisation"].insert(Organisation(name="BGE Ain"))
    t.close()
    return path


@pytest.fixture
def base(tmp_path) -> Path:
    return tmp_path / "donnees"


def open_shared(shared, base, officer="Camille Martin", mode=OpenMode.WRITE):
    return open_territory(shared, officer, mode, force_share=True, base=base)


def test_the_file_is_worked_on_locally_and_written_back(shared, base):
    t = open_shared(shared, base)
    copy = wc.of(t)
    assert copy is not None and t.path == copy.local and t.path.is_relative_to(base)
    assert t.path.name == shared.name and wc.shown_path(t) == shared
    assert read_lock(shared).user == "Camille Martin"  # colleagues see us on the share
    before = shared.stat().st_mtime_ns
    t.records["organisation"].insert(Organisation(name="France Active"))
    assert copy.pending(t.change_marker())
    assert shared.stat().st_mtime_ns == before  # nothing written across the network yet
    assert names(shared) == {"BGE Ain"}
    assert copy.write_back()
    assert not copy.pending(t.change_marker())
    assert names(shared) == {"BGE Ain", "France Active"}
    assert names(copy.previous_path) == {"BGE Ain"}  # the version it replaced is kept
    assert not copy.write_back()  # nothing new: nothing written
    t.records["organisation"].insert(Organisation(name="Ressourcerie"))
    wc.close(t)  # writes back on close, removes the working copy and the lock
    assert names(shared) == {"BGE Ain", "France Active", "Ressourcerie"}
    assert not copy.local.exists() and read_lock(shared) is None
    assert not list(shared.parent.glob(".*envoi*"))


def test_a_colleague_who_wrote_meanwhile_is_merged_never_overwritten(shared, base, tmp_path):
    mine = open_shared(shared, base)
    copy = wc.of(mine)
    bge = mine.records["organisation"].where("name = ?", ["BGE Ain"])[0]
    mine.records["organisation"].update(bge.id, bge.rev, acronym="BGE")
    mine.records["organisation"].insert(Organisation(name="Mes ajouts"))
    # Paul takes over the lock (it looked abandoned) and writes the share through his copy.
    paul = open_shared(shared, tmp_path / "paul", "Paul Martin", mode=OpenMode.TAKE_OVER)
    paul.records["organisation"].insert(Organisation(name="Ajout de Paul"))
    pbge = paul.records["organisation"].get(bge.id)
    paul.records["organisation"].update(pbge.id, pbge.rev, website="https://bge.example")
    wc.close(paul)
    assert names(shared) == {"BGE Ain", "Ajout de Paul"}
    with pytest.raises(wc.SharedChanged) as refused:
        copy.write_back()
    assert "Rien n'a été écrasé" in refused.value.message
    assert names(shared) == {"BGE Ain", "Ajout de Paul"}  # Paul's work is untouched
    pending = wc.preview_shared(mine)
    assert pending.plan.theirs_path == shared and not pending.plan.conflicts
    assert [a.label for a in pending.plan.additions] == ["Ajout de Paul"]
    report = wc.merge_shared(mine, pending, {}, backup_base=tmp_path / "sauvegardes")
    assert report.additions == 1 and report.backup_path is not None
    assert copy.write_back()
    assert names(shared) == {"BGE Ain", "Ajout de Paul", "Mes ajouts"}
    merged = open_territory(shared, mode=OpenMode.READ_ONLY)
    both = merged.records["organisation"].get(bge.id)
    assert (both.acronym, both.website) == ("BGE", "https://bge.example")
    merged.close()
    mine.close()


def test_a_hot_journal_beside_the_shared_file_stops_the_write_back(shared, base):
    t = open_shared(shared, base)
    t.records["organisation"].insert(Organisation(name="En attente"))
    Path(f"{shared}-journal").write_bytes(b"\x00" * 512)
    with pytest.raises(wc.ShareUnavailable):
        wc.of(t).write_back()
    assert names(shared) == {"BGE Ain"}
    Path(f"{shared}-journal").unlink()
    assert wc.of(t).write_back() and "En attente" in names(shared)
    wc.close(t)


def test_unsaved_changes_survive_a_crash_and_are_picked_up_next_time(shared, base):
    t = open_shared(shared, base)
    t.records["organisation"].insert(Organisation(name="Pas encore envoyé"))
    local = t.path
    t.close()  # as after a crash or an unreachable share: no write-back
    t.presence = None
    assert local.exists() and names(shared) == {"BGE Ain"}
    again = open_shared(shared, base, mode=OpenMode.TAKE_OVER)
    copy = wc.of(again)
    assert copy.resumed and copy.pending(again.change_marker())
    assert copy.write_back()
    assert names(shared) == {"BGE Ain", "Pas encore envoyé"}
    wc.close(again)


def test_a_held_shared_file_opens_read_only_on_its_own_copy(shared, base, tmp_path):
    holder = open_shared(shared, base)
    holder.records["organisation"].insert(Organisation(name="Pas à moi"))
    with pytest.raises(LockedByOther):
        open_shared(shared, tmp_path / "autre", "Paul Martin")
    look = open_shared(shared, tmp_path / "autre", "Paul Martin", OpenMode.READ_ONLY)
    copy = wc.of(look)
    assert look.read_only and look.read_only_reason.startswith("ouvert par Camille Martin")
    assert copy.read_only and not copy.write_back()
    wc.close(look)
    assert not copy.local.exists()
    assert read_lock(shared).user == "Camille Martin"
    wc.close(holder)
    assert "Pas à moi" in names(shared)


@pytest.mark.parametrize("stage", ["copied", "verified", "kept"])
def test_a_write_back_failing_between_steps_leaves_the_old_file(shared, base, stage):
    t = open_shared(shared, base)
    copy = wc.of(t)
    t.records["organisation"].insert(Organisation(name="Nouveau"))

    def fail(step: str) -> None:
        if step == stage:
            raise OSError(28, "No space left on device")

    with pytest.raises(wc.ShareUnavailable):
        copy.write_back(step=fail)
    assert names(shared) == {"BGE Ain"}  # integrity_check ok, old content
    assert not list(shared.parent.glob(".*envoi*"))
    assert copy.pending(t.change_marker()) and copy.write_back()  # the next try works
    assert names(shared) == {"BGE Ain", "Nouveau"}
    wc.close(t)


# a write-back killed half-way ------------------------------------------------------------------
def _child_publishes(sources: list[Path], target: Path, write_fd: int) -> None:
    try:
        os.write(write_fd, b"go\n")
        n = 0
        while True:
            storage_backup.publish(sources[n % 2], target, previous=Path(f"{target}.precedent"))
            n += 1
    finally:
        os._exit(1)


def _version(path: Path, n: int) -> Path:
    """A ~1 MB territory whose organisations are all named "v<n>-…"."""
    t = Territory.create(path, "Camille Martin")
    orgs = t.records["organisation"]
    with t.tdb.write():
        for i in range(300):
            orgs.insert(Organisation(name=f"v{n}-{i}", notes="x" * 2000))
    t.close()
    return path


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork: POSIX only")
def test_write_backs_killed_at_random_moments_leave_the_old_or_the_new_file(tmp_path):
    sources = [_version(tmp_path / f"v{n}.municipaless", n) for n in (0, 1)]
    share = tmp_path / "partage"
    share.mkdir()
    target = share / "territoire.municipaless"
    storage_backup.publish(sources[0], target)
    contents = [names(s) for s in sources]
    rng = random.Random(11)
    seen = set()
    rounds = 30
    halfway = 0
    for _ in range(rounds):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(read_fd)
            _child_publishes(sources, target, write_fd)
        os.close(write_fd)
        select.select([read_fd], [], [], 10)
        time.sleep(rng.uniform(0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        halfway += any(share.glob(f".{target.name}.*envoi*"))  # a killed write-back's copy
        assert storage_backup.verify_file(target, "integrity_check") == "ok"
        found = names(target)
        assert found in contents
        seen.add(contents.index(found))
    assert halfway > 0  # some kills did land in the middle of a copy
    # The next write-back takes over the dead one's lock and removes its leftovers.
    storage_backup.publish(sources[0], target, previous=Path(f"{target}.precedent"))
    assert not list(share.glob(".*envoi*")) and names(target) == contents[0]
    assert 1 <= len(list(share.glob("*.precedent*"))) <= storage_backup.KEEP_PREVIOUS
    print(
        f"\nwrite-back kills: {rounds} rounds, {halfway} mid-copy, versions seen {sorted(seen)}",
        file=sys.stderr,
    )


def test_a_damaged_working_copy_with_changes_is_set_aside_never_overwritten(shared, base):
    t = open_shared(shared, base, mode=OpenMode.UNLOCKED)
    t.records["organisation"].insert(Organisation(name="Pas encore envoyé"))
    local = t.path
    t.close()
    with local.open("r+b") as f:  # the page holding sqlite_master
        f.write(b"\xff" * 4096)
    again = open_shared(shared, base, mode=OpenMode.UNLOCKED)
    copy = wc.of(again)
    assert not copy.resumed and copy.set_aside is not None
    assert copy.set_aside.is_file() and copy.set_aside.parent == local.parent
    assert copy.set_aside.with_name(copy.set_aside.name + ".partage.json").is_file()
    assert names(copy.local) == {"BGE Ain"}  # a fresh copy of the share beside it
    wc.close(again)
    assert copy.set_aside.is_file()  # closing never removes what was set aside
