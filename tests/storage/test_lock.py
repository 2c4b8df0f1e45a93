"""Presence lock: written, refreshed and removed; a second opener learns who holds the file."""

import os
import signal
import socket
import subprocess
import sys
import textwrap
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
