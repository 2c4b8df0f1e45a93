"""Write-backs racing each other or a colleague who has the shared file open directly.

Processes are forked (no interpreter start-up per round). A save is "acknowledged" when the
process that made it was told it succeeded: every acknowledged save must be in the shared
file at the end of each round, however the write-backs interleaved.
"""

import os
import random
import select
import sqlite3
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file import working_copy as wc
from municipaless.services.file.territory import Territory
from municipaless.storage import backup as storage_backup
from municipaless.storage import writeback_lock

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork: POSIX only")

MERGED = 10  # exit code of a writer that had to merge the other's version first


def names(path: Path) -> set[str]:
    t = open_territory(path, mode=OpenMode.READ_ONLY, force_share=False)
    try:
        assert t.integrity_check() == "ok"
        return {o.name for o in t.records["organisation"].where()}
    finally:
        t.close()


def write_back_or_merge(t, base: Path) -> int:
    """What the window does: write back; if the share moved, merge it in, then again."""
    copy = wc.of(t)
    merges = 0
    for _ in range(200):
        try:
            copy.write_back()
            return merges
        except wc.SharedChanged:
            pending = wc.preview_shared(t)
            wc.merge_shared(t, pending, {}, backup_base=base / "sauvegardes")
            merges += 1
        except wc.ShareUnavailable:
            time.sleep(0.02)
    raise AssertionError("never written back")


@pytest.fixture
def shared(tmp_path) -> Path:
    path = tmp_path / "partage" / "territoire.municipaless"
    path.parent.mkdir()
    Territory.create(path, "Camille").close()
    return path


def _fork(body) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        code = 1
        try:
            code = body()
        finally:
            os._exit(code)
    return pid


def _writer(shared: Path, base: Path, who: str, round_no: int, ready_w: int, go_r: int) -> int:
    t = open_territory(shared, who, OpenMode.UNLOCKED, force_share=True, base=base)
    t.records["organisation"].insert(Organisation(name=f"{who}-{round_no}"))
    os.write(ready_w, b"r")
    os.read(go_r, 1)
    merges = write_back_or_merge(t, base)
    wc.close(t)
    return MERGED if merges else 0


@pytest.mark.slow
def test_two_write_backs_at_once_lose_nothing(shared, tmp_path):
    rounds, merged = 20, 0
    for round_no in range(rounds):
        ready_r, ready_w = os.pipe()
        go_r, go_w = os.pipe()

        pids = [
            _fork(partial(_writer, shared, tmp_path / who, who, round_no, ready_w, go_r))
            for who in ("Anne", "Paul")
        ]
        for _ in pids:
            os.read(ready_r, 1)
        os.write(go_w, b"gg")  # both write back now
        codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
        for fd in (ready_r, ready_w, go_r, go_w):
            os.close(fd)
        assert set(codes) <= {0, MERGED}, codes
        merged += codes.count(MERGED)
        expected = {f"{who}-{n}" for who in ("Anne", "Paul") for n in range(round_no + 1)}
        assert expected <= names(shared), f"round {round_no}: a save was overwritten"
    print(
        f"\nconcurrent write-backs: {rounds} rounds, {merged} merged first, 0 lost", file=sys.stderr
    )
    assert merged > 0  # the race did happen: some write-back found the other's version
    assert not list(shared.parent.glob(".*envoi*"))


def _direct_opener(shared: Path, ack_w: int, stop_r: int) -> int:
    """A colleague with the shared file open directly, saving every 0.15 s; a save refused
    (the file was swapped under them) is not acknowledged: they reopen and try it again at
    once, as the window does, so some saves land whatever the machine's load."""
    t = open_territory(shared, "Direct", OpenMode.UNLOCKED, force_share=False)
    n = 0
    while not select.select([stop_r], [], [], 0.15)[0]:
        for _attempt in range(50):
            try:
                t.records["organisation"].insert(Organisation(name=f"direct-{os.getpid()}-{n}"))
            except (sqlite3.Error, Exception):  # noqa: BLE001 - refused: reopen, no ack
                t.close()
                t = open_territory(shared, "Direct", OpenMode.UNLOCKED, force_share=False)
                continue
            os.write(ack_w, f"direct-{os.getpid()}-{n}\n".encode())
            n += 1
            break
    t.close()
    return 0


