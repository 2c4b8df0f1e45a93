"""Fichiers récents, kept in QSettings (the registry on Windows, an ini file elsewhere)."""

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
_KEY = "files/recent"


class RecentFiles:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings()

    def paths(self) -> list[Path]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # an ini file gives back a one-item list as a string
            value = [value]
        return [Path(p) for p in (value or []) if p]

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(_KEY, [str(p) for p in paths[:MAX_RECENT]])

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store([path, *(p for p in self.paths() if p != path)])

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != Path(path)])

    def clear(self) -> None:
        self._store([])

    def most_recent_existing(self) -> Path | None:
        return next((p for p in self.paths() if p.is_file()), None)
