"""Opposition (« ne plus contacter »): left out of vCards and invitations, listed without
coordinates, with a French note on how many; every export read back."""

import csv
import datetime as dt

import icalendar
import pytest
from openpyxl import load_workbook

from municipaless.imports.vcard import read_vcards
from municipaless.services.directory import vcard_export
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.meetings import documents as md
from municipaless.services.reports import list_export
from tests.documents.typography_sample import plain
from tests.services.erasure_sample import TODAY, write_demo


@pytest.fixture
def territory(tmp_path):
    t = open_territory(write_demo(tmp_path / "t.municipaless"), "Agent ESS", OpenMode.WRITE)
    yield t
    t.close()


def object_to(t, person_id):
    person = t.records["person"].get(person_id)
    t.save("person", {"no_contact_since": "2025-11-02"}, row_id=person.id, rev=person.rev)
    return person


def test_vcards_leave_out_who_objected(territory, tmp_path):
    t = territory
    today = TODAY.isoformat()
    first = vcard_export.contacts(t, today=today)[0]
    person_id = first.uid.removeprefix("urn:uuid:")
    before = vcard_export.export(t, tmp_path / "avant.vcf", today=today)
    assert vcard_export.opposition_note(t, today=today) == ""
    object_to(t, person_id)
    path = tmp_path / "contacts.vcf"
    assert vcard_export.export(t, path, today=today) == before - 1
    uids = {c.uid for c in read_vcards(path).contacts}
    assert len(uids) == before - 1 and first.uid not in uids
    assert vcard_export.opposition_note(t, today=today) == (
        "1 personne a fait opposition (« ne plus contacter ») : elle n'est pas exportée."
    )


def test_people_list_shows_who_objected_without_coordinates(territory, tmp_path):
    t = territory
    person = next(p for p in t.records["person"].where() if p.email)
    object_to(t, person.id)
    book = load_workbook(list_export.export_list(t, "person", tmp_path / "personnes.xlsx"))
    sheet = book["Interlocuteurs"]
    cells = [plain(str(c)) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert any(
        "1 personne sans coordonnées (opposition : « ne plus contacter »)" in c for c in cells
    )
    assert person.email not in cells
    # a CSV has no place for a note: the coordinates are left out all the same
    path = list_export.export_list(t, "person", tmp_path / "personnes.csv")
    text = path.read_text("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    header = next(r for r in rows if "E-mail" in r)
    mine = [r for r in rows if person.last_name in r and person.first_name in r]
    assert mine and all(r[header.index("E-mail")] == "" for r in mine)
    assert person.email not in text
    others = [r for r in rows[rows.index(header) + 1 :] if len(r) == len(header) and r not in mine]
    assert any(r[header.index("E-mail")] for r in others)  # the others keep theirs


def test_invitations_leave_out_who_objected(territory, tmp_path):
    t = territory
    from municipaless.services import meetings

    meeting = t.records["meeting"].where(limit=1)[0]
    with_email = [
        a
        for a in meetings.open_meeting(t, meeting.id, with_pending=False).attendance
        if a.record.person_id
    ]
    target = with_email[0]
    before = md.invitation_event(t, meeting.id)
    object_to(t, target.record.person_id)
    event = md.invitation_event(t, meeting.id)
    assert len(event.attendees) == len([a for a in before.attendees if a.name != target.name])
    path = md.export_invitation(t, meeting.id, tmp_path / "invitation.ics")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    (vevent,) = [c for c in calendar.walk("VEVENT")]
    attendees = vevent.get("ATTENDEE") or []
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert all(target.name not in str(a.params.get("CN", "")) for a in attendees)
    assert md.invitation_note(t, meeting.id) == (
        "1 invité a fait opposition (« ne plus contacter ») : il n'est pas dans l'invitation."
    )
    assert dt.date.fromisoformat(t.records["person"].get(target.record.person_id).no_contact_since)


def _guide_text(t) -> str:
    from municipaless.documents.model import Paragraph
    from municipaless.services.directory import organisations_guide

    doc = organisations_guide.build(t, today=TODAY)
    return "\n".join(b.text for b in doc.blocks() if isinstance(b, Paragraph))


def test_the_guide_never_names_a_contact_who_objected(territory):
    t = territory
    contacts = [line for line in _guide_text(t).splitlines() if line.startswith("Contact")]
    assert contacts, "the demo's guide names contacts"
    named = {p.display_name: p for p in t.records["person"].where() if p.display_name}
    shown = next(name for name in named if any(name in line for line in contacts))
    object_to(t, named[shown].id)
    assert shown not in _guide_text(t)
