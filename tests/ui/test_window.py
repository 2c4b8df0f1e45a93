"""The window on a small file: French labels, sections, detail pane, status bar, settings."""

from PySide6.QtCore import QSettings, Qt

from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.shell.main_window import DIRECTORY, MEETINGS, PROJECTS, WELCOME, MainWindow

from .sample import HEART


def test_window_shows_a_small_file_in_french(window, small_file):
    assert window.isVisible()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Tableau de bord", "Porteurs & projets", "Annuaire", "Réunions", "Rapports"]
    assert window.search_field.placeholderText() == "Rechercher partout (Ctrl+K)"
    assert window.windowTitle() == f"{small_file.name} — MunicipalESS"
    assert window.path_label.text() == str(small_file)
    assert window.state_label.text() == "Local"
    assert window.dashboard.value_labels["project"].text() == "2"
    assert window.dashboard.value_labels["organisation"].text() == "2"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Aide"]


def test_sections_switch_and_lists_show_french_headers_and_dates(window):
    window.nav.setCurrentRow(PROJECTS)
    assert window.stack.currentWidget() is window.projects
    model = window.projects.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Référence", "Projet", "Étape"]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[:3] == ["P-2026-0001", "Épicerie solidaire des Bruyères", "Émergence"]
    assert "04/03/2026" in first
    window.nav.setCurrentRow(MEETINGS)
    assert window.meetings.model.index(0, 0).data() == "12/05/2026 14:00"


def test_selecting_a_row_shows_the_record_in_the_detail_pane(window, qtbot):
    window.nav.setCurrentRow(DIRECTORY)
    page = window.organisations
    page.view.selectRow(0)  # sorted by name: "Cœur…" before "France Active…"
    detail = page.detail
    assert detail.title_text() == HEART
    form = detail.ui.fieldsLayout
    pairs = {
        form.itemAt(row, form.ItemRole.LabelRole).widget().text(): form.itemAt(
            row, form.ItemRole.FieldRole
        )
        .widget()
        .text()
        for row in range(form.rowCount())
    }
    assert pairs["Type"] == "Structure d'accompagnement"
    assert pairs["Code postal"] == "01000"
    assert "Camille Martin" in detail.ui.footerLabel.text()


def test_read_only_file_says_so_in_the_status_bar(window, small_file):

    window.set_territory(open_territory(small_file, mode=OpenMode.READ_ONLY))
    assert window.state_label.text().startswith("Lecture seule")


def test_geometry_and_splitters_are_restored(qtbot, window):
    window.resize(720, 500)  # inside the offscreen 800x800 screen
    window.show_section(PROJECTS)
    window.projects.splitter.setSizes([300, 200])
    saved = window.projects.splitter.saveState()
    size = window.size()
    window.close()  # closeEvent saves the settings
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.size() == size
    assert again.projects.splitter.saveState() == saved
    assert QSettings().value("splitters/meetingSplitter") is None  # never shown: not saved


def test_no_file_shows_the_welcome_page(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.stack.currentIndex() == WELCOME
    assert not win.nav.isEnabled()
    assert win.path_label.text() == "Aucun fichier ouvert"


def test_a_large_file_opens_lazily(qtbot, large_file):
    from .sample import LARGE_ROWS

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(large_file)
    win.show_section(PROJECTS)
    assert win.projects.model.total() == LARGE_ROWS
    assert win.projects.model.rowCount() == 200
    win.close()


def test_ctrl_f_also_focuses_the_search(qtbot, window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert QApplication.focusWidget() is window.search_field
