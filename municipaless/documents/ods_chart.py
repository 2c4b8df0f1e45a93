"""A native OpenDocument chart for the ods writer: an embedded chart sub-document (odfpy's
``OpenDocumentChart``) whose series point at the chart sheet's cells, drawn by LibreOffice
itself, editable, in the palette of the other formats' charts.

odfdo was measured against odfpy for this (December 2026): neither builds a chart for you (both
need the ``chart:`` elements spelled out), odfdo was 4.5-5x slower writing typed rows (11-12 s
against 2.5 s for 3,000 rows of 7 cells) and 3.8 MB against 1.3 MB installed, so odfpy stays.
"""

from __future__ import annotations

from odf import chart as ch
from odf.draw import Frame, Object
from odf.opendocument import OpenDocumentChart, OpenDocumentSpreadsheet
from odf.style import ChartProperties, GraphicProperties, Style, TextProperties
from odf.text import P

from .charts import PALETTE
from .model import Chart

CLASSES = {
    "bar": "chart:bar",
    "stacked_bar": "chart:bar",
    "line": "chart:line",
    "pie": "chart:circle",
}
WIDTH_CM, HEIGHT_CM = 17.0, 9.5


def address(sheet: str, col: int, row: int, col2: int | None = None, row2: int | None = None):
    """An ODF cell (range) address, ``'Sheet'.A1:'Sheet'.B3``; ``col``/``row`` count from 0."""
    quoted = "'" + sheet.replace("'", "''") + "'"

    def one(c: int, r: int) -> str:
        letters = ""
        c += 1
        while c:
            c, rem = divmod(c - 1, 26)
            letters = chr(65 + rem) + letters
        return f"{quoted}.{letters}{r + 1}"

    if col2 is None or row2 is None:
        return one(col, row)
    return f"{one(col, row)}:{one(col2, row2)}"


def _style(doc: OpenDocumentChart, name: str, *props) -> Style:
    st = Style(name=name, family="chart")
    for p in props:
        st.addElement(p)
    doc.automaticstyles.addElement(st)
    return st


def frame(ods: OpenDocumentSpreadsheet, chart: Chart, sheet: str, first_row: int) -> Frame:
    """The frame to put in a cell of ``sheet``: the chart of the data laid from row
    ``first_row`` (its header row: « Catégorie », then one column per series)."""
    doc = OpenDocumentChart()
    font = TextProperties(fontfamily="Arial", fontsize="9pt")
    main = _style(doc, "chMain", GraphicProperties(stroke="none"), font)
    props = {"vertical": "false"} if chart.kind != "pie" else {}
    if chart.kind == "stacked_bar":
        props["stacked"] = "true"
    plot = _style(doc, "chPlot", ChartProperties(**props), font)
    title = _style(
        doc, "chTitle", TextProperties(fontfamily="Arial", fontsize="12pt", fontweight="bold")
    )
    root = ch.Chart(
        width=f"{WIDTH_CM}cm", height=f"{HEIGHT_CM}cm", attributes={"class": CLASSES[chart.kind]}
    )
    root.setAttribute("stylename", main)
    t = ch.Title(stylename=title)
    t.addElement(P(text=chart.title))
    root.addElement(t)
    if len(chart.series) > 1 or chart.kind == "pie":
        root.addElement(ch.Legend(legendposition="bottom" if chart.kind != "pie" else "end"))
    n, last = len(chart.series), first_row + len(chart.categories)
    area = ch.PlotArea(
        stylename=plot,
        cellrangeaddress=address(sheet, 0, first_row, n, last),
        datasourcehaslabels="both",
    )
    cats = address(sheet, 0, first_row + 1, 0, last)
    if chart.kind != "pie":
        axis = _style(doc, "chAxis", ChartProperties(displaylabel="true"), font)
        x = ch.Axis(dimension="x", name="primary-x", stylename=axis)
        x.addElement(ch.Categories(cellrangeaddress=cats))
        y = ch.Axis(dimension="y", name="primary-y", stylename=axis)
        y.addElement(ch.Grid(attributes={"class": "major"}))
        area.addElement(x)
        area.addElement(y)
    for i in range(n):
        color = PALETTE[i % len(PALETTE)]
        if chart.kind == "line":
            fill = GraphicProperties(strokecolor=color, strokewidth="0.06cm", fillcolor=color)
        else:
            fill = GraphicProperties(fillcolor=color, stroke="none")
        st = _style(doc, f"chS{i}", fill)
        series = ch.Series(
            stylename=st,
            valuescellrangeaddress=address(sheet, i + 1, first_row + 1, i + 1, last),
            labelcelladdress=address(sheet, i + 1, first_row),
            attributes={"class": CLASSES[chart.kind]},
        )
        if chart.kind == "pie":
            series.addElement(ch.Domain(cellrangeaddress=cats))
            for c in range(len(chart.categories)):  # one colour per slice
                point = _style(doc, f"chP{c}", GraphicProperties(fillcolor=PALETTE[c % 8]))
                series.addElement(ch.DataPoint(stylename=point))
        area.addElement(series)
    root.addElement(area)
    doc.chart.addElement(root)
    href = ods.addObject(doc)
    box = Frame(width=f"{WIDTH_CM}cm", height=f"{HEIGHT_CM}cm", x="0.2cm", y="0cm", zindex="0")
    box.addElement(Object(href=href))
    return box
