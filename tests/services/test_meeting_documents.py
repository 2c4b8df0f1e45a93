"""The meetings' documents, read back: compte rendu (docx, pdf, odt), relevé de décisions,
feuille d'émargement, actions workbook, ICS invitation, the commune's Word template."""

import io
from datetime import date, timedelta

import docx
import icalendar
import openpyxl
import pytest
from odf import opendocument, teletype
from odf.text import H
from PIL import Image
from pypdf import PdfReader

from municipaless.services import meetings
from municipaless.services.file import settings as territory_settings
from municipaless.services.meetings import documents as md
from municipaless.services.meetings import series as meeting_series
from municipaless.services.meetings.series import Invitee, Template
from municipaless.storage.bulk import write_meta
from tests.documents.typography_sample import plain
from tests.services.meetings_sample import make_territory

TODAY = date(2026, 3, 25)


@pytest.fixture
def copil(tmp_path):
    """A COPIL meeting on 12/03/2026 with attendance of every kind, notes, two decisions,
    three actions (one overdue on TODAY) and a point en suspens from January."""
    t, people, orgs = make_territory(tmp_path / "t.municipaless")
    base = meeting_series.default_template("copil")
    names = ("Martin", "Dupuis", "Benali", "Roux", "Fabre")
    invitees = (*(Invitee(people[n].id) for n in names), Invitee(free_name="Sophie Élu"))
    with t.tdb.write():  # one transaction: a fast fixture
        series = meeting_series.create_series(t, "copil", template=Template(base.agenda, invitees))
        january = meetings.create_meeting(t, series.id, "2026-01-15 14:00")
        meetings.add_action(t, january.id, "Recenser les locaux vacants", due_on="2026-02-28")
        m = meetings.create_meeting(t, series.id, "12/03/2026 14:30", place="Mairie de Privas")
        view = meetings.open_meeting(t, m.id)
        status = {
            "Claire Martin": "present",
            "Sophie Élu": "present",
            "Jean Dupuis": "excuse",
            "Nadia Benali": "represente",
            "Paul Roux": "absent",
            "Léa Fabre": "present",
        }
        for a in view.attendance:
            meetings.set_attendance(
                t, a.record.id, a.record.rev, status[a.name], represented_by="Ali Haddad"
            )
        item = view.agenda[2]
        meetings.save_notes(
            t, item.id, item.rev, "La feuille de route avance.\nPoint d'étape en juin."
        )
        d1 = meetings.add_decision(
            t, m.id, "La feuille de route est adoptée.", agenda_item_id=item.id
        )
        meetings.add_decision(t, m.id, "L'appel à projets est lancé.")
        meetings.add_action(
            t,
            m.id,
            "Envoyer le compte rendu",
            owner_person_id=people["Martin"].id,
            due_on="2026-03-20",
        )
        meetings.add_action(
            t,
            m.id,
            "Rédiger le règlement",
            owner_text="Service ESS",
            due_on="2026-04-15",
            decision_id=d1.id,
        )
        meetings.add_action(
            t, m.id, "Organiser la visite", owner_organisation_id=orgs["Ressourcerie du Pouzin"].id
        )
    write_meta(t.tdb, {"commune_name": "Ville de Privas"})
    yield t, m, series
    t.close()


def _docx_text(path):
    d = docx.Document(path)
    headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    return d, [(s, plain(t)) for s, t in headings], [plain(p.text) for p in d.paragraphs]


