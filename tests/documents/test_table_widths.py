"""DOCX and ODT tables read back: explicit column widths filling the text width, none under
its longest unbreakable token at the body font, the header row repeated, short tables kept
whole; the same real documents of the small demo as the PDF tests."""

import docx
import pytest
from docx.oxml.ns import qn
from odf import opendocument
from odf.namespaces import STYLENS, TABLENS
from odf.table import Table, TableColumn, TableHeaderRows

from municipaless import documents
from municipaless.documents import _fr
from municipaless.documents import table_layout as tl
from tests.documents import layout_samples as ls
from tests.documents.typography_sample import plain

NAMES = ["bilan", "bilan_nominatif", "fiche_projet", "fiche_liaison", "releve", "registre"]
TEXT_WIDTH_TWIPS = {"portrait": 17 * 567, "landscape": 25.7 * 567}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("widths")
    t = ls.small_demo(folder)
    docs = {k: v for k, v in ls.documents(t).items() if k in NAMES}
    docs["emargement_13"] = ls.signin_sheet(t, 13)
    t.close()
    for name, doc in docs.items():
        for fmt in ("docx", "odt"):
            documents.write(doc, folder / f"{name}.{fmt}")
    return docs, folder


def longest_token_pt(table, i: int, size: float) -> float:
    col = table.columns[i]
    cells = [_fr.cell(r[i], col.kind) for r in table.rows]
    body = [tl.text_width(t, tl.FONT, size) for c in cells for t in tl.tokens(c, col.kind)]
    head = [tl.text_width(w, tl.BOLD, size) for w in tl.tokens(col.header)]
    return max(body + head)


def data_tables(document):
    """The model's tables in a docx, in order (key figures are tables too: no header row)."""
    return [
        t
        for t in document.tables
        if t.rows
        and t._tbl.tr_lst[0].find(f"{qn('w:trPr')}") is not None
        and t._tbl.tr_lst[0].trPr.find(qn("w:tblHeader")) is not None
    ]


@pytest.mark.parametrize("name", [*NAMES, "emargement_13"])
def test_docx_tables_have_explicit_widths_that_hold_their_words(demo, name):
    docs, folder = demo
    model = docs[name].tables()
    document = docx.Document(str(folder / f"{name}.docx"))
    tables = data_tables(document)
    assert len(tables) == len(model)
    for table, mtable in zip(tables, model, strict=True):
        tbl = table._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
        width = int(tbl.tblPr.find(qn("w:tblW")).get(qn("w:w")))
        assert sum(grid) == width
        assert min(abs(width - w) for w in TEXT_WIDTH_TWIPS.values()) < 5
        for row in table.rows:  # python-docx reads the width of every cell
            assert [cell.width.twips for cell in row.cells] == grid
        for i, w in enumerate(grid):
            need = longest_token_pt(mtable, i, 9.0) + 8  # the Table Text size, cell margins
            assert w / 20 >= need - 0.01, (mtable.title, mtable.columns[i].header)
        headers = [plain(c.text) for c in table.rows[0].cells]
        assert headers == [plain(c.header) for c in mtable.columns]
        assert len(table.rows) == len(mtable.rows) + 1 + (mtable.totals is not None)


def test_docx_short_tables_kept_whole_long_ones_only_by_their_start(demo):
    docs, folder = demo
    document = docx.Document(str(folder / "bilan_nominatif.docx"))
    annex = data_tables(document)[-1]

    def kept(row) -> bool:
        return row._tr.find(f".//{qn('w:keepNext')}") is not None

    flags = [kept(r) for r in annex.rows]
    assert flags[:4] == [True] * 4 and not any(flags[4:])  # header + first rows only
    short = data_tables(document)[0]
    assert all(kept(r) for r in short.rows[:-1])


def _odt_tables(path):
    doc = opendocument.load(str(path))
    widths = {}
    for style in doc.automaticstyles.childNodes:
        if style.qname[1] != "style":
            continue
        for props in style.childNodes:
            value = props.attributes.get((STYLENS, "column-width"))
            value = value or props.attributes.get((STYLENS, "width"))
            if value:
                widths[style.getAttribute("name")] = float(value.removesuffix("cm"))
    return doc, widths


@pytest.mark.parametrize("name", ["bilan_nominatif", "registre", "fiche_projet"])
def test_odt_tables_have_column_widths_that_hold_their_words(demo, name):
    docs, folder = demo
    doc, widths = _odt_tables(folder / f"{name}.odt")
    tables = [t for t in doc.getElementsByType(Table) if t.getElementsByType(TableHeaderRows)]
    model = docs[name].tables()
    assert len(tables) == len(model)
    for table, mtable in zip(tables, model, strict=True):
        cols = [widths[c.getAttribute("stylename")] for c in table.getElementsByType(TableColumn)]
        assert sum(cols) == pytest.approx(widths[table.attributes[(TABLENS, "style-name")]], 0.01)
        for i, w in enumerate(cols):
            need = longest_token_pt(mtable, i, 8.5) + 3.8
            assert w / 2.54 * 72 >= need - 0.2, (mtable.title, mtable.columns[i].header)


