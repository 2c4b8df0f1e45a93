"""Tab names: within Excel's 31 characters, unique, abbreviated at words (never cut mid-word),
and a chart's tab named after the chart."""

from municipaless.documents import _fr
from municipaless.documents.model import Chart, Column, Series, Table

TITLES = [
    "Comité de pilotage du projet alimentaire territorial",
    "Comité de pilotage du projet alimentaire territorial",
    "Comité de pilotage du projet alimentaire territorial du Centre Ardèche",
    "Groupe de travail: réemploi/[solidaire]*?",
    "Réunions",
    "réunions",
    "Anticonstitutionnellementissimementextraordinaire",
]


def test_names_are_short_unique_and_cut_at_words():
    taken: set[str] = set()
    names = [_fr.sheet_name(t, taken) for t in TITLES]
    assert len({n.lower() for n in names}) == len(names)
    assert all(0 < len(n) <= 31 for n in names)
    assert not [n for n in names if set(n) & set("[]:*?/\\")]
    for name, title in zip(names[:3], TITLES[:3], strict=True):
        words = name.split(" (")[0].rstrip("…").split()
        assert all(w in title.split() for w in words), name  # whole words of the title
    assert names[4] == "Réunions" and names[5].startswith("réunions (")


def test_a_chart_tab_says_which_chart_it_holds():
    chart = Chart("bar", "Réunions tenues par instance", ["A"], [Series("2025", [1])])
    table = Table("Réunions tenues par instance", [Column("x")], [["a"]], name="Réunions")
    taken: set[str] = set()
    assert _fr.sheet_name(_fr.tab_title(table), taken) == "Réunions"
    chart_tab = _fr.sheet_name(_fr.tab_title(chart), taken)
    assert chart_tab.startswith("Graph. Réunions") and len(chart_tab) <= 31
