"""Errors that reach the officer: each carries a French message the UI and the CLI show as is,
and :func:`classify`, which turns any other failure of the file (sqlite3, OSError) into one."""

import errno
from typing import NamedTuple

from municipaless.core.i18n import N_, _


class StorageError(Exception):
    """Base: ``message`` is a complete French sentence for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class FileProblem(StorageError):
    """The file cannot be opened as asked; nothing on disk was changed."""


class NotATerritoryFile(FileProblem):
    pass


class NewerFileError(FileProblem):
    pass


class MigrationFailed(FileProblem):
    pass


class ReadOnlyError(StorageError):
    """A write was attempted on a file opened read-only."""


class ConflictError(StorageError):
    """Someone else changed the record since it was read: never overwrite silently."""

    def __init__(self, table: str, row_id: str, expected_rev: int, actual_rev: int | None):
        super().__init__(
            _(
                "Cette fiche a été modifiée entre-temps (par vous dans une autre fenêtre ou par "
                "un collègue). Rechargez-la avant d'enregistrer : rien n'a été écrasé."
            )
        )
        self.table = table
        self.row_id = row_id
        self.expected_rev = expected_rev
        self.actual_rev = actual_rev


class NotFound(StorageError):
    def __init__(self, table: str, row_id: str):
        super().__init__(_("Cette fiche n'existe plus dans le fichier."))
        self.table = table
        self.row_id = row_id


class RefusedChange(StorageError):
    """A change a service refuses before writing anything: ``errors`` maps each field to its
    French message (a form shows each under its field; ``""`` for the change as a whole), and
    ``message`` is that one message, or them all as a list."""

    bullet = "• "  # how each message starts when there are several

    def __init__(self, errors: dict[str, str] | str):
        if isinstance(errors, str):
            errors = {"": errors}
        messages = list(errors.values())
        if len(messages) == 1:
            text = messages[0]
        else:
            text = "\n".join(f"{self.bullet}{m}" for m in messages)
        super().__init__(text)
        self.errors = errors


class InvalidText(StorageError):
    """A text refused on its way into the file (too long for its field): ``errors`` names the
    field so a form shows the message under it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.errors = {field: message}


# --- every other failure of the file, in French (sqlite3 and OSError) ------------------------

BUSY, FULL, READ_ONLY, DAMAGED, IO, MISSING, REFUSED, OTHER = (
    "busy",
    "full",
    "read_only",
    "damaged",
    "io",
    "missing",
    "refused",
    "other",
)
# The file was replaced under the open connection (a colleague's write-back renames a new file
# over it): SQLite's SQLITE_READONLY_DBMOVED, « attempt to write a readonly database ».
REPLACED = "replaced"
SQLITE_READONLY_DBMOVED = 1032  # extended code: SQLITE_READONLY | (4 << 8)

_SQLITE_KINDS = {
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
    3: READ_ONLY,  # SQLITE_PERM
    8: READ_ONLY,  # SQLITE_READONLY (also a hot journal we may not roll back)
    10: IO,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: MISSING,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
# older Pythons and wrapped errors carry no code: the message of sqlite3_errstr() then
_SQLITE_TEXTS = (
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
    ("disk i/o error", IO),
    ("unable to open database", MISSING),
)
_ERRNO_KINDS = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: IO,
    errno.ENOENT: MISSING,
    errno.ENXIO: MISSING,
    errno.ESTALE: MISSING,
    errno.EAGAIN: BUSY,
    errno.EBUSY: BUSY,
}
_WINERROR_KINDS = {32: BUSY, 33: BUSY, 39: FULL, 112: FULL, 19: READ_ONLY, 5: READ_ONLY}

