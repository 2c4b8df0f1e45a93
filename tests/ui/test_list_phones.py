"""Lists show phones as the detail pane does: « 04 75 64 12 34 », never « +33475641234 »."""

from municipaless.core.domain import Organisation, Person
from municipaless.services.file.territory import Territory
from municipaless.ui.common.models import ListSourceModel


def _phone_shown(source) -> str:
    column = next(i for i, c in enumerate(source.columns) if c.key == "phone")
    model = ListSourceModel(source)
    try:
        return model.index(0, column).data()
    finally:
        model.deleteLater()


def test_phones_in_lists_read_the_french_way(qtbot, tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    try:
        with t.transaction():
            t.records["organisation"].insert(Organisation(name="Adie", phone="+33475641234"))
            t.records["person"].insert(
                Person(first_name="Léa", last_name="Martin", phone="+447946095811")
            )
        assert _phone_shown(t.list_source("organisation")) == "04 75 64 12 34"
        assert _phone_shown(t.list_source("person")) == "+44 7946 095811"
    finally:
        t.close()
