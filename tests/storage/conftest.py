import pytest

from municipaless.storage import territory_file


@pytest.fixture
def tdb(tmp_path):
    db = territory_file.create(tmp_path / "t.municipaless", officer="Marie Dupont")
    yield db
    db.close()
