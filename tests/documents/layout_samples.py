"""The real documents whose tables the layout tests read back: built from the small demo.

Every document the officer hands out with a table in it: the bilan (anonymised, and with its
nominative annex), both fiches, the relevé and the registre of decisions, the émargement for
7, 13 and 40 invitees and the guide des structures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from municipaless.documents.model import Document

TODAY = dt.date(2026, 3, 25)


def small_demo(folder: Path):
    """The small demo territory (seed 1), opened for writing (the émargement adds meetings)."""
    from municipaless.services import demo
    from municipaless.services.file import open_territory

    path = folder / "demo.municipaless"
    demo.generate(path, scale="small", seed=1, today=TODAY)
    return open_territory(path)


def _ids(t, sql: str) -> list[str]:
    return [r[0] for r in t.tdb.db.execute(sql).fetchall()]


def signin_sheet(t, invitees: int) -> Document:
    """An émargement of a new meeting with ``invitees`` people of the annuaire invited."""
    from municipaless.services import meetings
    from municipaless.services.meetings import documents as md
    from municipaless.services.meetings.attendance import add_invitee

    people = _ids(t, "select id from person where deleted_at is null order by id")[:invitees]
    with t.tdb.write():
        m = meetings.create_meeting(
            t, None, "2026-04-02 14:00", title=f"Réunion à {invitees}", place="Mairie"
        )
        for pid in people:
            add_invitee(t, m.id, person_id=pid)
    return md.signin_sheet_document(t, m.id, today=TODAY)


def documents(t) -> dict[str, Document]:
    """Name -> Document, for every document with tables (the émargements apart)."""
    from municipaless.services.casework import liaison_sheet, project_sheet
    from municipaless.services.directory import organisations_guide
    from municipaless.services.meetings import documents as md
    from municipaless.services.reports import activity_document as ad
    from municipaless.services.reports import activity_report as ar

    year = ar.Period.year(2025)
    project = _ids(
        t,
        "select project_id from funding_request group by project_id "
        "order by count(*) desc, project_id limit 1",
    )[0]
    referral = _ids(t, "select id from referral order by id limit 1")[0]
    meeting = _ids(
        t, "select meeting_id from decision group by meeting_id order by count(*) desc limit 1"
    )[0]
    return {
        "bilan": ad.build(ar.compute(t, year)),
        "bilan_nominatif": ad.build(ar.compute(t, year, nominative=True), nominative=True),
        "fiche_projet": project_sheet.build(t, project, nominative=True, today=TODAY),
        "fiche_liaison": liaison_sheet.build(t, referral, today=TODAY),
        "releve": md.decisions_document(t, meeting, today=TODAY),
        "registre": md.decisions_document(t, today=TODAY),
        "guide": organisations_guide.build(t, today=TODAY),
    }
