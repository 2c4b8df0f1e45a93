"""One file, one identity: every spelling of its path finds the same working copy and
backups; two copies with the same name and copy_id in different folders never share them."""

import shutil
from pathlib import Path

import pytest

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, backups, identity, open_territory
from municipaless.services.file import working_copy as wc
from municipaless.services.file.territory import Territory


@pytest.fixture
def shared(tmp_path) -> Path:
    path = tmp_path / "partage" / "x.municipaless"
    path.parent.mkdir()
    t = Territory.create(path, "Camille Martin")
    t.records["organisation"].insert(Organisation(name="BGE Ain"))
    t.close()
    return path


def spellings(shared: Path, tmp_path: Path, monkeypatch) -> list[Path]:
    monkeypatch.chdir(tmp_path)
    link = tmp_path / "raccourci"
    link.symlink_to(shared.parent, target_is_directory=True)
    return [Path("partage/x.municipaless"), shared.resolve(), link / shared.name]


def test_every_spelling_of_a_path_is_one_identity(shared, tmp_path, monkeypatch):
    keys = {identity.real_path(p) for p in spellings(shared, tmp_path, monkeypatch)}
    assert len(keys) == 1
    assert identity.same_file("partage/x.municipaless", shared)
    other = shared.with_name("y.municipaless")
    assert not identity.same_file(other, shared)


def test_reopening_by_another_spelling_resumes_the_pending_working_copy(
    shared, tmp_path, monkeypatch
):
    base = tmp_path / "donnees"
    first, *others = spellings(shared, tmp_path, monkeypatch)
    t = open_territory(first, "Camille", OpenMode.UNLOCKED, force_share=True, base=base)
    t.records["organisation"].insert(Organisation(name="Pas encore envoyée"))
    local = wc.of(t).local
    t.close()  # as after a crash or an unreachable share: the change stays local
    for spelling in others:
        again = open_territory(spelling, "Camille", OpenMode.UNLOCKED, force_share=True, base=base)
        try:
            assert wc.of(again).local == local and wc.of(again).resumed
            names = {o.name for o in again.records["organisation"].where()}
            assert "Pas encore envoyée" in names
            assert backups.territory_folder(again, base) == backups.folder_for(
                shared, again.copy_id, base
            )
        finally:
            again.close()


def test_every_spelling_of_a_local_file_uses_one_backups_folder(shared, tmp_path, monkeypatch):
    base = tmp_path / "sauvegardes"
    folders = set()
    for spelling in spellings(shared, tmp_path, monkeypatch):
        t = open_territory(spelling, "Camille", OpenMode.UNLOCKED, force_share=False)
        try:
            folders.add(backups.territory_folder(t, base))
            backups.on_open(t, base=base)  # a daily backup, once, whatever the spelling
        finally:
            t.close()
    assert len(folders) == 1
    assert len(backups.list_backups(folders.pop())) == 1
    assert len(backups.for_path(Path("partage/x.municipaless"), base)) == 1


def test_two_copies_with_the_same_name_and_copy_id_keep_their_own_backups(shared, tmp_path):
    base = tmp_path / "sauvegardes"
    twin = tmp_path / "autre" / shared.name
    twin.parent.mkdir()
    shutil.copyfile(shared, twin)  # by hand: same name, same copy_id
    a = open_territory(shared, "Camille", OpenMode.UNLOCKED, force_share=False)
    b = open_territory(twin, "Camille", OpenMode.UNLOCKED, force_share=False)
    try:
        assert a.copy_id == b.copy_id
        assert backups.territory_folder(a, base) != backups.territory_folder(b, base)
        backups.on_open(a, base=base)
        assert backups.on_open(b, base=base) is not None  # not skipped for the other's backup
        assert [e.source for e in backups.for_territory(b, base)] == [identity.real_path(twin)]
    finally:
        a.close()
        b.close()


def test_backups_of_the_older_shared_folder_are_still_listed_for_their_own_file(shared, tmp_path):
    base = tmp_path / "sauvegardes"
    t = open_territory(shared, "Camille", OpenMode.UNLOCKED, force_share=False)
    try:
        entry = backups.make(t, "manual", base=base)
        legacy = backups._legacy_folder(shared, t.copy_id, base)
        legacy.mkdir(parents=True)
        for path in (entry.path, entry.path.with_suffix(".json")):
            path.rename(legacy / path.name)
        assert [e.path.parent for e in backups.for_territory(t, base)] == [legacy]
    finally:
        t.close()
