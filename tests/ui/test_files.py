"""Fichier menu: open, new, recent files; a refused file shows storage's French message."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.main_window import MainWindow


def test_opening_a_non_sqlite_file_shows_the_french_message(window, dialogs, tmp_path, small_file):
    bogus = tmp_path / "notes.municipaless"
    bogus.write_text("ceci n'est pas une base de données\n" * 10, encoding="utf-8")
    before = bogus.read_bytes()
    assert not window.open_path(bogus)
    [(kind, title, text)] = dialogs.messages
    assert kind == "critical"
    assert title == "Impossible d'ouvrir le fichier"
    assert "n'est pas un fichier MunicipalESS" in text
    assert bogus.read_bytes() == before  # never changed
    assert window.territory is not None and window.territory.path == small_file  # kept


def test_after_a_refused_file_the_officer_can_open_another(qtbot, dialogs, tmp_path, small_file):
    win = MainWindow()
    qtbot.addWidget(win)
    dialogs.message_answer = QMessageBox.StandardButton.Open
    dialogs.file_answers = [str(small_file)]
    assert not win.open_path(tmp_path / "absent.municipaless")
    assert "introuvable" in dialogs.messages[0][2]
    assert dialogs.file_requests == [
        ("getOpenFileName", "Territoires MunicipalESS (*.municipaless *.sqlite)")
    ]
    assert win.territory is not None and win.territory.path == small_file


def test_new_file_creates_a_territory(window, dialogs, tmp_path):
    target = tmp_path / "nouveau"  # the suffix is added
    dialogs.file_answers = [str(target)]
    window.menus.action(FileAction.NEW).trigger()
    created = Path(f"{target}.municipaless")
    assert created.is_file()
    assert window.territory.path == created
    assert window.dashboard.first_steps.isVisible()  # a new file: what to do first
    assert window.session.assistant.isVisible()  # its territory and the officer asked for
    window.session.assistant.reject()  # cancelled: the file stays a valid empty territory
    assert window.territory.counts()["project"] == 0
    assert window.recent.paths()[0] == created.resolve()


def test_new_file_never_overwrites(window, dialogs, small_file):
    before = small_file.read_bytes()
    dialogs.file_answers = [str(small_file)]
    window.new_file_dialog()
    assert dialogs.messages[0][1] == "Impossible de créer le fichier"
    assert small_file.read_bytes() == before


def test_recent_files_menu_greys_missing_files(window, tmp_path, small_file):
    gone = tmp_path / "parti.municipaless"
    window.recent.add(gone)
    window.recent.add(small_file)
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "recentMenu")
    window.menus.fill_recent()
    actions = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert actions[small_file.name] is True
    assert actions["parti.municipaless (introuvable)"] is False
    assert actions["Vider la liste"] is True


def test_recent_files_keep_eight(window, tmp_path):
    for number in range(12):
        window.recent.add(tmp_path / f"f{number}.municipaless")
    paths = window.recent.paths()
    assert len(paths) == 8
    assert paths[0].name == "f11.municipaless"


def test_opening_a_file_flags_orientations_left_without_answer(qtbot, tmp_path):
    from municipaless.services.file.territory import Territory
    from municipaless.ui.shell.main_window import MainWindow

    path = tmp_path / "orientations.municipaless"
    t = Territory.create(path, "Camille")
    project = t.save("project", {"reference": "P-2025-0001", "name": "Recyclerie"})
    org = t.save("organisation", {"name": "France Active"})
    old = t.save(
        "referral",
        {
            "project_id": project.id,
            "organisation_id": org.id,
            "status": "envoyee",
            "sent_on": "2020-01-10",
        },
    )
    recent = t.save(
        "referral",
        {
            "project_id": project.id,
            "organisation_id": org.id,
            "status": "envoyee",
            "sent_on": "2999-01-01",
        },
    )
    t.close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    records = win.territory.records["referral"]
    assert records.get(old.id).status == "sans_reponse"
    assert records.get(recent.id).status == "envoyee"
    win.close()
