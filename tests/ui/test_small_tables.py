"""The small-table kit every short list of the window uses (ui/common/small_tables.py)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from municipaless.ui.common.small_tables import (
    ColumnDef,
    RecordsTable,
    RowsModel,
    fit_columns,
    make_table,
    selected_row,
)
from tests.ui.driving import cell, texts_of


def test_rows_model_is_a_sound_qt_model(qtmodeltester):
    model = RowsModel(
        [ColumnDef("Nom", lambda r: r["name"]), ColumnDef("Montant", str, align_right=True)],
        style=lambda r: "overdue" if r["name"] == "late" else "",
    )
    model.set_rows([{"name": "late"}, {"name": "on time"}])
    qtmodeltester.check(model)


def test_a_made_table_shows_the_rows_and_reads_the_selection_back(qtbot):
    model = RowsModel([ColumnDef("Structure", lambda r: r[0]), ColumnDef("Rôle", lambda r: r[1])])
    view = make_table(model, "jobs")
    qtbot.addWidget(view)
    model.set_rows([("France Active", "chargée de mission"), ("BGE", "conseillère")])
    fit_columns(view, most=50, least=(20,))
    assert view.objectName() == "jobs"
    assert texts_of(view) == [["France Active", "chargée de mission"], ["BGE", "conseillère"]]
    assert 20 <= view.columnWidth(0) <= 50
    assert selected_row(view) is None
    view.selectRow(1)
    assert selected_row(view) == 1


def test_records_table_keeps_each_id_and_says_which_was_activated(qtbot):
    table = RecordsTable(["Financeur", "Demandé"], right=(1,))
    qtbot.addWidget(table)
    table.set_rows(
        [("a", ["Région", "12 500 €"]), ("b", ["Commune", "3 000 €"])], {"b": QColor("red")}
    )
    assert cell(table, 1, 0) == "Commune"
    index = table.model().index(1, 1)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("red")
    assert table.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    table.setCurrentIndex(table.model().index(1, 0))
    assert table.current_id() == "b" and table.row_of("a") == 0
    with qtbot.waitSignal(table.record_activated) as activated:
        table.activated.emit(table.model().index(0, 1))
    assert activated.args == ["a"]
