"""The coverage matrix (docs/cooperation.md): each column's rule, the total counting each thing
once, « Non couvert » / « Sans financement », archived enjeux, the drill-down, both exports
read back, and the bilan's section « Enjeux du territoire » masked like the rest."""

import datetime as dt

import docx
import openpyxl
import pytest

from municipaless.services.cooperation import challenges, coverage, coverage_document
from municipaless.services.reports import activity_document, activity_report
from tests.services.challenges_sample import UNCOVERED, UNFUNDED, make_challenge_sample

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def sample(tmp_path):
    s = make_challenge_sample(tmp_path / "enjeux.municipaless")
    yield s
    s.t.close()


def _matrix(t, start="2026-01-01", end="2026-12-31"):
    return coverage.matrix(t, start, end, TODAY)


def _line(matrix, title):
    return next(line for line in matrix.lines if line.title == title)


def test_each_column_follows_the_shared_rules(sample):
    m = _matrix(sample.t)
    food = _line(m, "Alimentation durable")
    # the 2024 project is not followed in 2026; the 2025 grant is out of the period
    assert (food.projects, food.meetings, food.workshops) == (2, 1, 1)
    assert food.granted_cents == 1_200_000 + 500_000
    # CCAS present at the meeting, the Région and France Active as funders
    assert food.structures == 3
    circ = _line(m, "Économie circulaire")
    assert (circ.projects, circ.calls, circ.collectives) == (1, 1, 1)
    assert circ.structures == 2  # France Active (funder) and the Ressourcerie (member, partner)
    assert circ.granted_cents == 500_000
    assert (food.state, circ.state) == (coverage.COVERED, coverage.COVERED)


def test_total_counts_each_thing_once(sample):
    m = _matrix(sample.t)
    assert sum(line.projects for line in m.lines) == 4  # P-0002 carries two enjeux
    assert m.total.projects == 3
    assert m.total.granted_cents == 1_700_000  # not 2 200 000
    assert m.total.structures == 5
    assert m.total.workshops == 1


def test_uncovered_and_unfunded_are_words(sample):
    m = _matrix(sample.t)
    assert _line(m, UNCOVERED).state == "Non couvert"
    assert _line(m, UNFUNDED).state == "Sans financement"
    assert UNCOVERED in [line.title for line in m.uncovered]
    # a period where nothing happened: everything is uncovered
    empty = _matrix(sample.t, "2020-01-01", "2020-12-31")
    assert {line.state for line in empty.lines} == {"Non couvert"}
    assert empty.total.projects == 0


def test_archived_enjeux_only_when_something_carries_them(sample):
    t = sample.t
    for title in (UNCOVERED, "Alimentation durable"):
        c = t.records["challenge"].get(sample.enjeux[title].id)
        challenges.set_archived(t, c.id, c.rev, True)
    titles = [line.title for line in _matrix(t).lines]
    assert "Alimentation durable" in titles and UNCOVERED not in titles


def test_drill_down_lists_what_is_behind_a_line(sample):
    drill = coverage.drill_down(
        sample.t, sample.enjeux["Alimentation durable"].id, "2026-01-01", "2026-12-31", TODAY
    )
    assert [i.label for i in drill.of("project")] == [
        "P-2026-0001 « Épicerie solidaire »",
        "P-2026-0002 « Recyclerie des Bruyères »",
    ]
    assert {i.label for i in drill.of("organisation")} == {
        "CCAS de Crest",
        "France Active Drôme",
        "Région Auvergne-Rhône-Alpes",
    }
    assert sorted(i.cents for i in drill.of("funding_request")) == [500_000, 1_200_000]
    m = _matrix(sample.t)
    line = _line(m, "Alimentation durable")
    for kind in coverage.COLUMNS:
        assert len(drill.of(kind)) == line.count(kind)


