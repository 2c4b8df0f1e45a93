"""English when the officer chooses it: the window's strings, Qt's, and the services'
messages; French again by default; both catalogues complete."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from municipaless.core import i18n
from municipaless.core.paths import resources_dir
from municipaless.core.validation import check_email
from municipaless.storage.errors import ConflictError, classify
from municipaless.ui.common import language
from municipaless.ui.shell.app import install_translators


@pytest.fixture
def english(qapp, french):
    """English as an English start gets it: every French translator taken off (the
    session's, and those an earlier test's create_application left installed)."""
    from municipaless.ui.shell import app as app_module

    french_ones = [*french, *app_module._translators]
    for translator in french_ones:
        QCoreApplication.removeTranslator(translator)
    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    i18n.install(None)
    for translator in french_ones:
        QCoreApplication.installTranslator(translator)


def test_english_window_qt_and_service_messages(english):
    assert len(english) == 2  # Qt's own English and ours
    assert QCoreApplication.translate("MainWindow", "Project holders & projects") == (
        "Project holders & projects"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert ConflictError("project", "x", 1, 2).message.startswith("This record was changed")
    assert check_email("a b@mairie.fr").error == "Invalid e-mail address: it contains a space."
    problem = classify(OSError(28, "No space left on device"))
    assert problem.message.startswith("The disk is full")
    assert problem.action.startswith("Free some space")


def test_french_is_back_without_the_catalogue(qapp):
    assert ConflictError("project", "x", 1, 2).message.startswith("Cette fiche a été modifiée")
    assert QCoreApplication.translate("MainWindow", "Project holders & projects") == (
        "Porteurs & projets"
    )


def test_the_choice_is_remembered_per_user_and_the_environment_wins(monkeypatch):
    monkeypatch.delenv(language.LANG_ENV, raising=False)
    assert language.chosen() == "fr"
    language.choose("en")
    assert language.chosen() == "en"
    monkeypatch.setenv(language.LANG_ENV, "fr")
    assert language.chosen() == "fr"
    language.choose("klingon")
    monkeypatch.delenv(language.LANG_ENV)
    assert language.chosen() == "fr"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_window_string_is_finished_in_both_languages(lang):
    root = ET.parse(resources_dir() / "translations" / f"municipaless_{lang}.ts").getroot()
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "obsolete", "vanished")
        or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_every_service_message_has_its_english_and_the_catalogue_is_compiled():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "packaging" / "messages.py"), "--check"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout


def test_seeded_list_values_in_english_the_commune_s_own_and_documents_as_stored(english, window):
    """A stage seeded by the app reads in English; one the commune renamed stays as typed;
    the fiche projet built meanwhile prints the stored French label."""
    from municipaless.core.vocabularies import shown_label
    from municipaless.ui.editing.fields import VocabField

    territory = window.territory
    combo = VocabField(territory, "stage")
    try:
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert "Emergence" in texts and "Idea" in texts and "Émergence" not in texts
    finally:
        combo.deleteLater()
    assert shown_label("stage", "idee", "Idée du porteur") == "Idée du porteur"
    assert shown_label("stage", "idee", "Idée") == "Idea"
    from municipaless.services.casework import project_sheet

    labels = project_sheet.labels(territory, "stage")
    assert labels["emergence"] == "Émergence"


def test_the_language_is_chosen_in_parametres_for_the_next_start(window, dialogs, monkeypatch):
    from municipaless.ui.file.settings_dialog import SettingsDialog

    monkeypatch.delenv(language.LANG_ENV, raising=False)
    dialog = SettingsDialog(window.territory, window)
    try:
        combo = dialog.language
        assert combo.currentText() == "Français"
        combo.setCurrentIndex(combo.findData("en"))
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    assert language.chosen() == "en"
    assert any("prochain démarrage" in text for _kind, _title, text in dialogs.messages)
    language.choose("fr")
