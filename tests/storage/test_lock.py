"""Presence lock: written, refreshed and removed; a second opener learns who holds the file."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta

import pytest

from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage import lock as presence
from municipaless.storage.lock import LockedByOther, PresenceLock, lock_path, read_lock

HOLDER = textwrap.dedent(
    """
    import sys
    from municipaless.services.file import open_territory
    t = open_territory(sys.argv[1], "Marie Dupont")
    print("ready", flush=True)
    sys.stdin.readline()
    t.close()
    print("closed", flush=True)
    """
)


@pytest.fixture
def territory_file(tmp_path):
    path = tmp_path / "territoire.municipaless"
    Territory.create(path, "Camille Martin").close()
    return path


def test_lock_is_written_refreshed_and_removed(territory_file):
    t = open_territory(territory_file, "Marie Dupont")
    info = read_lock(territory_file)
    assert lock_path(territory_file).name == ".~lock.territoire.municipaless#"
    assert info.user == "Marie Dupont" and info.pid == os.getpid()
    assert info.host == socket.gethostname() and info.app_version
    first_line = lock_path(territory_file).read_text("utf-8").splitlines()[0]
    assert first_line.startswith("Marie Dupont,") and first_line.endswith(";")
    before = info.refreshed
    assert t.refresh_presence()
    assert read_lock(territory_file).refreshed > before
    assert read_lock(territory_file).since == info.since
    t.close()
    assert not lock_path(territory_file).exists()


def test_another_window_of_this_process_is_told_who_holds_it(territory_file):
    first = open_territory(territory_file, "Marie Dupont")
    try:
        with pytest.raises(LockedByOther) as caught:
            open_territory(territory_file, "Paul")
        assert "ouvert par Marie Dupont" in caught.value.message
        assert not caught.value.info.is_stale()
        reader = open_territory(territory_file, "Paul", OpenMode.READ_ONLY)
        assert reader.read_only and reader.read_only_reason.startswith("ouvert par Marie Dupont")
        reader.close()
        assert lock_path(territory_file).exists()  # a reader never removes the holder's lock
    finally:
        first.close()


def test_second_process_gets_the_holder_then_takes_over_once_it_is_gone(territory_file):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(territory_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(LockedByOther) as caught:
            open_territory(territory_file, "Paul")
        info = caught.value.info
        assert (info.user, info.pid, info.host) == ("Marie Dupont", child.pid, socket.gethostname())
        hour = info.since.astimezone()
        assert "(" + socket.gethostname() + f") depuis {hour.hour} h {hour.minute:02d}" in (
            caught.value.message
        )
        assert not info.is_stale()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    stale = read_lock(territory_file)  # the killed holder left its lock behind
    assert stale.is_stale()
    with pytest.raises(LockedByOther):  # still reported: taking over is the officer's choice
        open_territory(territory_file, "Paul")
    t = open_territory(territory_file, "Paul", OpenMode.TAKE_OVER)
    assert read_lock(territory_file).user == "Paul" and not t.read_only
    t.close()
    assert not lock_path(territory_file).exists()


def test_holder_notices_when_taken_over_and_leaves_the_new_lock(territory_file):
    first = open_territory(territory_file, "Marie Dupont")
    second = open_territory(territory_file, "Paul", OpenMode.TAKE_OVER)
    assert not first.refresh_presence()
    first.close()
    assert read_lock(territory_file).user == "Paul"
    second.close()
    assert not lock_path(territory_file).exists()


def test_unwritable_lock_opens_read_only_with_the_reason(territory_file, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission non accordée")

    monkeypatch.setattr(presence.os, "open", refuse)
    t = open_territory(territory_file, "Marie Dupont")
    try:
        assert t.read_only
        assert "fichier de présence" in t.read_only_reason
        assert "Permission non accordée" in t.read_only_reason
    finally:
        t.close()


def test_libreoffice_style_line_alone_is_understood(territory_file):
    lock_path(territory_file).write_text(",marie,PC-ACCUEIL,12.03.2025 10:32,file:///x;", "utf-8")
    info = read_lock(territory_file)
    assert (info.login, info.host) == ("marie", "PC-ACCUEIL")
    assert not info.is_stale()  # another computer: never provably stale


def test_abandoned_and_stale_are_different_things(territory_file):
    lock = PresenceLock.acquire(territory_file, "Marie Dupont")
    info = lock.info
    assert not info.looks_abandoned()
    assert info.looks_abandoned(datetime.now(UTC) + presence.ABANDONED_AFTER + timedelta(1))
    assert not info.is_stale()  # this very process
    lock.release()


@pytest.mark.parametrize("content", [b"", b"\xff\xfe not text", b"{half a json"])
def test_an_unreadable_lock_is_held_by_someone_unknown_since_it_was_written(
    territory_file, content
):
    lock_path(territory_file).write_bytes(content)
    with pytest.raises(LockedByOther) as caught:  # never taken for stale: it may be mid-write
        open_territory(territory_file, "Paul")
    assert caught.value.info.unreadable and "inconnu" in caught.value.message
    assert caught.value.info.take_over_offer() == ""
    hour_ago = time.time() - 3600
    os.utime(lock_path(territory_file), (hour_ago, hour_ago))
    first, again = read_lock(territory_file), read_lock(territory_file)
    assert first.since == again.since == first.refreshed  # its age, not reset at each read
    assert abs(first.since.timestamp() - hour_ago) < 1
    assert first.take_over_offer() == "abandoned"  # so « Reprendre la main » is offered
    t = open_territory(territory_file, "Paul", OpenMode.TAKE_OVER)
    assert read_lock(territory_file).user == "Paul"
    t.close()


def test_a_lock_line_with_an_unreadable_date_ages_from_its_mtime(territory_file):
    lock_path(territory_file).write_text(",marie,PC-ACCUEIL,hier matin,x;", "utf-8")
    assert read_lock(territory_file).take_over_offer() == ""
    old = time.time() - 3600
    os.utime(lock_path(territory_file), (old, old))
    info = read_lock(territory_file)
    assert (info.login, info.host) == ("marie", "PC-ACCUEIL")
    assert abs(info.since.timestamp() - old) < 1 and info.take_over_offer() == "abandoned"


ROUNDS = 3_000


def _race(path, barrier, won, user):
    """One of two openers: each round, both try at once; the winner lets go afterwards."""
    for n in range(ROUNDS):
        barrier.wait()
        lock = None
        with contextlib.suppress(LockedByOther):
            lock = PresenceLock.acquire(path, user)
        won[n] = lock is not None
        barrier.wait()  # both have tried: only now may the winner let go
        if lock is not None:
            lock.release()


@pytest.mark.slow
def test_two_simultaneous_opens_never_both_get_the_lock(territory_file):
    """Was 24 double holders in 3,000 rounds: the loser read the lock while still empty."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork to start the racers quickly")
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2, timeout=60)
    wins = [ctx.Array("b", ROUNDS, lock=False) for _ in range(2)]
    racers = [
        ctx.Process(target=_race, args=(territory_file, barrier, won, user))
        for won, user in zip(wins, ("Marie Dupont", "Paul Martin"), strict=True)
    ]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(120)
    assert [racer.exitcode for racer in racers] == [0, 0]
    holders = [a + b for a, b in zip(wins[0], wins[1], strict=True)]
    assert holders.count(2) == 0, f"two holders in {holders.count(2)} rounds of {ROUNDS}"
    assert holders.count(1) == ROUNDS  # and never none: a finished round leaves no lock behind
    assert not lock_path(territory_file).exists()