def test_docx_a_few_tall_rows_are_not_all_kept_together(tmp_path):
    """Twenty decisions of five lines each fill more than a page: keeping every row with the
    next pushed the whole table to page 2, leaving the title alone on page 1."""
    from municipaless.documents.model import Column, Document, Section, Table

    text = "La commune met un local à disposition des projets lauréats pendant un an. " * 6
    rows = [[f"COPIL-2026-{n:02}", text] for n in range(20)]
    table = Table("Décisions", [Column("N°", "code"), Column("Décision")], rows)
    documents.write(Document("Registre", sections=[Section([table])]), tmp_path / "r.docx")
    (grid,) = data_tables(docx.Document(str(tmp_path / "r.docx")))
    flags = [r._tr.find(f".//{qn('w:keepNext')}") is not None for r in grid.rows]
    assert flags == [True] * 4 + [False] * 17


def test_a_table_too_wide_for_portrait_takes_its_heading_to_a_landscape_section(tmp_path):
    from odf.text import H, P

    from municipaless.documents.model import Column, Document, Heading, Paragraph, Section, Table

    columns = [Column(f"Code {i}", "code") for i in range(11)] + [Column("Projet")]
    rows = [
        [f"P-2024-00{i}{j}" for j in range(11)] + ["Désinstitutionnalisation"] for i in range(5)
    ]
    blocks = [
        Paragraph("Avant."),
        Heading("Le tableau"),
        Table("T", columns, rows),
        Paragraph("Après."),
    ]
    doc = Document("Essai", sections=[Section(blocks)])
    documents.write(doc, tmp_path / "w.docx")
    documents.write(doc, tmp_path / "w.odt")
    word = docx.Document(str(tmp_path / "w.docx"))
    assert [s.orientation.name for s in word.sections] == ["PORTRAIT", "LANDSCAPE", "PORTRAIT"]
    body = list(word.element.body)
    breaks = [i for i, el in enumerate(body) if el.find(f".//{qn('w:sectPr')}") is not None]
    heading = next(i for i, el in enumerate(body) if "Le tableau" in "".join(el.itertext()))
    table = next(i for i, el in enumerate(body) if el.tag == qn("w:tbl"))
    assert breaks[0] < heading < table < breaks[1]  # the heading went with its table
    (grid,) = data_tables(word)
    assert grid._tbl.xml.count('<w:sz w:val="') > 0  # and the font shrank to fit
    odt = opendocument.load(str(tmp_path / "w.odt"))
    kids = [el for el in odt.text.childNodes if el.qname in (P().qname, H(outlinelevel=1).qname)]
    names = [el.getAttribute("stylename") or "" for el in kids]
    turn = names.index("Start_landscape")
    assert "Le tableau" in str(kids[turn + 1])


def test_odt_big_table_rows_written_as_text_read_back_as_written(tmp_path):
    """Past 200 rows the ODT writer writes the rows as text: spaces, tabs, line breaks and
    markup characters must come back exactly as odfpy itself would have written them."""
    from odf import teletype
    from odf.table import TableCell, TableRow

    from municipaless.documents.model import Column, Document, Section
    from municipaless.documents.model import Table as MTable

    odd = ["a  b", " lead", "tab\there", "two\nlines", "<b>&amp;</b>", "x   y  z", ""]
    rows = [[f"R{n}", odd[n % len(odd)], n] for n in range(450)]
    columns = [Column("Réf", "code"), Column("Texte"), Column("Nombre", "count")]
    doc = Document("Essai", sections=[Section([MTable("T", columns, rows, emphasis=[3])])])
    documents.write(doc, tmp_path / "big.odt")
    table = opendocument.load(str(tmp_path / "big.odt")).getElementsByType(Table)[0]
    got = [
        [teletype.extractText(c) for c in r.getElementsByType(TableCell)]
        for r in table.getElementsByType(TableRow)
    ]
    assert got[0] == ["Réf", "Texte", "Nombre"]
    assert got[1:] == [[f"R{n}", odd[n % len(odd)], str(n)] for n in range(450)]
    cells = table.getElementsByType(TableRow)[4].getElementsByType(TableCell)
    assert cells[0].getAttribute("stylename") == "EmphCell"  # the emphasised row
