"""A colleague's write-back replaced the file the window opened directly: the next save
cannot write (SQLite's « readonly database », the file moved) and says so in French, with
« Rouvrir », which reopens the file through the window's FileSession; what was typed stays."""

import os
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.shell.main_window import DIRECTORY
from tests.ui.sample import HEART

REPLACED = (
    "Le fichier a été remplacé par l'enregistrement d'un collègue : rouvrez-le pour continuer "
    "(ce que vous venez de saisir est conservé dans le formulaire)."
)


def _replace_with_a_colleagues_version(window, tmp_path) -> None:
    """Paul's version (same file, one acronym changed) renamed over the open one."""
    theirs = tmp_path / "ecriture-de-paul.municipaless"
    dest = sqlite3.connect(str(theirs))
    window.territory.tdb.db.conn.backup(dest)
    dest.close()
    paul = open_territory(theirs, "Paul Martin", OpenMode.UNLOCKED)
    orgs = paul.records["organisation"]
    heart = orgs.where("name = ?", [HEART])[0]
    orgs.update(heart.id, heart.rev, acronym="CBS-P")
    paul.close()
    os.replace(theirs, window.territory.path)


def _save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)


def test_a_file_replaced_under_the_window_is_reopened_keeping_the_form(
    window, qtbot, tmp_path, dialogs
):
    opened = window.territory
    _replace_with_a_colleagues_version(window, tmp_path)
    window.show_section(DIRECTORY)
    form = window.organisations.new_record()
    qtbot.keyClicks(form.fields["name"], "Atelier du Bocage")
    dialogs.box_answer = "Rouvrir"
    import traceback

    orig_hide = form.hideEvent
    form.hideEvent = lambda e: (traceback.print_stack(), orig_hide(e))
    _save(qtbot, form)
    kind, _title, text = dialogs.messages[-1]
    assert (kind, text) == ("warning", REPLACED)
    assert "Rouvrir" in [b.text() for b in dialogs.boxes[-1].buttons()]
    # reopened from disk: the colleague's version shows, the form keeps what was typed
    territory = window.territory
    assert territory is not opened and not territory.read_only
    orgs = territory.records["organisation"]
    assert orgs.where("name = ?", [HEART])[0].acronym == "CBS-P"
    assert form.isVisible() and form.fields["name"].text() == "Atelier du Bocage"
    _save(qtbot, form)  # now written into the reopened file
    assert not form.isVisible()
    assert orgs.where("name = ?", ["Atelier du Bocage"])