def test_minutes_docx_headings_attendance_decisions_and_actions(copil, tmp_path):
    t, m, _ = copil
    path = tmp_path / "cr.docx"
    assert md.export_minutes(t, m.id, path, today=TODAY) == [path]
    d, headings, paragraphs = _docx_text(path)
    titles = [text for _, text in headings]
    assert titles[:2] == ["Participants", "Présents (3)"]
    for expected in (
        "Représentés (1)",
        "Excusés (1)",
        "Absents (1)",
        "Points en suspens",
        "Ordre du jour",
        "3. Avancement de la feuille de route ESS",
        "Relevé de décisions",
        "Actions",
    ):
        assert expected in titles
    assert ("Heading 1", "Participants") in headings
    numbered = [p.text for p in d.paragraphs if p.style.name == "List Number"]
    assert numbered[2].startswith("Avancement de la feuille de route ESS")  # never « • 3. »
    assert paragraphs[0] == "Comité de pilotage ESS du 12 mars 2026"
    assert "Date : jeudi 12 mars 2026, de 14 h 30 à 16 h 30" in paragraphs
    assert "Lieu : Mairie de Privas" in paragraphs

    # attendance lists, under their headings
    def after(title, n):
        start = paragraphs.index(title) + 1
        return paragraphs[start : start + n]

    assert after("Présents (3)", 3) == [
        "Léa Fabre (Coopérative Cœur d'Ardèche)",
        "Claire Martin (Commune de Privas)",
        "Sophie Élu",
    ]
    assert after("Représentés (1)", 1) == [
        "Nadia Benali (France Active), représenté(e) par Ali Haddad"
    ]
    assert after("Excusés (1)", 1) == ["Jean Dupuis (CRESS Auvergne-Rhône-Alpes)"]
    assert after("Absents (1)", 1) == ["Paul Roux (Ressourcerie du Pouzin)"]
    # notes under their item, then the item's decision
    assert after("3. Avancement de la feuille de route ESS", 3) == [
        "La feuille de route avance.",
        "Point d'étape en juin.",
        "Décision COPIL-2026-01 : La feuille de route est adoptée.",
    ]
    tables = [[[plain(c.text) for c in row.cells] for row in tb.rows] for tb in d.tables]
    pending, decisions, actions = tables
    assert pending[1][:2] == ["", "Recenser les locaux vacants"]
    assert [r[0] for r in decisions] == ["N°", "COPIL-2026-01", "COPIL-2026-02"]
    assert decisions[1][2] == "3. Avancement de la feuille de route ESS"
    assert actions[0] == ["Qui", "Quoi", "Pour quand", "Statut"]
    assert actions[1:] == [
        ["Claire Martin (Commune de Privas)", "Envoyer le compte rendu", "20/03/2026", "À faire"],
        ["Service ESS", "Rédiger le règlement", "15/04/2026", "À faire"],
        ["Ressourcerie du Pouzin", "Organiser la visite", "", "À faire"],
    ]
    # the overdue action is shaded, the others are not
    fills = [
        {c._tc.tcPr.find(docx.oxml.ns.qn("w:shd")) is not None for c in row.cells}
        for row in d.tables[2].rows[1:]
    ]
    assert fills == [{True}, {False}, {False}]
    assert d.sections[0].header.paragraphs[0].text.startswith("Ville de Privas")


def test_minutes_pdf_and_odt(copil, tmp_path):
    t, m, _ = copil
    md.export_minutes(t, m.id, tmp_path / "cr.pdf", today=TODAY)
    text = plain("\n".join(page.extract_text() for page in PdfReader(tmp_path / "cr.pdf").pages))
    for expected in ("Présents (3)", "COPIL-2026-02", "Envoyer le compte rendu", "Ali Haddad"):
        assert expected in text
    outline = [o.title for o in PdfReader(tmp_path / "cr.pdf").outline if not isinstance(o, list)]
    assert outline[:2] == ["Participants", "Points en suspens"]
    md.export_minutes(t, m.id, tmp_path / "cr.odt", today=TODAY)
    odt = opendocument.load(tmp_path / "cr.odt")
    headings = [plain(teletype.extractText(h)) for h in odt.getElementsByType(H)]
    assert "Relevé de décisions" in headings and "Présents (3)" in headings


def test_relevé_de_décisions_alone_and_register(copil, tmp_path):
    t, m, series = copil
    md.export_decisions(t, tmp_path / "r.docx", meeting_id=m.id, today=TODAY)
    d = docx.Document(tmp_path / "r.docx")
    assert d.paragraphs[0].text == "Relevé de décisions"
    assert [plain(row.cells[0].text) for row in d.tables[0].rows] == [
        "N°",
        "COPIL-2026-01",
        "COPIL-2026-02",
    ]
    assert "Participants" not in [p.text for p in d.paragraphs]
    md.export_decisions(t, tmp_path / "reg.pdf", series_id=series.id, year=2026, today=TODAY)
    text = plain(PdfReader(tmp_path / "reg.pdf").pages[0].extract_text())
    assert "Registre des décisions" in text and "Comité de pilotage ESS, 2026" in text
    assert text.index("COPIL-2026-01") < text.index("COPIL-2026-02")