def test_meetings_after_today_are_not_held(sample):
    t = sample.t
    t.save(
        "meeting",
        {
            "title": "Plus tard",
            "starts_at": "2026-12-10T10:00",
            "challenges": (sample.enjeux[UNCOVERED].id,),
        },
    )
    assert _line(_matrix(t), UNCOVERED).meetings == 0
    late = coverage.matrix(t, "2026-01-01", "2026-12-31", dt.date(2026, 12, 31))
    assert _line(late, UNCOVERED).meetings == 1


def test_exports_read_back(sample, tmp_path):
    t = sample.t
    t.tdb.db["meta"].upsert({"key": "commune_name", "value": "Crest"}, pk="key")
    (xlsx,) = coverage_document.write(
        t, tmp_path / "m.xlsx", "2026-01-01", "2026-12-31", today=TODAY
    )
    book = openpyxl.load_workbook(xlsx)
    cover = [str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert "Crest" in cover and "année 2026" in cover
    sheet = book["Matrice de couverture"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert "année 2026" in rows[0][0]
    header = next(r for r in rows if r and r[0] == "Enjeu")
    assert list(header)[:9] == [h for h, _ in coverage_document.HEADERS]
    uncovered = next(r for r in rows if r and r[0] == UNCOVERED)
    assert uncovered[8] == "Non couvert"
    food = next(r for r in rows if r and r[0] == "Alimentation durable")
    assert food[7] == 17000  # euros, a number
    total = next(r for r in rows if r and r[0] == "Total")
    assert total[1] == 3 and total[7] == 17000
    assert sheet.page_setup.orientation == "landscape"

    (path,) = coverage_document.write(
        t, tmp_path / "m.docx", "2026-01-01", "2026-12-31", today=TODAY
    )
    document = docx.Document(path)
    assert document.sections[-1].orientation == 1  # WD_ORIENT.LANDSCAPE
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Matrice de couverture" in text and "année 2026" in text
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    row = next(r for r in cells if r[0] == UNCOVERED)
    assert row[-1] == "Non couvert"
    food = next(r for r in cells if r[0] == "Alimentation durable")
    assert food[7].replace("\u202f", " ").replace("\u00a0", " ") == "17 000 €"


def _bilan_section(t, nominative):
    report = activity_report.compute(
        t, activity_report.Period.year(2026), nominative=nominative, today=TODAY
    )
    doc = activity_document.build(report, nominative=nominative)
    for section in doc.sections:
        for block in section.blocks:
            if getattr(block, "text", "") == "Enjeux du territoire":
                return section
    raise AssertionError("no « Enjeux du territoire » section")


def test_bilan_section_per_enjeu_masked(sample):
    t = sample.t
    food = sample.enjeux["Alimentation durable"]
    ind = challenges.add_indicator(t, food.id, "Part du bio en cantine", "%", 40)
    challenges.add_measure(t, ind.id, "2025-06-30", 18)
    challenges.add_measure(t, ind.id, "2026-06-30", 24.5)
    challenges.add_measure(t, ind.id, "2027-06-30", 30)  # after the period: not shown

    section = _bilan_section(t, nominative=False)
    coverage_table, indicators = [b for b in section.blocks if hasattr(b, "rows")]
    rows = {r[0]: r for r in coverage_table.rows}
    assert rows["Alimentation durable"][1] == "< 3"  # 2 projects, below the threshold
    assert rows[UNCOVERED][8] == "Non couvert" and rows[UNCOVERED][1] == 0
    assert coverage_table.totals is None  # the last line is no sum of the others
    assert rows["Ensemble des enjeux (sans double compte)"][1] == 3
    (line,) = indicators.rows
    assert line[:2] == ["Alimentation durable", "Part du bio en cantine"]
    assert line[2].startswith("24,5 %") and line[3].startswith("18 %") and line[4] == "40 %"

    nominative = _bilan_section(t, nominative=True)
    table = next(b for b in nominative.blocks if hasattr(b, "rows"))
    assert {r[0]: r for r in table.rows}["Alimentation durable"][1] == 2
