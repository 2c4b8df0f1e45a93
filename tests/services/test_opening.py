"""`open_territory`: the one way in decides which file, who else has it, and where it is written."""

from pathlib import Path

import pytest

from municipaless.services.file import LockedByOther, OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage.lock import lock_path, read_lock


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "vrai" / "territoire.municipaless"
    path.parent.mkdir()
    Territory.create(path, "Camille Martin").close()
    return path


def test_a_symlink_and_the_real_path_are_one_file(path, tmp_path):
    link = tmp_path / "raccourci.municipaless"
    link.symlink_to(path)
    first = open_territory(link, "Marie Dupont")
    try:
        assert first.path == path  # canonical: the lock and the backups follow the real file
        assert read_lock(path).user == "Marie Dupont"
        assert not lock_path(link).exists()
        with pytest.raises(LockedByOther):
            open_territory(path, "Paul")
    finally:
        first.close()
    assert not lock_path(path).exists()


def test_modes_say_what_is_written(path):
    reader = open_territory(path, "Paul", OpenMode.READ_ONLY)
    assert reader.read_only and reader.presence is None and not lock_path(path).exists()
    reader.close()
    worker = open_territory(path, "Paul", OpenMode.UNLOCKED)
    assert not worker.read_only and not lock_path(path).exists()
    worker.close()


def test_nothing_outside_services_file_opens_the_bare_database():
    """The one way in: the bare SQLite open is private to services/file."""
    import municipaless

    root = Path(municipaless.__file__).parent
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if p.parent.name != "file" or p.parent.parent.name != "services"
        if "_open_local(" in p.read_text("utf-8") or "Territory.open(" in p.read_text("utf-8")
    ]
    assert offenders == []