def test_signin_sheet_pdf(copil, tmp_path):
    t, m, _ = copil
    md.export_signin_sheet(t, m.id, tmp_path / "e.pdf", today=TODAY)
    reader = PdfReader(tmp_path / "e.pdf")
    text = plain(reader.pages[0].extract_text())
    assert "Feuille d'émargement" in text and "Signature" in text
    for name in ("Claire Martin", "Sophie Élu", "France Active"):
        assert name in text
    doc = md.signin_sheet_document(t, m.id, today=TODAY)
    table = doc.tables()[0]
    assert table.row_height_cm >= 1 and len(table.rows) == 12  # 6 invited + 6 blank lines


def test_action_items_workbook_one_sheet_per_instance_overdue_highlighted(copil, tmp_path):
    t, m, _ = copil
    gt = meeting_series.create_series(t, "gt_filiere", "GT alimentation")
    g = meetings.create_meeting(t, gt.id, "2026-02-02")
    meetings.add_action(t, g.id, "Recenser les cuisines centrales", due_on="2026-12-31")
    done = meetings.add_action(t, g.id, "Visiter la légumerie", due_on="2026-02-20")
    meetings.set_action_status(t, done.id, done.rev, "fait", on=date(2026, 2, 18))
    free = meetings.create_meeting(t, None, "2026-02-10")
    meetings.add_action(t, free.id, '=HYPERLINK("x")', due_on="2026-01-01")
    path = tmp_path / "actions.xlsx"
    md.export_action_items_workbook(t, path, today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Couverture",
        "Comité de pilotage ESS",
        "GT alimentation",
        "Hors instance",
    ]

    def rows(name):
        ws = wb[name]
        out = []
        for row in ws.iter_rows(min_row=4):
            if row[1].value is None:
                break
            out.append((row[1].value, row[3].value, row[6].value, row[1].fill.fgColor.rgb))
        return out

    red = "00FBE3E1"
    copil_rows = rows("Comité de pilotage ESS")
    assert [(w, late, fill == red) for w, _, late, fill in copil_rows] == [
        ("Recenser les locaux vacants", "oui", True),
        ("Envoyer le compte rendu", "oui", True),
        ("Rédiger le règlement", None, False),
        ("Organiser la visite", None, False),
    ]
    assert copil_rows[0][1].date() == date(2026, 2, 28)  # a real date cell
    assert [(w, fill == red) for w, _, _, fill in rows("GT alimentation")] == [
        ("Visiter la légumerie", False),  # done in time: not overdue
        ("Recenser les cuisines centrales", False),
    ]
    hors = wb["Hors instance"]["B4"]
    assert hors.value == '=HYPERLINK("x")' and hors.data_type == "s"  # never a live formula


