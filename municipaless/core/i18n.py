"""The officer's language for the messages written outside Qt: services, storage, checks.

French is the source language of these messages (the officer's, and the commune's
documents'): each is written in French where it is raised, inside ``_()``. When the officer
chose English, the window installs the English catalogue (gettext, ``resources/locale``) and
``_()`` answers in English; the command line and every document stay French. Placeholders
are named (``_("« {name} » est ouvert").format(name=…)``) so a translation may reorder them.

``N_()`` marks a message kept in a table and translated where it is shown.
``packaging/messages.py`` collects both into ``resources/locale/en/LC_MESSAGES/*.po``.
Only the catalogue object lives here: loading it is I/O, done by the window at start-up.
"""

import gettext

DOMAIN = "municipaless"
_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def install(catalogue: gettext.NullTranslations | None) -> None:
    """Messages in ``catalogue``'s language from now on; None: back to French."""
    global _catalogue
    _catalogue = catalogue or gettext.NullTranslations()


def _(message: str) -> str:
    return _catalogue.gettext(message) if message else message  # "" is the catalogue header


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for the marker)
    return message


class Shown(dict[str, str]):
    """A table of ``N_()`` messages whose lookups (``[key]``, ``.get``) answer in the officer's
    language at call time, for tables the window reads directly; iterating gives the source."""

    def __getitem__(self, key: str) -> str:
        return _(super().__getitem__(key))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return _(super().__getitem__(key)) if key in self else default