_TEXTS = {
    BUSY: (
        N_(
            "Le fichier est occupé par un autre programme{holder} : l'enregistrement n'a pas pu se "
            "faire."
        ),
        N_(
            "Réessayez dans un instant. Si cela dure, demandez à la personne qui l'utilise de "
            "fermer le fichier (ou un logiciel de sauvegarde ou de synchronisation de le libérer)."
        ),
        True,
    ),
    FULL: (
        N_("Le disque est plein : rien n'a été écrit, le fichier est resté tel qu'il était."),
        N_(
            "Libérez de la place (corbeille, téléchargements) ou enregistrez ailleurs, puis "
            "réessayez."
        ),
        True,
    ),
    READ_ONLY: (
        N_("Le fichier ou son dossier est en lecture seule : impossible d'y écrire."),
        N_(
            "Vérifiez que vous avez le droit de modifier ce dossier (clé USB verrouillée, partage "
            "en lecture seule), ou ouvrez une copie du fichier."
        ),
        False,
    ),
    DAMAGED: (
        N_("Le fichier semble endommagé : cette opération n'a pas pu se faire."),
        N_(
            "Fermez le fichier, puis rouvrez-le : MunicipalESS proposera de le réparer ou de "
            "reprendre la dernière sauvegarde."
        ),
        False,
    ),
    IO: (
        N_("Le disque ou le réseau n'a pas répondu pendant la lecture ou l'écriture du fichier."),
        N_("Vérifiez la connexion au partage ou la clé USB, puis réessayez."),
        True,
    ),
    MISSING: (
        N_(
            "Le fichier ou son dossier est introuvable (partage déconnecté, clé retirée, fichier "
            "déplacé)."
        ),
        N_("Rebranchez la clé ou reconnectez le partage, puis réessayez."),
        True,
    ),
    REPLACED: (
        N_(
            "Le fichier a été remplacé par l'enregistrement d'un collègue : rouvrez-le pour "
            "continuer (ce que vous venez de saisir est conservé dans le formulaire)."
        ),
        "",
        False,
    ),
    OTHER: (
        N_("Une erreur inattendue s'est produite : l'opération n'a pas abouti."),
        N_(
            "Réessayez ; si cela se reproduit, transmettez les détails ci-dessous à votre support "
            "informatique."
        ),
        False,
    ),
}


class StorageProblem(NamedTuple):
    """What went wrong, for the officer: ``message`` and ``action`` in French, ``details``
    (exception, SQLite code) kept apart for « Détails… », ``retry`` when trying again may
    work (a busy or full disk can free up, a read-only share will not)."""

    kind: str
    message: str
    action: str
    details: str
    retry: bool


def _kind_of(exc: BaseException) -> str | None:
    import sqlite3  # on a failure only: the window's start does without it (issue #17)

    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code == SQLITE_READONLY_DBMOVED:
            return REPLACED
        if code is not None and (code & 0xFF) in _SQLITE_KINDS:
            return _SQLITE_KINDS[code & 0xFF]
        text = str(exc).lower()
        return next((kind for words, kind in _SQLITE_TEXTS if words in text), None)
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if winerror in _WINERROR_KINDS:
            return _WINERROR_KINDS[winerror]
        return None if exc.errno is None else _ERRNO_KINDS.get(exc.errno)
    return None


def _details(exc: BaseException) -> str:
    lines = [f"{type(exc).__module__}.{type(exc).__name__}: {exc}"]
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        lines.append(f"SQLite : {name} ({getattr(exc, 'sqlite_errorcode', None)})")
    if isinstance(exc, OSError) and exc.errno is not None:
        lines.append(f"errno : {errno.errorcode.get(exc.errno, exc.errno)}")
        if exc.filename:
            lines.append(f"fichier : {exc.filename}")
    return "\n".join(lines)


def classify(exc: BaseException, holder: str = "") -> StorageProblem:
    """The French :class:`StorageProblem` for any exception reaching the officer.

    ``holder`` says who has the file open (« ouvert par Marie Dupont (PC-ACCUEIL) depuis
    10 h 32 », from the presence lock) and goes into the message of a busy file. Our own
    refusals (:class:`StorageError`) keep their message; an error wrapping a sqlite3 or OS
    error is classified by its cause.
    """
    if isinstance(exc, StorageError):
        return StorageProblem(REFUSED, exc.message, "", "", False)
    seen: set[int] = set()
    cause: BaseException | None = exc
    kind = None
    while cause is not None and id(cause) not in seen and kind is None:
        seen.add(id(cause))
        kind = _kind_of(cause)
        if kind is None:
            cause = cause.__cause__ or cause.__context__
    kind = kind or OTHER
    message, action, retry = _TEXTS[kind]
    message, action = _(message), _(action)
    if kind == BUSY:
        message = message.format(holder=f" ({holder})" if holder else "")
    return StorageProblem(kind, message, action, _details(cause or exc), retry)
