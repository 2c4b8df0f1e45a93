"""Every finished background job is freed by its owner (issue « Fiabilité »): a merge of a
colleague's copy and an import into the directory leave no ``Job`` (thread, connection,
result) alive behind them, nor the dialogs they showed."""

import gc
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from municipaless.ui.common.workers import Task
from municipaless.ui.file import merge_dialog
from municipaless.ui.shell.file_menu import FileAction
from tests.ui.merging import colleague_copy

DATA = Path(__file__).parents[1] / "data"


def click_button(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _live_tasks(qtbot) -> list[Task]:
    for _ in range(3):  # release() defers the deletion to the next turn of the event loop
        qtbot.wait(1)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Task) and shiboken6.isValid(o)]


def _settled(qtbot) -> int:
    """Live tasks once those the opened file started (the dashboard's figures…) are done and
    freed: counting while one still runs makes the before/after comparison a race."""
    qtbot.waitUntil(lambda: not any(t.isRunning() for t in _live_tasks(qtbot)), timeout=10000)
    return len(_live_tasks(qtbot))


def _live(kind: type) -> list:
    return [w for w in QApplication.allWidgets() if isinstance(w, kind)]


def test_a_merge_leaves_no_job_behind(window, tmp_path, dialogs, monkeypatch, qtbot):
    window.session.stop_background()
    before = _settled(qtbot)
    target, heart = colleague_copy(window, tmp_path)
    mine = window.territory.records["organisation"]
    mine.update(heart.id, heart.rev, acronym="CBS-M")  # a conflict: the dialog shows
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialogs.file_answers.append(str(target))
    window.menus.action(FileAction.MERGE).trigger()
    assert "Fusion terminée." in dialogs.messages[-1][2]
    assert len(_live_tasks(qtbot)) == before  # the preview's and the merge's jobs freed
    assert not _live(merge_dialog.MergeDialog)


def test_an_import_leaves_no_job_behind(window, tmp_path, dialogs, qtbot):
    window.session.stop_background()
    before = _settled(qtbot)
    path = sorted((DATA / "vcard").glob("*.vcf"))[0]
    window.menus.action(FileAction.IMPORT).trigger()
    wizard = window.session.import_wizard
    qtbot.waitExposed(wizard)
    dialogs.file_answers.append(str(path))
    click_button(qtbot, wizard.currentPage().browse)
    click_button(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    for box in (page.keep_notes, page.with_duplicates):
        if box.isVisible():
            box.setChecked(True)
    click_button(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentPage().text.text().startswith("Import terminé")
    click_button(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert len(_live_tasks(qtbot)) == before  # reading, checking and importing: all freed
