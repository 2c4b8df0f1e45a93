"""A demo territory where one porteuse's name is everywhere an officer may type it."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from municipaless.services import demo
from municipaless.services.casework import case_events
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.services.meetings import agenda, attendance, minutes
from municipaless.services.reports import activity_report as ar

TODAY = dt.date(2026, 1, 15)
# Neither word nor any of its spellings occurs in the demo's word lists (« Héloïse » would hold
# « éloïse », « Lambert » is a demo surname): every byte found is this person's.
FIRST, LAST = "Anaëlle", "Crémieux-Vautrin"
EMAIL, MOBILE = "a.cremieux-vautrin@exemple.fr", "0687654321"


@dataclass
class Sample:
    territory: Territory
    person_id: str
    project_id: str
    meeting_id: str


def write_demo(path: Path) -> Path:
    demo.generate(path, "tiny", today=TODAY)
    return path


def bilan(territory: Territory, years=(2023, 2024, 2025)) -> list[str]:
    """Every figure of three past bilans, as text to compare byte for byte."""
    return [repr(ar.compute(territory, ar.Period.year(y), today=TODAY).current) for y in years]


def with_person(path: Path, **opening) -> Sample:
    """Open ``path`` (a demo; ``opening``: more ``open_territory`` arguments) and write the
    person into records, notes, minutes (an approved snapshot), the journal (an edit keeps the
    old value) and the search index."""
    t = open_territory(path, "Agent ESS", OpenMode.WRITE, **opening)
    person = t.save(
        "person",
        {"civility": "Mme", "first_name": FIRST, "last_name": LAST, "email": "anaelle@exemple.fr",
         "mobile": MOBILE, "address": "3 rue des Tilleuls", "postcode": "07000",
         "notes": "Rencontrée au forum ; préfère être appelée le matin."},
    )  # fmt: skip
    person = t.save("person", {"email": EMAIL}, row_id=person.id, rev=person.rev)
    org = t.records["organisation"].where(limit=1)[0]
    t.save(
        "affiliation",
        {"person_id": person.id, "organisation_id": org.id, "role": "Bénévole",
         "email": EMAIL, "phone": "0475000000", "start_on": "2024-01-01", "end_on": "2024-12-31"},
    )  # fmt: skip
    project = t.records["project"].where("status = 'actif'", limit=1)[0]
    t.save("project_holder", {"project_id": project.id, "person_id": person.id})
    t.save(
        "project",
        {"description": f"{project.description}\nPortée par {FIRST} {LAST.upper()}."},
        row_id=project.id,
        rev=project.rev,
    )
    case_events.add_event(
        t,
        project.id,
        case_events.EventInput(
            kind="entretien",
            occurred_on="2025-05-12",
            subject=f"Entretien avec Mme {LAST}",
            notes=f"anaelle veut créer une épicerie ; joindre {EMAIL} ou le {MOBILE}.",
        ),
    )
    t.save(
        "follow_up",
        {"project_id": project.id, "due_on": "2025-06-01", "what": f"Rappeler {FIRST}"},
    )
    meeting = t.save(
        "meeting",
        {"title": "Comité ESS de printemps", "starts_at": "2025-04-03T14:00",
         "summary": f"Présentation du projet par {FIRST} {LAST}."},
    )  # fmt: skip
    attendance.add_invitee(t, meeting.id, person_id=person.id, status="present")
    attendance.add_invitee(t, meeting.id, free_name="Paul Roche", represented_by=f"{FIRST}")
    item = agenda.add_agenda_item(t, meeting.id, "Projets accompagnés", presenter=LAST)
    agenda.save_notes(t, item.id, item.rev, "Mme CREMIEUX-VAUTRIN présente l'épicerie.")
    t.save("decision", {"meeting_id": meeting.id, "text": f"Soutien au projet de {FIRST}."})
    owner = {"owner_text": f"{FIRST} {LAST}", "owner_person_id": person.id}
    t.save("action_item", {"meeting_id": meeting.id, "what": "Envoyer le dossier", **owner})
    meeting = t.records["meeting"].get(meeting.id)
    meeting = minutes.circulate(t, meeting.id, meeting.rev, on=dt.date(2025, 4, 10))
    minutes.approve(t, meeting.id, meeting.rev, on=dt.date(2025, 5, 2))
    return Sample(t, person.id, project.id, meeting.id)
