"""The one error an officer sees when a file cannot be read at all."""


class ImportFileError(Exception):
    """The file is empty, binary, or not the format its name claims.

    ``message`` is a complete French sentence, shown as is; nothing was read or written.
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
