"""Generic features the meetings' documents added to the model and writers: emphasised rows,
fixed column widths, tall rows (room to sign), a commune's Word template, ICS invitations,
and headings that never end a PDF page alone."""

from __future__ import annotations

import dataclasses
import datetime as dt

import docx
import icalendar
import openpyxl
import pytest
from docx.oxml.ns import qn
from odf import opendocument
from odf.table import TableCell, TableRow
from pypdf import PdfReader

from municipaless import documents
from municipaless.documents import _fr
from municipaless.documents.ics import Attendee, CalendarEvent, to_ics, write_ics
from municipaless.documents.model import (
    BulletList,
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Table,
)


def _table(**kw) -> Table:
    return Table(
        "Actions",
        [Column("Quoi"), Column("Échéance", "date"), Column("Montant", "money")],
        [["a", "2026-01-01", 100], ["b", None, None], ["c", "2026-03-01", 500]],
        **kw,
    )


def _doc(*blocks, **kw) -> Document:
    return Document("Essai", sections=[Section(list(blocks))], **kw)


def test_emphasis_must_name_existing_rows():
    with pytest.raises(ValueError):
        _table(emphasis=[3])


def test_emphasised_rows_in_xlsx_ods_docx(tmp_path):
    doc = _doc(_table(emphasis=[1]))
    documents.write(doc, tmp_path / "e.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "e.xlsx")["Actions"]
    fills = [[c.fill.fgColor.rgb for c in row] for row in ws.iter_rows(min_row=4, max_row=6)]
    assert fills[1] == ["00FBE3E1"] * 3  # the whole row, blank cells included
    assert "00FBE3E1" not in fills[0] + fills[2]
    assert ws["B4"].value == dt.datetime(2026, 1, 1)  # types kept beside emphasised rows

    documents.write(doc, tmp_path / "e.ods")
    ods = opendocument.load(tmp_path / "e.ods")
    sheet = [t for t in ods.spreadsheet.childNodes if t.getAttribute("name") == "Actions"][0]
    rows = sheet.getElementsByType(TableRow)[2:5]  # title, header, then the body
    styles = [{c.getAttribute("stylename") for c in r.getElementsByType(TableCell)} for r in rows]
    assert all(s and s.startswith("C_emph") for s in styles[1])
    assert not any(s and s.startswith("C_emph") for s in styles[0] | styles[2])

    documents.write(doc, tmp_path / "e.docx")
    table = docx.Document(tmp_path / "e.docx").tables[0]
    shaded = [
        [c._tc.tcPr.find(qn("w:shd")) is not None for c in row.cells] for row in table.rows[1:]
    ]
    assert shaded == [[False] * 3, [True] * 3, [False] * 3]


def test_emphasised_rows_in_odt(tmp_path):
    documents.write(_doc(_table(emphasis=[2])), tmp_path / "e.odt")
    odt = opendocument.load(tmp_path / "e.odt")
    rows = odt.text.getElementsByType(TableRow)[1:]  # after the header row
    styles = [{c.getAttribute("stylename") for c in r.getElementsByType(TableCell)} for r in rows]
    assert styles == [{"BodyCell"}, {"BodyCell"}, {"EmphCell"}]


def test_emphasised_rows_in_pdf_still_render(tmp_path):
    documents.write(_doc(_table(emphasis=[0, 2])), tmp_path / "e.pdf")
    assert "a" in PdfReader(tmp_path / "e.pdf").pages[0].extract_text()


def test_column_width_overrides_the_measured_one():
    columns = [Column("Nom"), Column("Signature", width=30)]
    weights = _fr.column_weights(columns, [["Claire Martin", ""]])
    assert weights == [13.0, 30.0]


def test_tall_rows_in_docx_and_pdf(tmp_path):
    table = Table(
        "Émargement",
        [Column("Nom"), Column("Signature", width=25)],
        [["A", ""]] * 3,
        row_height_cm=1.5,
    )
    doc = _doc(table)
    documents.write(doc, tmp_path / "t.docx")
    rows = docx.Document(tmp_path / "t.docx").tables[0].rows
    assert rows[0].height is None  # the header keeps its natural height
    assert [round(r.height.cm, 1) for r in rows[1:]] == [1.5, 1.5, 1.5]
    documents.write(doc, tmp_path / "t.pdf")
    short = tmp_path / "s.pdf"
    documents.write(_doc(Table("Émargement", table.columns, table.rows)), short)

    # the tall rows push the last line further down the page than the plain table
    def last_y(path):
        ys = []
        PdfReader(path).pages[0].extract_text(
            visitor_text=lambda text, cm, tm, *_: (
                ys.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5]) if text.strip() == "A" else None
            )
        )
        return min(ys)

    assert last_y(tmp_path / "t.pdf") < last_y(short) - 2 * 28  # more than 2 cm lower


