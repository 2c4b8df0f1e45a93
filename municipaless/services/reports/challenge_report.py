"""The bilan's section on the enjeux du territoire: per enjeu, its projects, meetings,
structures, money and indicators.

Placeholder laid down with the schema (migration 7): the lever's own work fills it. The
contract: ``figures(db, window)`` reads one period's figures; ``sections(figures, mask,
period)`` renders them, counts of people masked below the threshold like the rest of the bilan.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from municipaless.documents.model import Section
from municipaless.services.reports.disclosure import Mask
from municipaless.storage.activity_queries import Window


def figures(db: Database, window: Window) -> Any:
    """The period's figures (None: nothing to report)."""
    return None


def sections(figures: Any, mask: Mask, period: str) -> list[Section]:
    """The bilan's sections for ``figures``."""
    return []
