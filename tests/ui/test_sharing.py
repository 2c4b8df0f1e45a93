"""Sharing in the window: a file held by someone else, read-only mode, backups, copies."""

import pytest
from PySide6.QtWidgets import QMessageBox

from municipaless.services.file import OpenMode, backups, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage.lock import read_lock
from municipaless.ui.file import lock_dialog
from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.main_window import DIRECTORY, MainWindow
from tests.ui.sample import HEART as HEART_NAME


@pytest.fixture
def held(small_file):
    """The small file held open (and locked) by a colleague."""
    colleague = open_territory(small_file, "Marie Dupont")
    yield small_file
    colleague.close()


@pytest.fixture
def second_window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def choose(monkeypatch, answer):
    asked = []

    def ask(_parent, exc):
        asked.append(exc)
        return answer

    monkeypatch.setattr(lock_dialog, "ask_locked", ask)
    return asked


def test_a_held_file_asks_and_opens_read_only_with_every_edit_disabled(
    monkeypatch, second_window, held
):
    asked = choose(monkeypatch, lock_dialog.READ_ONLY)
    assert second_window.open_path(held)
    [exc] = asked
    assert exc.info.user == "Marie Dupont"
    territory = second_window.territory
    assert territory.read_only
    state = second_window.state_label.text()
    assert state.startswith("Lecture seule — ouvert par Marie Dupont (")
    assert " depuis " in state and " h " in state
    assert second_window.edit_actions
    for action in second_window.edit_actions:
        assert not action.isEnabled()
        assert action.toolTip().startswith("Lecture seule : ouvert par Marie Dupont")
    assert second_window.menus.action(FileAction.BACKUPS).isEnabled()
    assert read_lock(held).user == "Marie Dupont"  # the colleague keeps the lock


def test_cancel_keeps_the_window_as_it_was(monkeypatch, second_window, held, dialogs):
    choose(monkeypatch, lock_dialog.CANCEL)
    assert not second_window.open_path(held)
    assert second_window.territory is None
    assert dialogs.messages == []  # cancelling is not an error


def test_open_a_copy_gives_a_separate_writable_file(monkeypatch, second_window, held, dialogs):
    choose(monkeypatch, lock_dialog.COPY)
    target = held.with_name("ma-copie.municipaless")
    dialogs.file_answers = [str(target)]
    assert second_window.open_path(held)
    territory = second_window.territory
    assert territory.path == target and not territory.read_only
    assert all(action.isEnabled() for action in second_window.edit_actions)
    assert second_window.state_label.text() == "Local"
    original = open_territory(held, mode=OpenMode.READ_ONLY)
    assert territory.copy_id != original.copy_id
    original.close()


def test_take_over_is_offered_only_for_stale_or_abandoned_locks(held, monkeypatch):
    from municipaless.storage.lock import LockedByOther

    with pytest.raises(LockedByOther) as caught:
        open_territory(held, "Paul")
    assert caught.value.info.take_over_offer() == ""
    monkeypatch.setattr(type(caught.value.info), "looks_abandoned", lambda self, now=None: True)
    assert caught.value.info.take_over_offer() == "abandoned"
    monkeypatch.setattr(type(caught.value.info), "is_stale", lambda self: True)
    assert caught.value.info.take_over_offer() == "stale"


def test_abandoned_lock_needs_a_warned_confirmation(held, dialogs):
    from municipaless.storage.lock import LockedByOther

    with pytest.raises(LockedByOther) as caught:
        open_territory(held, "Paul")
    dialogs.message_answer = QMessageBox.StandardButton.No
    assert not lock_dialog.confirm_take_over(None, caught.value)
    [(kind, title, text)] = dialogs.messages
    assert kind == "warning" and title == "Reprendre la main sur le fichier ?"
    assert "Marie Dupont" in text


def test_the_lock_is_removed_when_the_window_closes(qtbot, small_file):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(small_file)
    assert read_lock(small_file) is not None
    win.close()
    assert read_lock(small_file) is None


def test_backups_dialog_lists_backups_and_restores(window, dialogs, small_file):
    territory = window.territory
    assert backups.for_territory(territory)  # made on open
    assert window.status.backup_label.text().startswith("Sauvegarde : ")
    backups.make(territory, "merge")
    dialog = window.session.backups_dialog()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "avant fusion"
    assert dialog.table.item(1, 1).text() == "à l'ouverture"
    assert dialog.table.item(0, 2).text() == str(territory.counts()["organisation"])
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    dialog.restore_selected()
    reasons = [e.reason for e in backups.for_territory(territory)]
    assert reasons[0] == "restore"
    dialog.deleteLater()


