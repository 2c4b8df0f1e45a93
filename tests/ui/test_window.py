"""The window on a small file: French labels, sections, detail pane, status bar, settings."""

from PySide6.QtCore import QSettings, Qt

from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.shell.main_window import DIRECTORY, MEETINGS, PROJECTS, WELCOME, MainWindow
from tests.ui.sample import HEART


def test_window_shows_a_small_file_in_french(window, small_file):
    assert window.isVisible()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "Tableau de bord",
        "Porteurs & projets",
        "Annuaire",
        "Réunions",
        "Coopérations",
        "Rapports",
    ]
    assert window.search_field.placeholderText() == "Rechercher partout (Ctrl+K)"
    assert window.windowTitle() == f"{small_file.name} — MunicipalESS"
    assert window.path_label.text() == str(small_file)
    assert window.state_label.text() == "Local"
    assert window.dashboard.value_labels["project"].text() == "2"
    assert window.dashboard.value_labels["organisation"].text() == "2"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "&Aide"]


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
    from tests.ui.sample import LARGE_ROWS

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


def _add_structure(page, qtbot, name: str, tags: str = "") -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    form = page.new_record()
    qtbot.keyClicks(form.fields["name"], name)
    if tags:
        form.tags.setText(tags)  # typing would pop the completer up
        form.tags.edited.emit()
    with qtbot.waitSignal(form.saved):
        save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_structures_added_through_the_form_update_the_count_and_the_dashboard(window, qtbot):
    """The count under the filters used to stay « 2 structures » after adding two."""
    from municipaless.ui.shell.main_window import DASHBOARD

    assert window.dashboard.value_labels["organisation"].text() == "2"
    window.show_section(DIRECTORY)
    page = window.organisations
    assert page.filters.count_label.text() == "2 structures"
    with qtbot.waitSignal(window.session.data_changed):
        _add_structure(page, qtbot, "Les Ateliers du Bocage")
    _add_structure(page, qtbot, "Recyclerie des Monts", tags="Réemploi")
    assert page.filters.count_label.text() == "4 structures"
    tag_filter = page.filters.widgets["tag"]
    assert "Réemploi" in [tag_filter.itemText(i) for i in range(tag_filter.count())]
    assert page.model.total() == 4
    window.show_section(DASHBOARD)  # hidden meanwhile: it re-reads when shown
    assert window.dashboard.value_labels["organisation"].text() == "4"


def test_a_person_deleted_updates_the_people_count(window, qtbot, dialogs):
    from PySide6.QtWidgets import QMessageBox

    window.show_section(DIRECTORY)
    window.directory.setCurrentWidget(window.people)
    page = window.people
    before = page.model.total()
    assert page.filters.count_label.text().startswith(f"{before} ")
    page.view.selectRow(0)
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    assert page.delete_current()
    assert page.model.total() == before - 1
    assert page.filters.count_label.text().startswith(f"{before - 1} ")


def test_the_window_never_opens_larger_than_the_screen(qtbot):
    """1180×760 by default, but a 1024×600 laptop (here the 800×800 offscreen screen) gets a
    window it can see whole, even when a wider size was saved on another monitor."""
    QSettings().remove("window/geometry")
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    room = fresh.screen().availableGeometry()
    assert fresh.width() <= room.width() and fresh.height() <= room.height()
    fresh.resize(2400, 1600)
    fresh.close()  # saves the oversized geometry
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.width() <= room.width() and again.height() <= room.height()
    assert room.contains(again.frameGeometry().topLeft())
