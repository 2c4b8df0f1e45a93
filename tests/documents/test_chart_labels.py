"""Chart labels are never cut: each category of the demo bilan's charts is drawn whole (on
two lines when it must), in the layout and in the PDF text a reader can copy."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from reportlab.graphics import renderPDF

from municipaless.documents import chart_pdf, charts
from municipaless.documents.model import Chart, Series
from municipaless.services.reports import activity_document, activity_report

TODAY = dt.date(2026, 3, 15)
LONG = [  # labels as long as the vocabularies get, and a hyphenated compound
    "Apport en fonds propres",
    "Financement participatif",
    "Prêt d'honneur solidaire",
    "Subvention d'investissement",
    "Terre de Liens Auvergne-Rhône-Alpes",
    "Garantie",
    "Avance remboursable",
]


@pytest.fixture(scope="module")
def bilan_charts(demo_territory) -> list[Chart]:
    period = activity_report.Period.year(2025)
    report = activity_report.compute(demo_territory, period, today=TODAY)
    found = activity_document.build(report).charts()
    assert len(found) == 3
    extra = Chart("bar", "Financements par instrument", LONG, [Series("2025", range(7))], "money")
    pie = Chart("pie", "Répartition", LONG, [Series("2025", [5, 4, 3, 2, 1, 1, 1])])
    return [*found, extra, pie]


def _texts(chart: Chart) -> list[charts.Text]:
    return [p for p in charts.layout(chart) if isinstance(p, charts.Text)]


def test_every_category_is_laid_out_whole(bilan_charts):
    for chart in bilan_charts:
        texts = _texts(chart)
        assert not [t.text for t in texts if "…" in t.text], chart.title
        if chart.kind == "pie":
            shown = " ".join(t.text for t in texts)
            assert all(cat in shown for cat in chart.categories)
            continue
        labels = {}  # the lines of one label share its x, below the axis
        for t in texts:
            if t.anchor == "middle" and not t.bold and t.size <= 7.5 and t.color == charts.INK:
                labels.setdefault(round(t.x, 1), []).append(t)
        joined = [
            " ".join(t.text for t in sorted(lines, key=lambda t: t.y)).replace("- ", "-")
            for _, lines in sorted(labels.items())
        ]
        # value labels above bars sit in the same columns: keep the lines that are labels
        for cat in chart.categories:
            assert any(cat in j for j in joined), (chart.title, cat, joined)


def test_wrapped_labels_stay_within_their_slot():
    for label in (lab for lab in LONG if " " in lab):
        widest = max(charts.text_width(w, 7.5) for w in label.replace("-", "- ").split())
        width = max(charts.text_width(label, 7.5) * 0.6, widest + 0.5)  # < one line
        lines = charts.wrap(label, 7.5, width, 3)
        assert lines is not None and 1 < len(lines) <= 3, label
        assert " ".join(lines).replace("- ", "-") == label
        assert all(charts.text_width(line, 7.5) <= width for line in lines)
    word = "Anticonstitutionnellement"  # a word alone wider than the room: not wrapped
    assert charts.wrap(word, 7.5, charts.text_width(word, 7.5) - 1, 3) is None
    size, wrapped = charts.fit_lines(LONG, 55)
    assert all(charts.text_width(line, size) <= 55 for lines in wrapped for line in lines)
    assert all(len(lines) <= 3 for lines in wrapped)


def test_pdf_chart_text_holds_every_word(bilan_charts, tmp_path):
    for n, chart in enumerate(bilan_charts):
        path = tmp_path / f"chart{n}.pdf"
        renderPDF.drawToFile(chart_pdf.drawing(chart), str(path))
        with pdfplumber.open(path) as pdf:
            words = " ".join(w["text"] for w in pdf.pages[0].extract_words())
        assert "…" not in words, chart.title
        for cat in chart.categories:
            for word in cat.replace("-", "- ").split():
                assert word in words, (chart.title, cat, word)
