"""Automatic backups: verified, rotated (recent, daily, weekly, monthly), restorable."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, backups, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage.backup import verify_file
from tests.services.file_sample import corrupt


@pytest.fixture
def territory(tmp_path):
    path = tmp_path / "territoire.municipaless"
    Territory.create(path, "Camille Martin").close()
    t = open_territory(path, "Camille Martin")
    yield t
    t.close()


def names(t):
    return sorted(o.name for o in t.records["organisation"].where())


def fake(at: datetime, reason: str = "open") -> backups.BackupEntry:
    return backups.BackupEntry(Path(f"{at.isoformat()}-{reason}"), at, reason, {})


def test_rotation_keeps_recent_daily_weekly_monthly_and_the_last_of_each_risky_reason():
    now = datetime(2025, 6, 30, 18, tzinfo=UTC)
    entries = [fake(now - timedelta(hours=6 * i)) for i in range(4 * 400)]  # 400 days, 4 a day
    entries.append(fake(now - timedelta(days=200, minutes=7), "merge"))
    limits = {"recent": 10, "daily": 7, "weekly": 5, "monthly": 12}
    keep = backups.kept(entries, limits, now)
    kept_entries = sorted((e for e in entries if e.path in keep), key=lambda e: e.at)
    newest = sorted(entries, key=lambda e: e.at, reverse=True)
    assert {e.path for e in newest[:10]} <= keep
    days = {e.at.date() for e in kept_entries}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days
    months = {e.at.strftime("%Y-%m") for e in kept_entries}
    assert len(months) == 12 and "2024-07" in months and "2024-06" not in months
    weeks = {e.at.isocalendar()[:2] for e in kept_entries if e.at > now - timedelta(days=35)}
    assert len(weeks) == 5 + 1  # five weeks plus the recent ones spilling in the sixth
    assert Path(f"{(now - timedelta(days=200, minutes=7)).isoformat()}-merge") in keep
    assert len(keep) <= 10 + 7 + 5 + 12 + 1


def test_backups_are_verified_counted_and_rotated_with_an_injected_clock(territory, tmp_path):
    base = tmp_path / "sauvegardes"
    territory.records["organisation"].insert(Organisation(name="BGE"))
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    for day in range(60):
        backups.make(territory, "manual", now=start + timedelta(days=day), base=base)
    entries = backups.for_territory(territory, base)
    assert len(entries) == len(list(backups.territory_folder(territory, base).glob("*.json")))
    assert entries[0].at == start + timedelta(days=59)
    assert entries[0].counts["organisation"] == 1 and entries[0].reason_label == "à la demande"
    assert 14 <= len(entries) <= 10 + 7 + 5 + 12
    assert all(verify_file(e.path, "integrity_check") == "ok" for e in entries)
    assert {e.at.strftime("%Y-%m") for e in entries} == {"2025-01", "2025-02", "2025-03"}


def test_open_backs_up_once_a_day_and_close_only_after_changes(territory, tmp_path):
    base = tmp_path / "b"
    now = datetime(2025, 3, 1, 9, tzinfo=UTC)
    assert backups.on_open(territory, now=now, base=base) is not None
    assert backups.on_open(territory, now=now + timedelta(hours=3), base=base) is None
    assert backups.on_open(territory, now=now + timedelta(days=1, hours=1), base=base)
    assert backups.on_close(territory, now=now + timedelta(days=1, hours=2), base=base) is None
    territory.records["organisation"].insert(Organisation(name="Nouvelle"))
    closing = backups.on_close(territory, now=now + timedelta(days=1, hours=3), base=base)
    assert closing is not None and closing.reason == "close"


def test_settings_in_meta_change_the_limits(territory):
    assert backups.limits(territory) == backups.LIMITS


def test_restore_backs_up_the_current_state_first(territory, tmp_path):
    base = tmp_path / "b"
    orgs = territory.records["organisation"]
    orgs.insert(Organisation(name="Avant"))
    saved = backups.make(territory, "manual", base=base)
    orgs.insert(Organisation(name="Après"))
    safety = backups.restore(territory, saved, base=base)
    assert names(territory) == ["Avant"]
    assert safety.reason == "restore" and safety.counts["organisation"] == 2
    assert territory.integrity_check() == "ok"
    orgs.insert(Organisation(name="Encore"))  # the open file still works after the restore
    backups.restore(territory, safety, base=base)
    assert names(territory) == ["Après", "Avant"]


def test_sent_copy_has_its_own_copy_id_and_passes_integrity_check(territory, tmp_path):
    territory.records["organisation"].insert(Organisation(name="BGE"))
    target = backups.send_copy(territory, tmp_path / "pour-paul.municipaless")
    copy = open_territory(target, "Paul", OpenMode.UNLOCKED)
    try:
        assert copy.copy_id and copy.copy_id != territory.copy_id
        assert copy.meta(["copied_from"]) == {"copied_from": territory.copy_id}
        assert copy.integrity_check() == "ok" and names(copy) == ["BGE"]
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_damaged_file_opens_read_only_and_the_latest_backup_can_replace_it(tmp_path):
    path = tmp_path / "abime.municipaless"
    t = Territory.create(path, "Camille Martin")
    t.records["organisation"].insert(Organisation(name="BGE"))
    t.close()
    t = open_territory(path, "Camille Martin")
    backups.make(t, "manual")  # in the (test) user data folder
    t.close()
    corrupt(path)
    damaged = open_territory(path, "Camille Martin")
    assert damaged.read_only and damaged.damaged
    assert "endommagé" in damaged.read_only_reason and "lecture seule" in damaged.read_only_reason
    assert not (tmp_path / ".~lock.abime.municipaless#").exists()
    damaged.close()
    [latest] = backups.for_path(path)
    aside = backups.restore_damaged(path, latest)
    assert aside.exists() and aside.name.startswith("abime.endommage-")
    restored = open_territory(path, "Camille Martin")
    try:
        assert not restored.read_only and names(restored) == ["BGE"]
    finally:
        restored.close()


def test_a_form_read_before_a_restore_never_saves_over_what_came_after(territory, tmp_path):
    """Restored rows get revs above any rev handed out before: an old form is a conflict."""
    from municipaless.storage.errors import ConflictError

    base = tmp_path / "sauvegardes"
    bge = territory.records["organisation"].insert(Organisation(name="BGE"))
    entry = backups.make(territory, "manual", base=base)  # bge at rev r
    read = territory.records["organisation"].get(bge.id)
    changed = territory.records["organisation"].update(read.id, read.rev, acronym="B1")
    backups.restore(territory, entry, base=base)
    restored = territory.records["organisation"].get(bge.id)
    assert restored.acronym is None or restored.acronym == ""
    assert restored.rev > changed.rev
    for stale in (read.rev, changed.rev):
        with pytest.raises(ConflictError):
            territory.save("organisation", {"acronym": "écrasé"}, row_id=bge.id, rev=stale)
    assert territory.save("organisation", {"acronym": "B2"}, row_id=bge.id, rev=restored.rev)
    assert territory.integrity_check() == "ok"