def test_a_restore_has_the_pages_re_read_the_same_file(window, dialogs, qtbot):
    """No « reload by setting the same file again »: the file stays, the pages re-read it."""
    from municipaless.core.domain import Organisation

    territory = window.territory
    backups.make(territory, "manual")  # two structures
    window.show_section(DIRECTORY)
    territory.records["organisation"].insert(Organisation(name="Ajout après la sauvegarde"))
    window.organisations.reload()
    assert window.organisations.model.total() == 3
    changed_file = []
    window.session.territory_changed.connect(changed_file.append)
    dialog = window.session.backups_dialog()
    dialog.table.selectRow(0)
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.session.data_changed):
        dialog.restore_selected()
    assert changed_file == [] and window.territory is territory
    assert window.organisations.model.total() == 2
    assert window.organisations.filters.count_label.text() == "2 structures"
    assert window.statusBar().currentMessage().startswith("Sauvegarde du ")


def test_a_backup_opens_read_only(window):
    entry = backups.make(window.territory, "manual")
    dialog = window.session.backups_dialog()
    dialog.open_selected()
    assert window.territory.path == entry.path and window.territory.read_only
    assert window.state_label.text().startswith("Lecture seule — sauvegarde du ")
    assert not dialog.isVisible()


def test_send_a_copy(window, dialogs, tmp_path):
    target = tmp_path / "pour-paul.municipaless"
    dialogs.file_answers = [str(target)]
    window.menus.action(FileAction.SEND_COPY).trigger()
    assert target.is_file()
    [(kind, title, _text)] = dialogs.messages
    assert kind == "information" and title == "Copie écrite"


def test_a_damaged_file_offers_the_latest_backup(qtbot, dialogs, tmp_path):
    from tests.services.file_sample import corrupt

    path = tmp_path / "abime.municipaless"
    win = MainWindow()
    qtbot.addWidget(win)
    Territory.create(path, "Camille Martin").close()
    assert win.open_path(path)  # first open: a backup is made
    win.set_territory(None)
    corrupt(path)
    dialogs.message_answer = QMessageBox.StandardButton.No  # no backup, no recovery
    assert not win.open_path(path)  # the damage is in a list it shows: refused, explained
    (kind, title, text) = dialogs.messages[-3]
    assert kind == "warning" and title == "Fichier endommagé" and "Restaurer" in text
    (kind, title, text) = dialogs.messages[-2]
    assert kind == "question" and title == "Récupérer le fichier endommagé"
    assert "endommagé" in dialogs.messages[-1][2]
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    assert win.open_path(path)
    assert not win.territory.read_only and win.territory.integrity_check() == "ok"
    win.close()


def test_a_damaged_file_can_be_recovered_into_a_new_file(qtbot, dialogs, tmp_path):
    from municipaless.core.domain import Project
    from tests.services.file_sample import corrupt

    path = tmp_path / "abime.municipaless"
    t = Territory.create(path, "Camille Martin")
    t.records["project"].insert(Project(reference="P-1", name="Épicerie solidaire"))
    t.close()
    corrupt(path)  # the organisation table is lost; projects can still be read
    target = tmp_path / "recupere.municipaless"
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    dialogs.file_answers = [str(target)]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    kinds = [m[0] for m in dialogs.messages]
    assert kinds == ["critical", "question", "information"]  # no backup; recover?; report
    report = dialogs.messages[-1][2]
    assert "  structures : illisible, pertes de nombre inconnu" in report
    assert "  projets : 1" in report
    territory = win.territory
    assert territory.path == target and not territory.read_only
    assert [p.name for p in territory.records["project"].where()] == ["Épicerie solidaire"]
    assert win.path_label.text() == str(target)
    win.close()


# a file on a share: a working copy, saved back ---------------------------------------------------
@pytest.fixture
def shared_window(qtbot, monkeypatch, small_file):
    """The small file "on a share" (the test knob), open in a window."""
    monkeypatch.setenv("MUNICIPALESS_TREAT_AS_SHARE", "1")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(small_file)
    yield win, small_file
    win.close()


def _acronym(path, name=HEART_NAME):
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        return t.records["organisation"].where("name = ?", [name])[0].acronym
    finally:
        t.close()


def _edit(win, acronym):
    t = win.territory
    org = t.records["organisation"].where("name = ?", [HEART_NAME])[0]
    t.save("organisation", {"acronym": acronym}, row_id=org.id, rev=org.rev)


def test_a_shared_file_is_worked_on_locally_and_saved_with_ctrl_s(shared_window):
    from PySide6.QtGui import QKeySequence

    win, shared = shared_window
    territory = win.territory
    assert territory.path != shared and win.path_label.text() == str(shared)
    assert read_lock(shared) is not None  # colleagues see us beside the shared file
    assert win.state_label.text().startswith("Fichier partagé — enregistré à ")
    assert " h " in win.state_label.text()
    save = win.menus.action(FileAction.SAVE_SHARE)
    assert save.isEnabled() and save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert save.text() == "Enregistrer sur le &partage"
    assert win.recent.paths()[0] == shared  # the share, not our working copy
    _edit(win, "CBS-1")
    win.session.share.tick()  # not due yet: the status says what is pending
    assert win.state_label.text() == (
        "Fichier partagé — modifications non encore enregistrées sur le partage"
    )
    assert _acronym(shared) == "CBS"
    save.trigger()
    assert _acronym(shared) == "CBS-1"
    assert win.state_label.text().startswith("Fichier partagé — enregistré à ")
    assert shared.with_name(shared.name + ".precedent").is_file()


