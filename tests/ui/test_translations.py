"""The French translation is complete, and every name storage shows is translatable."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from municipaless.core.paths import resources_dir
from municipaless.storage.listing import SPECS
from municipaless.storage.search import KINDS
from municipaless.ui.common import labels

TS_FILE = resources_dir() / "translations" / "municipaless_fr.ts"


def _messages():
    root = ET.parse(TS_FILE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_every_string_has_a_finished_french_translation():
    problems = [
        (context, source)
        for context, source, translation in _messages()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert problems == []


def test_placeholders_survive_translation():
    for context, source, translation in _messages():
        for placeholder in (
            "{path}",
            "{when}",
            "{who}",
            "{error}",
            "{reason}",
            "{name}",
            "{old}",
            "{backup}",
            "{version}",
        ):
            if placeholder in source:
                assert placeholder in translation.text, (context, source)


def test_every_list_column_and_search_kind_is_translatable():
    declared = {column.header for spec in SPECS.values() for column in spec.columns}
    assert declared <= set(labels.known_column_headers())
    assert set(KINDS) <= set(labels.search_kinds())


def test_translator_is_installed_for_qt_and_us():
    assert QCoreApplication.translate("MainWindow", "Project holders & projects") == (
        "Porteurs & projets"
    )
    assert labels.kind_name("case_event") == "Entrées du suivi"
    # qtbase_fr: standard buttons read "Annuler", not "Cancel"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
