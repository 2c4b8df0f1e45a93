"""Fichier ▸ Fusionner la copie d'un collègue…: file picked, dry run shown, choice per conflict."""

from PySide6.QtWidgets import QDialog, QMessageBox

from municipaless.core.domain import Organisation
from municipaless.core.formats import parse_utc_iso
from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.file import merge_dialog
from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.main_window import DIRECTORY
from tests.ui.merging import colleague_copy, copy_of
from tests.ui.sample import HEART


def test_merge_shows_conflicts_and_applies_the_choices(window, tmp_path, dialogs, monkeypatch):
    target, heart = colleague_copy(window, tmp_path)
    mine = window.territory.records["organisation"]
    mine.update(heart.id, heart.rev, acronym="CBS-M", kind="fondation")
    seen = {}

    def answer(dialog: merge_dialog.MergeDialog) -> int:
        rows = range(dialog.table.rowCount())
        seen["rows"] = sorted([dialog.table.item(r, c).text() for c in range(4)] for r in rows)
        seen["choice"] = dialog.choices[0].currentText()
        seen["summary"] = dialog.summary.text()
        for row in rows:
            dialog.choose(row, "theirs")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", answer)
    dialogs.file_answers.append(str(target))
    action = window.menus.action(FileAction.MERGE)
    assert action.isEnabled()
    action.trigger()
    # French field names and values as the detail pane shows them, not columns and codes
    assert seen["rows"] == [
        [f"Sigle — {HEART} (structures)", "CBS-M", "CBS-P", "CBS"],
        [
            f"Type — {HEART} (structures)",
            "Fondation",
            "Réseau",
            "Structure d'accompagnement",
        ],
    ]
    assert seen["choice"] == "La mienne"  # the default keeps the officer's own work
    assert "À ajouter : 1 fiche" in seen["summary"] and "En conflit : 2 champs" in seen["summary"]
    kind, _title, text = dialogs.messages[-1]
    assert kind == "information" and "Fusion terminée." in text and "sauvegarde" in text
    assert mine.get(heart.id).acronym == "CBS-P"
    assert mine.where("name = ?", ["Ressourcerie du Val"])
    assert window.territory.search("ressourc")


def test_cancelling_the_dialog_changes_nothing(window, tmp_path, dialogs, monkeypatch):
    target, heart = colleague_copy(window, tmp_path)
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialogs.file_answers.append(str(target))
    window.menus.action(FileAction.MERGE).trigger()
    assert window.territory.records["organisation"].get(heart.id).acronym == "CBS"
    assert not dialogs.messages


def test_the_merge_is_disabled_on_a_read_only_file(qtbot, small_file):
    from municipaless.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.set_territory(open_territory(small_file, mode=OpenMode.READ_ONLY))
    assert win.menus.action(FileAction.MERGE) in win.edit_actions
    assert not win.menus.action(FileAction.MERGE).isEnabled()
    win.close()


def test_reading_and_merging_run_off_the_gui_thread(window, tmp_path, dialogs, monkeypatch, qtbot):
    import threading

    # the dialog merges through the use case that keeps an erased person erased
    from municipaless.services.privacy import merge_erasure as merge

    target, _heart = colleague_copy(window, tmp_path)
    threads = {}
    real_preview, real_merge = merge.preview, merge.merge

    def preview(territory, path, **kw):
        threads["preview"] = threading.current_thread()
        return real_preview(territory, path, **kw)

    def apply(territory, plan, resolutions, **kw):
        threads["merge"] = threading.current_thread()
        return real_merge(territory, plan, resolutions, **kw)

    monkeypatch.setattr(merge, "preview", preview)
    monkeypatch.setattr(merge, "merge", apply)
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialogs.file_answers.append(str(target))
    window.show_section(DIRECTORY)
    before = window.organisations.model.total()
    with qtbot.waitSignal(window.session.data_changed):  # the pages re-read the same file
        window.menus.action(FileAction.MERGE).trigger()
    assert window.organisations.model.total() == before + 1
    main = threading.main_thread()
    assert threads["preview"] is not main and threads["merge"] is not main
    assert "Fusion terminée." in dialogs.messages[-1][2]
    orgs = window.territory.records["organisation"]
    assert orgs.where("name = ?", ["Ressourcerie du Val"])  # the window sees the result


def test_another_territory_is_merged_only_after_two_yeses(window, tmp_path, dialogs, monkeypatch):
    from municipaless.services.file.territory import Territory

    other = tmp_path / "autre-territoire.municipaless"
    stranger = Territory.create(other, "Quelqu'un d'autre")
    stranger.records["organisation"].insert(Organisation(name="Structure d'ailleurs"))
    stranger.close()
    count = window.territory.records["organisation"].count()
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    asked = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    dialogs.file_answers.append(str(other))
    window.menus.action(FileAction.MERGE).trigger()
    assert len(asked) == 2 and "n'est pas une copie de ce territoire" in asked[0]
    assert window.territory.records["organisation"].count() == count  # second answer: no

    answers[:] = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    dialogs.file_answers.append(str(other))
    window.menus.action(FileAction.MERGE).trigger()
    names = [o.name for o in window.territory.records["organisation"].where()]
    assert "Structure d'ailleurs" in names


def test_a_delete_against_an_edit_is_shown_in_french(window, tmp_path, dialogs, monkeypatch):
    """Paul deleted "France Active Ain" in his copy; the officer edited it in hers: the
    conflict reads « Suppression », « Conservée (modifiée) » against « Supprimée le … »."""
    target = copy_of(window, tmp_path)
    paul = open_territory(target, "Paul Martin", OpenMode.UNLOCKED)
    fa = paul.records["organisation"].where("name = ?", ["France Active Ain"])[0]
    deleted = paul.records["organisation"].delete(fa.id, fa.rev).deleted_at
    paul.close()
    mine = window.territory.records["organisation"]
    mine.update(fa.id, mine.get(fa.id).rev, website="https://franceactive.example")
    seen = {}

    def answer(dialog: merge_dialog.MergeDialog) -> int:
        seen["rows"] = [
            [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())
        ]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", answer)
    dialogs.file_answers.append(str(target))
    window.menus.action(FileAction.MERGE).trigger()
    day = parse_utc_iso(deleted).astimezone().strftime("%d/%m/%Y")  # the local day
    assert seen["rows"] == [
        [
            "Suppression — France Active Ain (structures)",
            "Conservée (modifiée)",
            f"Supprimée le {day}",
            "Conservée",
        ]
    ]
