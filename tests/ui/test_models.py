"""Qt models: lazy paging, SQL sorting, French display, and Qt's own model consistency checks."""

import pytest
from PySide6.QtCore import Qt

from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.common.models import PAGE_SIZE, ListSourceModel, SearchResultsModel
from tests.ui.sample import LARGE_ROWS


@pytest.fixture
def large(large_file):
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY)
    yield territory
    territory.close()


@pytest.fixture
def small(small_file):
    territory = open_territory(small_file)
    yield territory
    territory.close()


def test_a_large_list_loads_page_by_page(large, qtmodeltester):
    model = ListSourceModel(large.list_source("project"))  # a count and one page, not 20,000
    assert model.total() == LARGE_ROWS
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    qtmodeltester.check(model)  # it may fetch more pages; it must stay consistent


def test_sorting_requeries_sql_and_starts_again_at_one_page(large):
    model = ListSourceModel(large.list_source("project"))
    model.fetchMore()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE
    assert model.index(0, 1).data() == f"Projet {LARGE_ROWS - 1:06d}"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 1).data() == "Projet 000000"


def test_headers_are_french_and_dates_dd_mm_yyyy(small, qtmodeltester):
    model = ListSourceModel(small.list_source("project"))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Référence",
        "Projet",
        "Étape",
        "Statut",
        "Filière",
        "Premier contact",
        "Référent·e",
        "Dernière activité",
    ]
    assert model.index(0, 5).data() == "04/03/2026"
    assert model.row_of(model.row_id(1)) == 1
    qtmodeltester.check(model)


def test_search_results_model(small, qtmodeltester):
    model = SearchResultsModel()
    model.set_results(small.search("coeur"))
    assert model.hit_count() == 2
    assert model.is_header(0) and model.hit(0) is None
    assert model.index(0, 0).data() == "Structures"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.hit(1).kind == "organisation"
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_the_siren_is_grouped_like_the_siret_beside_it():
    from municipaless.ui.common.display import Describer

    describer = Describer(None)
    assert describer.value_text("organisation", "siren", "732829320") == "732 829 320"
    assert describer.value_text("organisation", "siret", "73282932000074") == "732 829 320 00074"
