"""The interface language, chosen per user on this PC (French by default; restart to apply).

French is the commune's language: documents stay French whatever is chosen here. English
loads Qt's own English, our English catalogue of the window's strings and the English
messages of the services (``core/i18n.py``). ``MUNICIPALESS_LANG`` overrides the choice
(developers, screenshots in bug reports).
"""

import contextlib
import gettext
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from municipaless.core import i18n
from municipaless.core.paths import resources_dir
from municipaless.services.file.places import APP_DIR_NAME

LANG_ENV = "MUNICIPALESS_LANG"
LANGUAGES = {"fr": "Français", "en": "English"}


def _choice_file() -> Path:
    """A one-word file in the user's configuration folder, not QSettings: the language is
    read before the application object exists, and opening QSettings that early fixes Qt's
    system locale before ``qt_french`` can make it French."""
    import platformdirs  # ~15 ms: not on the window's start-up path when the variable is set

    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False) / "langue"


def chosen() -> str:
    """« fr » or « en »: the environment, else the user's choice, else French."""
    value = os.environ.get(LANG_ENV, "")
    if not value:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            value = _choice_file().read_text("utf-8").strip()
    return "en" if value.lower().startswith("en") else "fr"


def choose(language: str) -> None:
    """Remember the choice; it applies at the next start (widgets are built translated)."""
    path = _choice_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(language if language in LANGUAGES else "fr", "utf-8")


def catalogue(language: str) -> gettext.NullTranslations | None:
    """The services' messages in ``language`` (None: French, their source language)."""
    if language != "en":
        return None
    return gettext.translation(
        i18n.DOMAIN, localedir=resources_dir() / "locale", languages=["en"], fallback=True
    )


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's and our translators for ``language`` and the services' catalogue; returns the
    translators (they must stay referenced while installed)."""
    i18n.install(catalogue(language))
    if language == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    installed = []
    for name, directory in ((f"qtbase_{language}", qt_dir), (f"municipaless_{language}", ours)):
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            installed.append(translator)
    return installed
