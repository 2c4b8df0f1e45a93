"""Every document the app prints, in every format a council member opens, read back:
French spacing, apostrophes, unsplit phones and identifiers, the commune's Word template,
and file properties naming the commune, never a library."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import pytest
from odf import teletype
from odf.opendocument import load
from odf.text import H, P
from openpyxl import load_workbook
from pypdf import PdfReader

from municipaless import documents
from tests.services.all_documents_sample import COMMUNE, make_territory
from tests.services.all_documents_sample import documents as all_documents

LIBRARIES = re.compile(r"python-docx|openpyxl|reportlab|odfpy|macintosh", re.IGNORECASE)
EMAIL_OR_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
SPACE_BEFORE = re.compile(r" [;:!?»]|« ")  # an ordinary (breakable) space
ASCII_APOSTROPHE = re.compile(r"[^\W\d_]'[^\W\d_]")
PHONE_SPLIT = re.compile(r"(?<!\d)0\d(?:[ \u00a0\u202f]\d\d){0,3} \d\d")
TEXT_FORMATS = ("docx", "odt", "pdf")
NAMES = [
    "bilan",
    "bilan_nominatif",
    "fiche_projet",
    "fiche_anonyme",
    "liaison",
    "guide",
    "compte_rendu",
    "releve",
    "registre",
    "emargement",
    "actions",
    "mention",
    "registre_rgpd",
    "acces",
]


def _template() -> bytes:
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "MAIRIE DE PRIVAS — en-tête officiel"
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    template = _template()
    territory = make_territory(tmp_path_factory.mktemp("typo"), template)
    builders = all_documents(territory)
    yield {name: builders[name]() for name in builders}, template, tmp_path_factory
    territory.close()


def _docx_text(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _odt_text(path) -> str:
    d = load(str(path))
    return "\n".join(
        teletype.extractText(e) for e in d.getElementsByType(P) + d.getElementsByType(H)
    )


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _xlsx_texts(path) -> list[str]:
    wb = load_workbook(path)
    return [c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def _faults(text: str, fmt: str) -> list[str]:
    """Typography faults in ``text`` read back from a ``fmt`` file (e-mails, URLs aside)."""
    text = EMAIL_OR_URL.sub("", text)
    found = ASCII_APOSTROPHE.findall(text)
    if fmt == "pdf":
        # text extraction gives every space as U+0020: look at where the lines break instead
        found += re.findall(r"\n[;:!?»]|«\n", text)
        phones = re.findall(r"(?<!\d)0\d(?:[ \n]\d\d){4}(?!\d)", text)
        found += [p for p in phones if "\n" in p]
    else:
        found += SPACE_BEFORE.findall(text) + PHONE_SPLIT.findall(text)
    return found


@pytest.mark.parametrize("name", NAMES)
def test_printed_documents_follow_french_typography(built, name):
    docs, _, factory = built
    folder = factory.mktemp(name)
    for fmt in TEXT_FORMATS:
        path = folder / f"{name}.{fmt}"
        documents.write(docs[name], path, fmt)
        text = {"docx": _docx_text, "odt": _odt_text, "pdf": _pdf_text}[fmt](path)
        assert text.strip()
        assert _faults(text, fmt) == [], (name, fmt)


@pytest.mark.parametrize("name", ["bilan", "bilan_nominatif", "actions", "registre", "liste"])
def test_workbooks_have_french_spacing_and_searchable_codes(built, name):
    docs, _, factory = built
    path = factory.mktemp(name) / f"{name}.xlsx"
    documents.write(docs[name], path)
    texts = _xlsx_texts(path)
    faults = [t for t in texts if _faults(t.replace("\u00a0", "\u202f"), "xlsx")]
    # phones and dates stay searchable in a sheet: only spacing and apostrophes are checked
    assert [t for t in faults if SPACE_BEFORE.search(EMAIL_OR_URL.sub("", t))] == []
    assert [t for t in texts if ASCII_APOSTROPHE.search(EMAIL_OR_URL.sub("", t))] == []
    assert not [t for t in texts if "\u2011" in t]  # references typed as ASCII, searchable


def test_the_anonymised_bilan_has_unbreakable_masks_and_amounts(built):
    docs, _, factory = built
    path = factory.mktemp("masks") / "bilan.docx"
    documents.write(docs["bilan"], path)
    cells = [c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells]
    money = [c for c in cells if c.endswith("€")]
    assert money and all(" " not in c for c in money)  # 12 500 € never splits
    assert not [c for c in cells if c.startswith("< ")]  # « <\u00a03 » when a count is withheld


def test_every_document_carries_the_communes_word_template(built):
    docs, template, factory = built
    words = {n: d for n, d in docs.items() if n != "liste"}  # a list is exported to xlsx/csv
    assert {n: d.docx_template == template for n, d in words.items()} == dict.fromkeys(words, True)
    assert {n: bool(d.meta.commune) for n, d in docs.items()} == dict.fromkeys(docs, True)
    folder = factory.mktemp("template")
    for name in ("bilan", "fiche_projet", "liaison", "guide", "registre", "emargement"):
        documents.write(docs[name], folder / f"{name}.docx")
        header = docx.Document(str(folder / f"{name}.docx")).sections[0].header
        assert header.paragraphs[0].text == "MAIRIE DE PRIVAS — en-tête officiel", name


def _today_utc(moment: str) -> bool:
    now = dt.datetime.now(dt.UTC)
    return moment[:10] in {
        now.date().isoformat(),
        (now - dt.timedelta(minutes=5)).date().isoformat(),
    }


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "odt", "ods", "pdf"])
def test_file_properties_name_the_commune_and_no_library(built, fmt):
    docs, _, factory = built
    doc = docs["liaison"]
    path = factory.mktemp(f"props-{fmt}") / f"liaison.{fmt}"
    documents.write(doc, path)
    title, subject = doc.title, doc.subtitle.replace("-", "-")
    if fmt == "pdf":
        meta = PdfReader(str(path)).metadata
        props = {k: str(v) for k, v in meta.items()}
        assert props["/Author"] == COMMUNE and props["/Title"] == title
        assert props["/Producer"] == props["/Creator"] == "MunicipalESS"
        assert props["/Subject"] == subject  # searchable: plain hyphens
        assert _today_utc(meta.creation_date.astimezone(dt.UTC).isoformat())
        assert not LIBRARIES.search(path.read_bytes().decode("latin-1"))
        return
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.startswith("docProps/") or n == "meta.xml"]
        assert not [n for n in names if "thumbnail" in n]  # not python-docx's blank page
        xml = {n: z.read(n).decode() for n in names}
    everything = "".join(xml.values())
    assert not LIBRARIES.search(everything), everything
    if fmt in ("docx", "xlsx"):
        core, app = xml["docProps/core.xml"], xml["docProps/app.xml"]
        assert f"<dc:creator>{COMMUNE}</dc:creator>" in core.replace(
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"', ""
        )
        assert f"<cp:lastModifiedBy>{COMMUNE}</cp:lastModifiedBy>" in core
        assert f">{title}</dc:title>" in core and f">{subject}</dc:subject>" in core
        created = re.search(r"<dcterms:created[^>]*>([^<]+)<", core).group(1)
        assert created.endswith("Z") and _today_utc(created)
        assert "<Application>MunicipalESS</Application>" in app
    else:
        meta = xml["meta.xml"]
        assert "<meta:generator>MunicipalESS</meta:generator>" in meta
        assert f"<meta:initial-creator>{COMMUNE}</meta:initial-creator>" in meta
        assert f"<dc:creator>{COMMUNE}</dc:creator>" in meta
        assert f"<dc:title>{title}</dc:title>" in meta
        assert f"<dc:subject>{subject}</dc:subject>" in meta
        created = re.search(r"<meta:creation-date>([^<]+)<", meta).group(1)
        assert _today_utc(created)