@pytest.mark.slow
def test_a_direct_opener_saving_during_write_backs_loses_nothing(shared, tmp_path):
    base = tmp_path / "donnees"
    rng = random.Random(7)
    rounds, acked_total, merges = 10, 0, 0
    for round_no in range(rounds):
        ack_r, ack_w = os.pipe()
        stop_r, stop_w = os.pipe()
        pid = _fork(partial(_direct_opener, shared, ack_w, stop_r))
        os.close(ack_w)
        t = open_territory(shared, "Copie", OpenMode.UNLOCKED, force_share=True, base=base)
        ours, until = 0, time.monotonic() + 0.8
        while time.monotonic() < until:
            t.records["organisation"].insert(Organisation(name=f"copie-{round_no}-{ours}"))
            ours += 1
            time.sleep(rng.uniform(0, 0.1))
            merges += write_back_or_merge(t, base)
        os.write(stop_w, b"s")
        os.waitpid(pid, 0)
        data = b""
        while chunk := os.read(ack_r, 65536):
            data += chunk
        for fd in (ack_r, stop_r, stop_w):
            os.close(fd)
        merges += write_back_or_merge(t, base)  # their last saves
        wc.close(t)
        acked = [line for line in data.decode().split("\n") if line]
        acked_total += len(acked)
        on_share = names(shared)
        lost = [a for a in acked if a not in on_share]
        assert not lost, f"round {round_no}: {len(lost)} acknowledged saves lost"
        assert {f"copie-{round_no}-{k}" for k in range(ours)} <= on_share
    print(
        f"\ndirect opener during write-backs: {rounds} rounds, {acked_total} acknowledged, "
        f"{merges} merges, 0 lost",
        file=sys.stderr,
    )
    assert acked_total > 0 and merges > 0


def test_previous_versions_rotate_instead_of_being_overwritten(shared, tmp_path):
    previous = Path(f"{shared}.precedent")
    versions = []
    for n in range(storage_backup.KEEP_PREVIOUS + 2):
        source = tmp_path / f"v{n}.municipaless"
        t = Territory.create(source, "Camille")
        t.records["organisation"].insert(Organisation(name=f"v{n}"))
        t.close()
        storage_backup.publish(source, shared, previous=previous)
        versions.append(f"v{n}")
    kept = storage_backup.previous_versions(previous)
    assert [names(p) - {""} for p in kept] == [{v} for v in reversed(versions[1:-1])][:5]


def test_a_dead_write_backs_lock_and_leftovers_are_taken_over(shared, tmp_path):
    lock = writeback_lock.lock_path(shared)
    pid = _fork(lambda: 0)
    os.waitpid(pid, 0)  # a process id that is gone
    lock.write_text(
        f'{{"user": "Paul", "host": "{os.uname().nodename}", "pid": {pid}, "token": "x"}}'
    )
    leftover = shared.with_name(f".{shared.name}.deadbeef.envoi")
    leftover.write_bytes(b"half a copy")
    source = tmp_path / "v.municipaless"
    Territory.create(source, "Camille").close()
    storage_backup.publish(source, shared)
    assert not lock.exists() and not leftover.exists()


def test_a_live_write_back_makes_the_other_wait_then_give_up_in_french(shared):
    with (
        writeback_lock.hold(shared, "Paul"),
        pytest.raises(writeback_lock.WriteBackBusy, match="Paul"),
        writeback_lock.hold(shared, "Anne", wait=0.2),
    ):
        pass
    with writeback_lock.hold(shared, "Anne", wait=0.2):
        pass
