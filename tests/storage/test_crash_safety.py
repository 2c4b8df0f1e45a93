"""Crash safety: a writer killed (SIGKILL) at random moments never breaks the file nor loses a
transaction it saw committed; two processes racing on one record never lose an update.

Children are forked from the test process (modules already imported), so a round costs a few
milliseconds and hundreds of kills fit in the suite's time.
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
from municipaless.services.file.territory import Territory
from municipaless.storage.errors import ConflictError

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork: POSIX only")


def _child_writes(path: Path, start: int, write_fd: int) -> None:
    """In the child: insert records numbered from ``start``, report each after its commit."""
    try:
        t = open_territory(path, "Enfant", OpenMode.UNLOCKED)
        orgs = t.records["organisation"]
        number = start
        while True:
            orgs.insert(Organisation(name=f"org-{number}"))
            os.write(write_fd, f"{number}\n".encode())
            number += 1
    finally:
        os._exit(1)


def _fork(target, *args) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.close(read_fd)
        target(*args, write_fd)
    os.close(write_fd)
    return pid, read_fd


def _read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()


def _kill_rounds(path: Path, rounds: int, seed: int) -> dict:
    rng = random.Random(seed)
    committed: set[str] = set()
    next_number = 0
    hot = 0  # kills that left a hot rollback journal: caught mid-transaction
    for _ in range(rounds):
        pid, fd = _fork(_child_writes, path, next_number)
        # wait for the first commit, then kill after a random delay (often mid-transaction)
        select.select([fd], [], [], 10)
        time.sleep(rng.uniform(0, 0.004))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        hot += path.with_name(path.name + "-journal").exists()
        reported = _read_all(fd).split()
        committed.update(f"org-{n}" for n in reported)
        next_number += 100_000
        t = open_territory(path, "Parent", OpenMode.UNLOCKED)  # rolls back a hot journal
        try:
            assert t.integrity_check() == "ok"
            names = {o.name for o in t.records["organisation"].where()}
            assert committed <= names, sorted(committed - names)[:5]
        finally:
            t.close()
    return {"rounds": rounds, "committed": len(committed), "mid_transaction": hot}


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "crash.municipaless"
    Territory.create(p, "Camille Martin").close()
    return p


def test_fifty_kills_lose_nothing_committed(path):
    figures = _kill_rounds(path, 50, seed=7)
    assert figures["committed"] >= 50
    print(f"\ncrash safety: {figures}", file=sys.stderr)


@pytest.mark.slow
def test_two_hundred_kills_lose_nothing_committed(path):
    figures = _kill_rounds(path, 200, seed=2024)
    assert figures["committed"] >= 200
    print(f"\ncrash safety (slow): {figures}", file=sys.stderr)


def _child_increments(path: Path, org_id: str, times: int, write_fd: int) -> None:
    """Increment a counter kept in ``acronym``, re-reading on every conflict."""
    try:
        t = open_territory(path, "Enfant", OpenMode.UNLOCKED)
        orgs = t.records["organisation"]
        done = conflicts = 0
        while done < times:
            current = orgs.get(org_id)
            try:
                orgs.update(org_id, current.rev, acronym=str(int(current.acronym) + 1))
                done += 1
            except ConflictError:
                conflicts += 1
        os.write(write_fd, f"{conflicts}\n".encode())
    finally:
        os._exit(0)


def test_two_processes_racing_on_one_record_never_lose_an_update(path):
    t = open_territory(path, "Parent", OpenMode.UNLOCKED)
    org = t.records["organisation"].insert(Organisation(name="Compteur", acronym="0"))
    t.close()
    children = [_fork(_child_increments, path, org.id, 100) for _ in range(2)]
    conflicts = 0
    for pid, fd in children:
        conflicts += int(_read_all(fd) or 0)
        os.waitpid(pid, 0)
    t = open_territory(path, "Parent", OpenMode.UNLOCKED)
    try:
        final = t.records["organisation"].get(org.id)
        assert final.acronym == "200" and final.rev == 201
    finally:
        t.close()
    print(f"\nrace: 200 increments, {conflicts} stale revs refused", file=sys.stderr)


def test_a_stale_rev_from_another_process_is_refused(path):
    t = open_territory(path, "Parent", OpenMode.UNLOCKED)
    orgs = t.records["organisation"]
    org = orgs.insert(Organisation(name="Avant", acronym="0"))
    pid, fd = _fork(_child_increments, path, org.id, 1)
    _read_all(fd)
    os.waitpid(pid, 0)
    with pytest.raises(ConflictError):
        orgs.update(org.id, org.rev, name="Écrasé ?")
    assert orgs.get(org.id).name == "Avant" and orgs.get(org.id).acronym == "1"
    t.close()
