"""Every writer survives any text a record can hold: controls a cleaner missed, lone
surrogates, titles over Word's 255-character properties, huge unbreakable tokens, formula-like
starts. Each file must read back; sizes are bounded so the module stays fast."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from municipaless import documents
from municipaless.documents.ics import Attendee, CalendarEvent, to_ics
from municipaless.documents.model import (
    BulletList,
    Column,
    Document,
    Heading,
    KeyFigures,
    Meta,
    Paragraph,
    Section,
    Table,
)
from municipaless.imports.vcard import Contact
from municipaless.imports.vcard_writer import to_vcard

NASTY = [
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x85",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\r\n",
    "=",
    "+",
    "@",
    "-",
    "<b>",
    "&amp;",
    "« é »",
    "œ",
    "\u202f",
    "😀",
    "\t",
]

# text made of ordinary words, nasty pieces and long unbreakable tokens
piece = st.one_of(
    st.text(max_size=20),
    st.sampled_from(NASTY),
    st.integers(1, 1200).map(lambda n: "x" * n),
)
texts = st.lists(piece, max_size=8).map("".join)
titles = st.one_of(texts, st.integers(240, 700).map(lambda n: "T" * n))


def _document(title: str, subtitle: str, body: list[str]) -> Document:
    rows = [[t, t[:14], "2024-01-02", 1234, 0.5] for t in body[:6]] or [["", "", None, None, None]]
    table = Table(
        title or "Tableau",
        [
            Column("Nom", "text"),
            Column("Code", "code"),
            Column("Date", "date"),
            Column("Montant", "money"),
            Column("Part", "percent"),
        ],
        rows,
        note=subtitle,
        name=title[:40],
    )
    return Document(
        title,
        subtitle,
        Meta(commune=subtitle, period=title, generated=dt.date(2026, 1, 1), filters=title),
        [
            Section(
                [
                    Heading(title, 1),
                    Paragraph(*body) if body else Paragraph(""),
                    BulletList(body),
                    KeyFigures([(t, 3) for t in body[:3]]),
                    table,
                ]
            )
        ],
    )


def _read_back(fmt: str, paths) -> None:
    path = paths[0]
    assert path.stat().st_size > 0
    if fmt == "docx":
        import docx

        docx.Document(str(path))
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        load_workbook(path)
    elif fmt == "pdf":
        from pypdf import PdfReader

        assert PdfReader(path).pages
    elif fmt in ("odt", "ods"):
        from odf.opendocument import load

        load(str(path))
    elif fmt == "csv":
        for p in paths:
            p.read_text(encoding="utf-8-sig")
    assert not list(path.parent.glob(".*.tmp"))


@pytest.mark.parametrize("fmt", documents.FORMATS)
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(title=titles, subtitle=texts, body=st.lists(texts, max_size=4))
def test_every_writer_reads_back(fmt, title, subtitle, body, tmp_path_factory):
    out = tmp_path_factory.mktemp(fmt) / f"doc.{fmt}"
    _read_back(fmt, documents.write(_document(title, subtitle, body), out))


@settings(max_examples=15, deadline=None)
@given(summary=titles, text=texts)
def test_ics_reads_back(summary, text):
    from icalendar import Calendar

    event = CalendarEvent(
        "uid-1",
        summary,
        dt.datetime(2026, 3, 1, 10),
        dt.datetime(2026, 3, 1, 11),
        location=text,
        description=text,
        organizer=Attendee(text, "a@b.fr"),
        attendees=(Attendee(summary, "c@d.fr"),),
    )
    (read,) = Calendar.from_ical(to_ics([event])).walk("VEVENT")
    assert read["UID"] == "uid-1"


@settings(max_examples=15, deadline=None)
@given(name=titles, text=texts)
def test_vcard_reads_back(name, text):
    import vobject

    contact = Contact(
        index=1, line=1, first_name=name, last_name=text, organisation=text, note=text
    )
    assert list(vobject.readComponents(to_vcard([contact])))


def test_docx_properties_are_cut_to_word_limits(tmp_path):
    import docx

    title = "Épicerie " * 60
    (path,) = documents.write(_document(title, title, ["x"]), tmp_path / "long.docx")
    props = docx.Document(str(path)).core_properties
    assert len(props.title) <= 255 and props.title.endswith("…")
    assert len(props.subject) <= 255
    with zipfile.ZipFile(path) as z:
        assert b"python-docx" not in z.read("docProps/core.xml")
        assert b"Macintosh" not in z.read("docProps/app.xml")


@pytest.mark.slow
def test_a_megabyte_description_and_a_100k_name(tmp_path):
    from pypdf import PdfReader

    description = ("Une description très longue. " * 40_000)[:1_000_000]
    name = "N" * 100_000
    doc = _document(name, description, [description, name])
    for fmt in documents.FORMATS:
        paths = documents.write(doc, tmp_path / f"big.{fmt}")
        _read_back(fmt, paths)
    pdf = PdfReader(tmp_path / "big.pdf")
    # bounded output: the text was cut with a note, not laid out to hundreds of pages
    assert len(pdf.pages) < 80
    assert "texte tronqué" in "".join(p.extract_text() for p in pdf.pages)
