"""Errors that reach the officer: each carries a French message the UI and the CLI show as is."""


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
            "Cette fiche a été modifiée entre-temps (par vous dans une autre fenêtre ou par un "
            "collègue). Rechargez-la avant d'enregistrer : rien n'a été écrasé."
        )
        self.table = table
        self.row_id = row_id
        self.expected_rev = expected_rev
        self.actual_rev = actual_rev


class NotFound(StorageError):
    def __init__(self, table: str, row_id: str):
        super().__init__("Cette fiche n'existe plus dans le fichier.")
        self.table = table
        self.row_id = row_id


class InvalidText(StorageError):
    """A text refused on its way into the file (too long for its field): ``errors`` names the
    field so a form shows the message under it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.errors = {field: message}
