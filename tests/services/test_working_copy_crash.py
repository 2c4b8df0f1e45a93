"""A session killed mid-transaction on a working copy loses nothing it acknowledged.

A child process (forked: no interpreter start-up per round) writes organisations into the
working copy of a shared file, three per transaction, and reports each committed
transaction through a pipe; it also writes back now and then, so some kills land in a
write-back. The parent kills it with SIGKILL at a random moment, reopens the file the way
the window does (resume the working copy, merge the share first if it moved), writes back,
and checks that every acknowledged record is on the share.
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


def _child_writes(shared: Path, base: Path, round_no: int, write_fd: int) -> None:
    try:
        t = open_territory(shared, "Enfant", OpenMode.UNLOCKED, force_share=True, base=base)
        copy = wc.of(t)
        os.write(write_fd, b"go\n")
        n = 0
        while True:
            with t.transaction():
                for k in range(3):
                    t.records["organisation"].insert(Organisation(name=f"r{round_no}-{n}-{k}"))
            os.write(write_fd, f"r{round_no}-{n}\n".encode())
            n += 1
            if n % 25 == 0:
                copy.write_back()
    finally:
        os._exit(1)


def _reopen_and_write_back(shared: Path, base: Path) -> set[str]:
    """What the window does at the next opening; returns the names on the share after."""
    t = open_territory(shared, "Parent", OpenMode.UNLOCKED, force_share=True, base=base)
    try:
        copy = wc.of(t)
        assert copy.set_aside is None, "a working copy could not be resumed"
        try:
            copy.write_back()
        except wc.SharedChanged:  # a killed write-back reached the share, not its note
            pending = wc.preview_shared(t)
            wc.merge_shared(t, pending, {}, backup_base=base / "sauvegardes")
            copy.write_back()
    finally:
        wc.close(t)
    check = open_territory(shared, mode=OpenMode.READ_ONLY, force_share=False)
    try:
        assert check.integrity_check() == "ok"
        return {o.name for o in check.records["organisation"].where()}
    finally:
        check.close()


def _acknowledged(read_fd: int) -> list[str]:
    data = b""
    while chunk := os.read(read_fd, 65536):
        data += chunk
    return [line for line in data.decode().split("\n")[1:] if line]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork: POSIX only")
def test_fifty_kills_mid_transaction_lose_no_acknowledged_record(tmp_path):
    shared = tmp_path / "partage" / "territoire.municipaless"
    shared.parent.mkdir()
    Territory.create(shared, "Camille").close()
    base = tmp_path / "donnees"
    rng = random.Random(20261203)
    rounds, lost, hot, acked_total = 50, 0, 0, 0
    for round_no in range(rounds):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(read_fd)
            _child_writes(shared, base, round_no, write_fd)
        os.close(write_fd)
        select.select([read_fd], [], [], 20)
        time.sleep(rng.uniform(0.02, 0.3))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acked = _acknowledged(read_fd)
        os.close(read_fd)
        hot += any(wc.folder_for(shared, base).glob("*-journal"))
        on_share = _reopen_and_write_back(shared, base)
        missing = [a for a in acked if any(f"{a}-{k}" not in on_share for k in range(3))]
        lost += len(missing)
        acked_total += len(acked)
    print(
        f"\nworking-copy kills: {rounds} rounds, {acked_total} acknowledged transactions, "
        f"{hot} hot journals left, {lost} lost",
        file=sys.stderr,
    )
    assert lost == 0
    assert hot > 0  # kills did land mid-transaction