def test_ics_invitation(copil, tmp_path):
    t, m, _ = copil
    people = {p.last_name: p for p in t.records["person"].where()}
    t.save("person", {"email": "claire.martin@privas.fr"}, row_id=people["Martin"].id, rev=1)
    settings = territory_settings.load(t)
    settings.officer_email = "ess@privas.fr"
    territory_settings.save(t, settings)
    path = md.export_invitation(t, m.id, tmp_path / "invitation.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["method"]) == "REQUEST"  # RFC 5546: a REQUEST names its ORGANIZER
    (event,) = cal.walk("VEVENT")
    assert str(event["organizer"]) == "mailto:ess@privas.fr"
    assert str(event["summary"]) == "Comité de pilotage ESS du 12 mars 2026"
    start = event.decoded("dtstart")
    assert (start.isoformat(), event.decoded("dtend").hour) == ("2026-03-12T14:30:00+01:00", 16)
    assert str(event["location"]) == "Mairie de Privas"
    assert str(event["uid"]) == f"{m.id}@municipaless"
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:claire.martin@privas.fr"]
    description = str(event["description"])
    assert "Ordre du jour :" in description and "Sophie Élu" in description
    assert [c.name for c in cal.subcomponents][0] == "VTIMEZONE"
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == -timedelta(days=1)
    assert str(alarm["description"]).startswith("Rappel : « Comité de pilotage ESS")
    assert "demain à 14 h 30, Mairie de Privas." in str(alarm["description"])


def test_ics_without_officer_email_is_published_not_requested(copil, tmp_path):
    t, m, _ = copil
    people = {p.last_name: p for p in t.records["person"].where()}
    t.save("person", {"email": "claire.martin@privas.fr"}, row_id=people["Martin"].id, rev=1)
    assert territory_settings.load(t).officer_email == ""
    path = md.export_invitation(t, m.id, tmp_path / "invitation.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["method"]) == "PUBLISH"
    (event,) = cal.walk("VEVENT")
    assert "organizer" not in event and "attendee" not in event  # no RSVP asked of anyone
    assert "Invités :" in str(event["description"])  # the invitees are still named
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY" and alarm.decoded("trigger") == -timedelta(days=1)


def test_ics_organiser_is_the_officer_profile_when_the_file_names_none(
    copil, tmp_path, monkeypatch
):
    from municipaless.services.file import officer

    t, m, _ = copil
    people = {p.last_name: p for p in t.records["person"].where()}
    t.save("person", {"email": "claire.martin@privas.fr"}, row_id=people["Martin"].id, rev=1)
    monkeypatch.setattr(officer, "profile_path", lambda: tmp_path / "cfg" / "agent.json")
    officer.save_profile(officer.OfficerProfile("Marie Durand", email="m.durand@privas.fr"))
    officer.sign_as(t, "Marie Durand")
    path = md.export_invitation(t, m.id, tmp_path / "invitation.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["method"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert str(event["organizer"]) == "mailto:m.durand@privas.fr"
    assert event["organizer"].params["CN"] == "Marie Durand"


def test_docx_template_of_the_commune_is_honoured(copil, tmp_path):
    t, m, _ = copil
    template = docx.Document()
    template.styles["Normal"].font.name = "Liberation Serif"
    template.sections[0].header.paragraphs[0].text = "MAIRIE DE PRIVAS — en-tête officiel"
    template.add_paragraph("Texte du modèle, à ne pas reprendre")
    template.save(tmp_path / "modele.docx")
    settings = territory_settings.load(t)
    settings.docx_template = territory_settings.prepare_docx_template(
        (tmp_path / "modele.docx").read_bytes()
    )
    territory_settings.save(t, settings)
    md.export_minutes(t, m.id, tmp_path / "cr.docx", today=TODAY)
    d = docx.Document(tmp_path / "cr.docx")
    assert d.sections[0].header.paragraphs[0].text == "MAIRIE DE PRIVAS — en-tête officiel"
    assert d.styles["Normal"].font.name == "Liberation Serif"
    texts = [plain(p.text) for p in d.paragraphs]
    assert "Texte du modèle, à ne pas reprendre" not in texts
    assert texts[0] == "Comité de pilotage ESS du 12 mars 2026" and "Participants" in texts
    # the template travels inside the file: deleting the .docx it came from changes nothing
    (tmp_path / "modele.docx").unlink()
    md.export_minutes(t, m.id, tmp_path / "cr2.docx", today=TODAY)
    header = docx.Document(tmp_path / "cr2.docx").sections[0].header.paragraphs[0].text
    assert header == "MAIRIE DE PRIVAS — en-tête officiel"
    settings.docx_template = None
    territory_settings.save(t, settings)
    md.export_minutes(t, m.id, tmp_path / "cr3.docx", today=TODAY)
    header = docx.Document(tmp_path / "cr3.docx").sections[0].header.paragraphs[0].text
    assert header.startswith("Ville de Privas")


def test_logo_from_the_settings_is_on_the_minutes(copil, tmp_path):
    t, m, _ = copil
    png = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(png, "PNG")
    settings = territory_settings.load(t)
    settings.logo_png = territory_settings.prepare_logo(png.getvalue())
    territory_settings.save(t, settings)
    assert md.minutes_document(t, m.id, today=TODAY).logo == settings.logo_png
    md.export_minutes(t, m.id, tmp_path / "cr.docx", today=TODAY)
    assert len(docx.Document(tmp_path / "cr.docx").inline_shapes) == 1