def test_the_timer_writes_back_off_the_gui_thread(shared_window, qtbot, monkeypatch):
    from municipaless.ui.shell import share_sync as share_actions

    win, shared = shared_window
    monkeypatch.setattr(share_actions, "WRITE_BACK_DELAY_S", 0)
    _edit(win, "CBS-T")
    win.session.share.tick()
    assert win.session.share.task is not None  # running in the background
    qtbot.waitUntil(lambda: win.session.share.task is None, timeout=10_000)
    assert _acronym(shared) == "CBS-T"
    assert win.state_label.text().startswith("Fichier partagé — enregistré à ")


def test_closing_writes_back_and_removes_the_working_copy(qtbot, monkeypatch, small_file):
    monkeypatch.setenv("MUNICIPALESS_TREAT_AS_SHARE", "1")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(small_file)
    local = win.territory.path
    _edit(win, "CBS-C")
    win.close()
    assert _acronym(small_file) == "CBS-C"
    assert read_lock(small_file) is None and not local.exists()


def test_a_colleague_who_saved_meanwhile_is_merged_not_overwritten(
    shared_window, dialogs, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QDialog

    from municipaless.core.domain import Organisation
    from municipaless.services.file import working_copy
    from municipaless.ui.file import merge_dialog

    win, shared = shared_window
    _edit(win, "CBS-MOI")
    paul = open_territory(
        shared, "Paul Martin", OpenMode.TAKE_OVER, force_share=True, base=tmp_path / "paul"
    )
    paul.records["organisation"].insert(Organisation(name="Ajout de Paul"))
    working_copy.close(paul)
    shown = []
    monkeypatch.setattr(
        merge_dialog.MergeDialog,
        "exec",
        lambda self: shown.append(self.summary.text()) or QDialog.DialogCode.Accepted,
    )
    assert win.menus.action(FileAction.SAVE_SHARE).trigger() is None
    assert dialogs.messages[0][1] == "Un collègue a enregistré le fichier partagé"
    assert shown and "À ajouter : 1 fiche" in shown[0]
    assert _acronym(shared) == "CBS-MOI"  # ours, written after the merge
    assert _acronym(shared, "Ajout de Paul") == ""  # and Paul's, kept
    assert win.territory.records["organisation"].where("name = ?", ["Ajout de Paul"])


def test_closing_after_a_change_backs_up_on_a_worker(window, monkeypatch):
    import threading

    threads = []
    real = backups.make

    def make(territory, reason, **kw):
        threads.append((reason, threading.current_thread()))
        return real(territory, reason, **kw)

    monkeypatch.setattr(backups, "make", make)
    _edit(window, "CBS-F")
    path = window.territory.path
    window.close()
    [(reason, thread)] = threads
    assert reason == "close" and thread is not threading.main_thread()
    assert [e.reason for e in backups.for_path(path)][0] == "close"


def test_closing_without_a_change_makes_no_backup(window, monkeypatch):
    monkeypatch.setattr(backups, "make", lambda *a, **k: pytest.fail("no change, no backup"))
    window.close()


def test_changes_set_aside_at_opening_are_told(qtbot, monkeypatch, small_file, dialogs):
    """A leftover working copy with unsent changes, damaged: kept aside, and the officer is
    told where and how to take those changes back."""
    from municipaless.core.domain import Organisation
    from municipaless.services.file import working_copy

    monkeypatch.setenv("MUNICIPALESS_TREAT_AS_SHARE", "1")
    t = open_territory(small_file, "Camille Martin", OpenMode.UNLOCKED)
    assert working_copy.of(t) is not None
    t.records["organisation"].insert(Organisation(name="Pas encore envoyé"))
    local = t.path
    t.close()  # as after a crash: never written back
    with local.open("r+b") as f:  # the page holding sqlite_master
        f.write(b"\xff" * 4096)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(small_file)
    aside = working_copy.of(win.territory).set_aside
    assert aside is not None and aside.is_file()
    kind, title, text = dialogs.messages[-1]
    assert (kind, title) == ("information", "Modifications mises de côté")
    assert text == (
        f"Vos modifications non envoyées ont été mises de côté dans {aside} : ouvrez ce "
        "fichier puis utilisez Fichier ▸ Fusionner la copie d'un collègue… pour les reprendre."
    )
    win.close()
