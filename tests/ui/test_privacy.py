"""Personal data in the window: the mention d'information on a person's card and a project,
the right of access dialog, the privacy settings dialog and the register in Fichier."""

import json
import zipfile

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from municipaless.services.file import privacy_settings
from municipaless.ui.privacy.access_dialog import AccessDialog
from municipaless.ui.privacy.notice_actions import NoticeActions
from municipaless.ui.privacy.privacy_settings_dialog import PrivacySettingsDialog
from municipaless.ui.shell.file_menu import FileAction


def _lea(window):
    (lea,) = window.territory.records["person"].where("last_name = 'Dubois'")
    return lea


def _person_card(window, person_id):
    window.open_record("person", person_id)
    return window.people.detail.findChild(NoticeActions, "noticeActions")


def test_print_the_notice_from_a_person_card_and_mark_it_handed(qtbot, window, tmp_path, dialogs):
    lea = _lea(window)
    actions = _person_card(window, lea.id)
    assert actions.labels[lea.id].text() == "Mention d'information non remise"
    assert actions.buttons[lea.id].text() == "Imprimer la mention d'information…"
    dialogs.file_answers.append(str(tmp_path / "mention"))  # no extension: PDF
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(actions.buttons[lea.id], Qt.LeftButton)
    written = tmp_path / "mention.pdf"
    assert "Remise à Léa Dubois" in PdfReader(written).pages[0].extract_text()
    assert dialogs.messages[-1][0] == "question"
    assert "Marquer comme remise aujourd'hui ?" in dialogs.messages[-1][2]
    assert window.territory.records["person"].get(lea.id).informed_on
    refreshed = _person_card(window, lea.id)  # the card was read again
    assert refreshed.labels[lea.id].text().startswith("Mention d'information remise le ")


def test_a_notice_printed_but_not_handed_changes_nothing(qtbot, window, tmp_path, dialogs):
    lea = _lea(window)
    actions = _person_card(window, lea.id)
    dialogs.file_answers.append(str(tmp_path / "mention.docx"))
    dialogs.message_answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(actions.buttons[lea.id], Qt.LeftButton)
    assert "Léa Dubois" in "\n".join(
        p.text for p in docx.Document(tmp_path / "mention.docx").paragraphs
    )
    assert window.territory.records["person"].get(lea.id).informed_on is None


def test_the_project_shows_each_porteur_notice(qtbot, window):
    lea = _lea(window)
    (project,) = window.territory.records["project"].where("reference = 'P-2026-0001'")
    window.territory.save("project_holder", {"project_id": project.id, "person_id": lea.id})
    window.open_record("project", project.id)
    detail = window.projects.project_detail
    actions = detail.findChild(NoticeActions, "noticeActions")
    assert actions.labels[lea.id].text() == "Léa Dubois — Mention d'information non remise"
    actions.mark_handed(lea)
    shown = detail.findChild(NoticeActions, "noticeActions")
    assert "remise le" in shown.labels[lea.id].text()


def test_access_dialog_writes_the_document_and_the_zip(qtbot, window, tmp_path):
    lea = _lea(window)
    actions = _person_card(window, lea.id)
    dialog = actions.show_access(lea)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AccessDialog)
    dialog.folder.setText(str(tmp_path))
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    names = sorted(p.name for p in dialog.written)
    assert names == ["acces-lea-dubois.docx", "acces-lea-dubois.zip"]
    text = "\n".join(p.text for p in docx.Document(tmp_path / "acces-lea-dubois.docx").paragraphs)
    assert "Tout ce que nous détenons sur vous" in text
    with zipfile.ZipFile(tmp_path / "acces-lea-dubois.zip") as archive:
        data = json.loads(archive.read("donnees.json"))
    actions_rows = data["categories"]["actions"]["lignes"]
    assert [r["what"] for r in actions_rows] == ["Envoyer le relevé de décisions"]
    assert "ligne(s) sur Léa Dubois" in dialog.result.text()


def test_privacy_settings_dialog_saves_every_field_but_the_threshold(qtbot, window):
    privacy_settings.save(
        window.territory, privacy_settings.PrivacySettings(disclosure_threshold=5)
    )
    dialog = PrivacySettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.controller, "Commune de Bourg")
    dialog.controller_address.setText("Hôtel de ville")  # keyClicks aborts on accents
    qtbot.keyClicks(dialog.dpo_contact, "dpo@bourg.fr")
    dialog.purposes.setPlainText("Accompagner les porteurs.")
    dialog.legal_basis.setText("Mission d'intérêt public")
    dialog.recipients.setPlainText("Le service ESS.")
    dialog.closed_project_years.setValue(8)
    dialog.unlinked_person_years.setValue(2)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    saved = privacy_settings.load(window.territory)
    assert saved == privacy_settings.PrivacySettings(
        controller="Commune de Bourg",
        controller_address="Hôtel de ville",
        dpo_contact="dpo@bourg.fr",
        purposes="Accompagner les porteurs.",
        legal_basis="Mission d'intérêt public",
        recipients="Le service ESS.",
        closed_project_years=8,
        unlinked_person_years=2,
        disclosure_threshold=5,
    )


def test_a_bad_dpo_address_is_refused(qtbot, window, dialogs):
    dialog = PrivacySettingsDialog(window.territory, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.dpo_contact, "dpo@@bourg")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    assert dialogs.messages and dialogs.messages[-1][0] == "warning"
    assert privacy_settings.load(window.territory).dpo_contact == ""


def test_register_from_the_file_menu(qtbot, window, tmp_path, dialogs, monkeypatch):
    from municipaless.ui.common import export_runner

    monkeypatch.setattr(export_runner, "ask_after_export", lambda _parent, _path: "")
    action = window.menus.action(FileAction.PROCESSING_REGISTER)
    assert action.text() == "&Registre des traitements…"
    assert window.menus.action(FileAction.PRIVACY_SETTINGS).isEnabled()
    dialogs.file_answers.append(str(tmp_path / "registre.docx"))
    action.trigger()
    text = "\n".join(p.text for p in docx.Document(tmp_path / "registre.docx").paragraphs)
    assert "Registre des traitements" in text and "Mesures de sécurité" in text
