"""Every document the app prints, built from one demo territory (for typography and file
property checks that must cover them all)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from municipaless.documents.model import Document
from municipaless.services import demo
from municipaless.services.casework import liaison_sheet, project_sheet
from municipaless.services.directory import organisations_guide
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.territory import Territory
from municipaless.services.meetings import documents as meeting_documents
from municipaless.services.privacy import access, access_export, notice, register
from municipaless.services.reports import activity_document, activity_report, list_export

TODAY = dt.date(2026, 11, 26)
COMMUNE = "Privas"


def make_territory(folder: Path, template: bytes | None = None) -> Territory:
    """A small demo territory named after a commune, with a logo and, if given, a template."""
    path = folder / "demo.municipaless"
    demo.generate(path, "small", seed=1, today=TODAY)
    territory = open_territory(path, mode=OpenMode.WRITE)
    settings = territory_settings.load(territory)
    settings.commune_name = COMMUNE
    settings.docx_template = template
    territory_settings.save(territory, settings)
    return territory


def documents(t: Territory) -> dict[str, Callable[[], Document]]:
    """Name → builder of every printed document (built lazily: some take a second)."""
    projects = sorted(t.records["project"].where(), key=lambda p: p.reference)
    with_events = max(projects, key=lambda p: len(p.description))
    referrals = sorted(t.records["referral"].where(), key=lambda r: r.id)
    consented = next(r for r in referrals if r.consent_on)
    meetings = sorted(t.records["meeting"].where(), key=lambda m: m.starts_at)
    held = [m for m in meetings if m.starts_at[:10] <= TODAY.isoformat()]
    decided = {x.meeting_id for x in t.records["decision"].where()}
    meeting = next(m for m in reversed(held) if m.id in decided)
    period = activity_report.Period.year(TODAY.year)
    holder_id = min(h.person_id for h in t.records["project_holder"].where())

    def bilan(nominative: bool) -> Document:
        report = activity_report.compute(t, period, nominative=nominative, today=TODAY)
        return activity_document.build(report, nominative=nominative)

    def people_list() -> Document:
        source = t.list_source("person")
        return list_export.build_document(source, commune=COMMUNE, today=TODAY)

    return {
        "bilan": lambda: bilan(False),
        "bilan_nominatif": lambda: bilan(True),
        "fiche_projet": lambda: project_sheet.build(
            t, with_events.id, nominative=True, today=TODAY
        ),
        "fiche_anonyme": lambda: project_sheet.build(
            t, with_events.id, nominative=False, today=TODAY
        ),
        "liaison": lambda: liaison_sheet.build(t, consented.id, today=TODAY),
        "guide": lambda: organisations_guide.build(t, today=TODAY, per_need=4),
        "compte_rendu": lambda: meeting_documents.minutes_document(t, meeting.id, today=TODAY),
        "releve": lambda: meeting_documents.decisions_document(t, meeting.id, today=TODAY),
        "registre": lambda: meeting_documents.decisions_document(t, today=TODAY),
        "emargement": lambda: meeting_documents.signin_sheet_document(t, meeting.id, today=TODAY),
        "actions": lambda: meeting_documents.action_items_workbook_document(t, today=TODAY),
        "liste": people_list,
        "mention": lambda: notice.build(t, person_name="Léa Martin", today=TODAY),
        "registre_rgpd": lambda: register.build(t, today=TODAY),
        "acces": lambda: access_export.build(t, access.collect(t, holder_id, today=TODAY)),
    }
