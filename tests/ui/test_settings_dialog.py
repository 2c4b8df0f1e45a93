"""Fichier ▸ Paramètres du territoire: the officer sets the commune's name, logo and delays."""

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from municipaless.services.file import settings as territory_settings
from municipaless.ui.file.settings_dialog import SettingsDialog


def _logo(path):
    Image.new("RGB", (800, 300), (200, 30, 30)).save(path, "PNG")
    return path


def test_settings_saved_into_the_file(qtbot, window, tmp_path, dialogs):
    dialog = SettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    dialog.commune.clear()
    qtbot.keyClicks(dialog.commune, "Mairie de Privas")
    dialogs.file_answers.append(str(_logo(tmp_path / "logo.png")))
    qtbot.mouseClick(dialog.choose_logo_button, Qt.LeftButton)
    assert dialog.remove_logo.isEnabled() and not dialog.logo_preview.pixmap().isNull()
    dialog.no_news.setValue(45)
    qtbot.keyClicks(dialog.officer_email, "ess@privas.fr")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    saved = territory_settings.load(window.territory)
    assert saved.commune_name == "Mairie de Privas" and saved.no_news_days == 45
    assert saved.officer_email == "ess@privas.fr"
    with Image.open(io.BytesIO(saved.logo_png)) as logo:
        assert logo.size == (600, 225)


def test_a_pdf_as_logo_is_refused_and_nothing_changes(qtbot, window, tmp_path, dialogs):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"%PDF-1.4 not an image")
    dialog = SettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    dialogs.file_answers.append(str(bad))
    dialog.choose_logo()
    assert dialogs.messages[-1][0] == "warning" and "image" in dialogs.messages[-1][2]
    assert dialog.settings.logo_png is None


def test_menu_entry_is_an_editing_action(window):
    action = next(
        a for a in window.edit_actions if a.text().replace("&", "").startswith("Paramètres")
    )
    assert action.isEnabled()


def test_saved_settings_reach_the_dashboard_without_reopening(qtbot, window, monkeypatch):
    """The menu entry saves, then the session has the pages re-read the same file."""
    from PySide6.QtWidgets import QDialog

    from municipaless.ui.shell.file_menu import FileAction

    def save_45_days(dialog):
        dialog.no_news.setValue(45)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", save_45_days)
    opened = []
    window.session.territory_changed.connect(opened.append)
    with qtbot.waitSignal(window.session.data_changed):
        window.menus.action(FileAction.SETTINGS).trigger()
    assert territory_settings.load(window.territory).no_news_days == 45
    assert opened == []  # the same file: nothing closed and reopened
    assert window.statusBar().currentMessage() == "Paramètres enregistrés."
