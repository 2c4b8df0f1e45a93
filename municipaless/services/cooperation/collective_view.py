"""Everything about one collectif, read once: what the detail pane of the Collectifs tab and
the fiche collectif both show (``view``), so the window and the document never disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.services.cooperation.collectives import (
    get,
    instance,
    instance_meetings,
    members,
    money,
    projects,
    referents,
)
from municipaless.services.file.territory import Territory
from municipaless.storage import activity_queries
from municipaless.storage.collective_queries import MemberRow, ProjectRow, ReferentRow


@dataclass(frozen=True)
class CollectiveView:
    collective: co.Collective
    kind_label: str
    legal_structure: d.Organisation | None
    members: list[MemberRow]
    referents: list[ReferentRow]
    projects: list[ProjectRow]
    challenges: list[str]
    series: d.MeetingSeries | None
    meetings: list[d.Meeting]  # the latest first
    money_cents: int

    @property
    def current_members(self) -> list[MemberRow]:
        return [m for m in self.members if m.current]

    @property
    def past_members(self) -> list[MemberRow]:
        return [m for m in self.members if not m.current]


def view(
    territory: Territory,
    collective_id: str,
    *,
    last_meetings: int = 5,
    today: dt.date | str | None = None,
) -> CollectiveView:
    """What the detail pane and the fiche show, read once."""
    collective = get(territory, collective_id)
    kinds = activity_queries.vocabulary_labels(territory.tdb.db, "collective_kind")
    legal = None
    if collective.organisation_id:
        legal = cast(
            d.Organisation,
            territory.records["organisation"].get(collective.organisation_id, include_deleted=True),
        )
    titles = {c.id: c.title for c in territory.challenges(include_archived=True)}
    return CollectiveView(
        collective=collective,
        kind_label=kinds.get(collective.kind or "", collective.kind or ""),
        legal_structure=legal,
        members=members(territory, collective_id, today),
        referents=referents(territory, collective_id),
        projects=projects(territory, collective_id),
        challenges=[titles[c] for c in collective.challenges if c in titles],
        series=instance(territory, collective),
        meetings=instance_meetings(territory, collective, last_meetings),
        money_cents=money(territory, collective_id),
    )