def test_docx_template_keeps_its_look_and_lends_missing_styles(tmp_path):
    template = docx.Document()
    template.styles["Normal"].font.name = "Marianne"
    template.sections[0].header.paragraphs[0].text = "République française — Commune"
    # a template made elsewhere may lack styles the writer uses
    for name in ("Heading 2", "List Bullet", "Title"):
        element = template.styles[name].element
        element.getparent().remove(element)
    template.add_paragraph("ancien contenu")
    template.add_table(rows=1, cols=1)
    template.save(tmp_path / "modele.docx")
    doc = _doc(
        Heading("Partie", 2),
        BulletList(["un", "deux"]),
        Paragraph("Texte"),
        _table(),
        docx_template=(tmp_path / "modele.docx").read_bytes(),
    )
    documents.write(doc, tmp_path / "out.docx")
    out = docx.Document(tmp_path / "out.docx")
    assert out.sections[0].header.paragraphs[0].text == "République française — Commune"
    assert out.styles["Normal"].font.name == "Marianne"
    assert [(p.style.name, p.text) for p in out.paragraphs][:4] == [
        ("Title", "Essai"),
        ("Normal", "Document établi le " + _fr.long_date(doc.meta.generated)),
        ("Normal", ""),
        ("Heading 2", "Partie"),
    ]
    assert "ancien contenu" not in [p.text for p in out.paragraphs]
    assert len(out.tables) == 1 and out.tables[0].rows[1].cells[0].text == "a"


def test_docx_template_landscape_section_is_turned(tmp_path):
    template = docx.Document()
    template.save(tmp_path / "modele.docx")
    doc = Document(
        "Essai",
        sections=[Section([Paragraph("p")]), Section([_table()], orientation="landscape")],
        docx_template=(tmp_path / "modele.docx").read_bytes(),
    )
    documents.write(doc, tmp_path / "out.docx")
    first, second = docx.Document(tmp_path / "out.docx").sections
    assert first.page_width < first.page_height and second.page_width > second.page_height


def test_ics_round_trip(tmp_path):
    event = CalendarEvent(
        "abc@municipaless",
        "COPIL ESS",
        dt.datetime(2026, 7, 2, 9, 30),
        dt.datetime(2026, 7, 2, 11, 0),
        location="Mairie, Privas",
        description="Ordre du jour :\n1. Tour de table",
        organizer=Attendee("Marie Dupont", "marie@privas.fr"),
        attendees=(Attendee("Claire", "claire@x.fr"), Attendee("Sans adresse")),
        sequence=3,
    )
    path = write_ics([event], tmp_path / "i.ics")
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    (ev,) = cal.walk("VEVENT")
    assert ev.decoded("dtstart").isoformat() == "2026-07-02T09:30:00+02:00"  # summer time
    assert ev.decoded("dtend").isoformat() == "2026-07-02T11:00:00+02:00"
    assert str(ev["location"]) == "Mairie, Privas"
    assert str(ev["description"]) == "Ordre du jour :\n1. Tour de table"
    assert int(ev["sequence"]) == 3 and str(ev["organizer"]) == "mailto:marie@privas.fr"
    assert str(ev["attendee"]) == "mailto:claire@x.fr"  # no address, no ATTENDEE line
    assert str(cal["method"]) == "REQUEST" and not ev.walk("VALARM")  # no reminder asked
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Paris"
    with pytest.raises(ValueError):
        CalendarEvent("x", "x", dt.datetime(2026, 1, 2), dt.datetime(2026, 1, 1))


def test_ics_without_organizer_address_is_published_with_a_reminder():
    event = CalendarEvent(
        "abc@municipaless",
        "COPIL ESS",
        dt.datetime(2026, 7, 2, 9, 30),
        dt.datetime(2026, 7, 2, 11, 0),
        organizer=Attendee("Marie Dupont"),  # no address: RFC 5546 forbids a REQUEST
        attendees=(Attendee("Claire", "claire@x.fr"),),
        reminder_before=dt.timedelta(days=1),
        reminder_text="Rappel : COPIL ESS demain",
    )
    cal = icalendar.Calendar.from_ical(to_ics([event]))
    assert str(cal["method"]) == "PUBLISH"
    (ev,) = cal.walk("VEVENT")
    assert "organizer" not in ev and "attendee" not in ev
    (alarm,) = ev.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY" and str(alarm["description"]).startswith("Rappel")
    assert alarm.decoded("trigger") == -dt.timedelta(days=1)
    with pytest.raises(ValueError):
        to_ics([event], method="REQUEST")
    with_address = dataclasses.replace(event, organizer=Attendee("Marie", "marie@privas.fr"))
    assert str(icalendar.Calendar.from_ical(to_ics([with_address]))["method"]) == "REQUEST"


def test_pdf_heading_stays_with_the_table_it_heads(tmp_path):
    filler = [Paragraph(f"Ligne {i}") for i in range(36)]
    doc = _doc(*filler, Heading("Relevé", 1), _table())
    documents.write(doc, tmp_path / "h.pdf")
    pages = [p.extract_text() for p in PdfReader(tmp_path / "h.pdf").pages]
    (where,) = [n for n, text in enumerate(pages) if "Relevé" in text]
    assert "Échéance" in pages[where]  # the table's header is on the heading's page
