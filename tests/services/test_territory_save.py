"""Territory.save/remove and filtered list sources: the entry points every form uses."""

import pytest

from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage.errors import ConflictError, ReadOnlyError
from municipaless.storage.listing import Where


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Marie")
    yield t
    t.close()


def test_save_creates_then_updates_with_rev_check(territory):
    org = territory.save("organisation", {"name": "France Active", "kind": "finance_solidaire"})
    assert org.rev == 1 and territory.records["organisation"].get(org.id).name == "France Active"
    changed = territory.save("organisation", {"acronym": "FA"}, row_id=org.id, rev=org.rev)
    assert changed.rev == 2 and changed.acronym == "FA"
    with pytest.raises(ConflictError):
        territory.save("organisation", {"acronym": "X"}, row_id=org.id, rev=1)
    assert territory.records["organisation"].get(org.id).acronym == "FA"
    territory.remove("organisation", org.id, changed.rev)
    assert territory.records["organisation"].count() == 0


def test_save_on_read_only_file_is_refused_and_writes_nothing(tmp_path):
    path = tmp_path / "t.municipaless"
    Territory.create(path).close()
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        with pytest.raises(ReadOnlyError):
            t.save("organisation", {"name": "X"})
        assert t.records["organisation"].count() == 0
    finally:
        t.close()


def test_list_source_where_filters_count_and_rows(territory):
    for name, kind in (("A", "banque"), ("B", "banque"), ("C", "reseau")):
        territory.save("organisation", {"name": name, "kind": kind})
    source = territory.list_source("organisation", Where("t.kind = ?", ("banque",)))
    assert source.count() == 2
    assert [row[1] for row in source.fetch(0, 10)] == ["A", "B"]
    both = Where("t.kind = ?", ("banque",)) & Where("t.name <> ?", ("A",))
    assert [row[1] for row in territory.list_source("organisation", both).fetch(0, 10)] == ["B"]
    assert territory.list_source("organisation").count() == 3


def test_transaction_is_all_or_nothing(territory):
    with pytest.raises(ConflictError), territory.transaction():
        org = territory.save("organisation", {"name": "Les Cigales"})
        territory.save("organisation", {"acronym": "X"}, row_id=org.id, rev=99)
    assert territory.records["organisation"].count() == 0
    assert territory.officer == "Marie"
