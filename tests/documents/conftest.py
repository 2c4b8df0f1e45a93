"""The small demo territory, generated once for the document tests that read real exports."""

import datetime as dt

import pytest

from municipaless.services import demo
from municipaless.services.file import OpenMode, open_territory

TODAY = dt.date(2026, 3, 15)


@pytest.fixture(scope="session")
def demo_territory(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    demo.generate(path, "small", seed=1, today=TODAY)
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    yield t
    t.close()
