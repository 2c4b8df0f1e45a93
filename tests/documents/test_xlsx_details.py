"""XLSX details the writer's speed-ups must keep: every sheet's print header and footer, shared
styles that still differ where they should (header, totals, emphasis, number formats)."""

from openpyxl import load_workbook

from municipaless import documents
from municipaless.documents.model import Column, Document, Meta, Section, Table


def test_every_sheet_keeps_its_header_footer_and_its_own_styles(tmp_path):
    table = Table(
        "Financements",
        [Column("Financeur"), Column("Montant", "money"), Column("Date", "date")],
        [["Région", 150_000, "2025-03-01"], ["=Département", 99_950, None], ["BGE", "< 3", None]],
        totals=["Total", 249_950, None],
        emphasis=[1],
    )
    meta = Meta(commune="Privas & Centre", period="2025")
    doc = Document("Bilan", meta=meta, sections=[Section([table, table])])
    path = tmp_path / "bilan.xlsx"
    documents.write(doc, path)
    wb = load_workbook(path)
    assert len(wb.worksheets) == 3
    for ws in wb.worksheets:
        assert ws.oddHeader.left.text == "Privas && Centre"  # '&' escaped for Excel
        assert ws.oddHeader.right.text == "Bilan"
        assert ws.oddFooter.right.text == "page &P / &N"
    ws = wb.worksheets[1]
    header, region, formula, masked, total = (ws[r] for r in range(3, 8))
    assert header[0].font.b and header[0].fill.fgColor.rgb == "001F5F8B"
    assert region[1].value == 1500 and region[1].number_format == '#,##0 "€"'
    assert not region[0].font.b and region[0].fill.fill_type is None
    assert formula[0].value == "=Département" and formula[0].data_type == "s"
    assert formula[0].quotePrefix and formula[0].fill.fgColor.rgb == "00FBE3E1"  # emphasis
    assert formula[1].number_format == '#,##0.00 "€"'
    assert masked[1].value == "< 3" and masked[1].alignment.horizontal == "right"
    assert total[0].font.b and total[1].fill.fgColor.rgb == "00E3EAF1"
    assert total[2].fill.fgColor.rgb == "00E3EAF1"  # an empty totals cell keeps the style
