"""The few strings of Qt's own dialogs that Qt's ``qtbase_fr`` leaves in English.

Qt 6 renamed some labels of its file and print dialogs (« &Look in: », « Files of &type: »…)
and its French catalogue still holds the old ones. Listing them here puts them in our own
catalogue (``lupdate`` reads ``QT_TRANSLATE_NOOP``), under Qt's context, so our translator
answers where Qt's has nothing: the file dialog reads « Regarder dans » beside « Nom de
fichier ». ``tests/ui/test_qt_french.py`` opens Qt's dialogs and fails on any label left in
English, so a Qt upgrade that adds one is caught.

Sizes and dates in the file dialog come from the *system* locale, not from translations:
``french_system_locale`` makes Qt read a French one when the officer chose French.
"""

import contextlib
import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's marker name)
    return source


MISSING_IN_QTBASE_FR = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)

# What Qt asks for and French writes the same way (checked by the test, not translated).
SAME_IN_FRENCH = frozenset(
    {
        "Type",
        "OK",
        "Ctrl",
        "Portrait",
        "Orientation",
        "Options",
        "Pages",
        "Copies",
        "mm",
        "Shift",
        "&Options >>",
        "Alt",  # key names, the same on French keyboards
        "Num",
        "Pause",
        "Tab",
    }
)

_LOCALE_VARIABLES = ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LC_MESSAGES", "LANG", "LANGUAGE")


def system_is_french(environ: dict[str, str] | None = None) -> bool:
    """What Qt will take as the system locale on Unix: the first locale variable set."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return value.lower().startswith("fr")
    return False


@contextmanager
def french_system_locale() -> Iterator[None]:
    """Let Qt read a French system locale while the application object is created.

    Qt's file dialog writes sizes and dates with the system locale (« 692.30 KiB »,
    « 3 12 2026 » on an English or bare system). Windows and macOS give Qt the user's
    regional settings and are left alone; on Linux the variables are set for the creation
    only and put back at once, so programs the app opens (LibreOffice, the file manager)
    keep the user's own locale, and the C library's number format stays what it was.
    """
    if os.name != "posix" or system_is_french():
        yield
        return
    saved = {name: os.environ.get(name) for name in _LOCALE_VARIABLES}
    os.environ["LC_ALL"] = "fr_FR.UTF-8"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        with contextlib.suppress(locale.Error):  # the C library back on the user's locale
            locale.setlocale(locale.LC_ALL, "")
