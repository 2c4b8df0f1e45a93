"""The bilan's cooperation sections (enjeux, collectifs, ateliers), in the bilan's order.

Each lever's module computes its own figures from the file and renders its own sections, so
the bilan grows a lever without this module or ``activity_report`` knowing its tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.documents.model import Section
from municipaless.services.reports import challenge_report, collective_report, workshop_report
from municipaless.services.reports.disclosure import Mask
from municipaless.storage.activity_queries import Window


@dataclass
class CooperationFigures:
    challenges: Any = None
    collectives: Any = None
    workshops: Any = None


def compute(db: Database, window: Window) -> CooperationFigures:
    return CooperationFigures(
        challenges=challenge_report.figures(db, window),
        collectives=collective_report.figures(db, window),
        workshops=workshop_report.figures(db, window),
    )


def sections(figures: CooperationFigures | None, mask: Mask, period: str) -> list[Section]:
    if figures is None:
        return []
    return [
        *challenge_report.sections(figures.challenges, mask, period),
        *collective_report.sections(figures.collectives, mask, period),
        *workshop_report.sections(figures.workshops, mask, period),
    ]
