"""Column widths that never cut a word: the tokens, the shared widths, the page turn, the
shrinking font; measured with the fonts the PDF embeds."""

import pytest

from municipaless.documents import table_layout as tl

PHONE = "04\u00a075\u00a064\u00a012\u00a034"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Appel à projets", "text", ["Appel", "à", "projets"]),
        ("Tél. 04 75 64 12 34 ou mail", "text", ["Tél.", "04 75 64 12 34", "ou", "mail"]),
        (f"Tél. {PHONE}", "text", ["Tél.", PHONE]),  # joined by typography: one token
        ("Reçu 12 500 € en 2024", "text", ["Reçu", "12 500 €", "en", "2024"]),
        ("Terre de Liens Auvergne-Rhône-Alpes", "text", ["Terre", "de", "Liens", "Auvergne-"]),
        ("COPIL-2026-03 adoptée", "text", ["COPIL-2026-03", "adoptée"]),
        ("pré\u2011requis", "text", ["pré\u2011requis"]),  # a non-breaking hyphen holds
        ("12\u202f500\u00a0€", "money", ["12\u202f500\u00a0€"]),
        ("P-2024-0012", "code", ["P-2024-0012"]),
        ("123 456 789 00012", "code", ["123 456 789 00012"]),
        ("25/01/2024", "date", ["25/01/2024"]),
        ("   ", "text", []),
    ],
)
def test_tokens_are_what_a_line_may_not_break(text, kind, expected):
    got = tl.tokens(text, kind)
    assert got[: len(expected)] == expected
    if kind == "text" and "Auvergne" in text:
        assert got[-2:] == ["Rhône-", "Alpes"]


def column(header, kind="text", texts=(), hint=None, total=""):
    return tl.ColumnText(header, kind, hint, list(texts), total)


def longest(col: tl.ColumnText, size: float) -> float:
    """The widest token of a column, measured independently of the module's cache."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    tl.text_width("x")  # registers the fonts
    body = [stringWidth(t, tl.FONT, size) for x in col.texts for t in tl.tokens(x, col.kind)]
    head = [stringWidth(w, tl.BOLD, size) for w in col.header.split()]
    return max(body + head)


def test_no_column_is_narrower_than_its_longest_token_and_the_frame_is_filled():
    cols = [
        column("Référence", "code", ["P-2024-0012", "P-2025-0113"]),
        column("Consolidation", "text", ["Idée"]),
        column("Premier contact", "date", ["25/01/2024"]),
        column("Projet", "text", ["Un très long intitulé de projet " * 3, "Court"]),
        column("Téléphone", "text", ["04 75 64 12 34"]),
    ]
    metrics = tl.Metrics(8.0, 8.0)
    layout = tl.plan(cols, 481.0, metrics)
    assert not layout.landscape and layout.size == 8.0 and layout.breakable is None
    assert sum(layout.widths) == pytest.approx(481.0)
    for col, w in zip(cols, layout.widths, strict=True):
        assert w >= longest(col, 8.0) + metrics.padding - 1e-6, col.header
    # the long free text gets the room the short columns do not need
    assert layout.widths[3] == max(layout.widths)


def test_a_table_whose_words_do_not_fit_portrait_turns_landscape():
    words = ["Anticonstitutionnellement", "Intergouvernementalisation", "Désinstitutionnalisation"]
    cols = [column(f"Colonne{i}", "text", [w]) for i, w in enumerate(words * 2)]
    layout = tl.plan(cols, 481.0, tl.Metrics(8.0, 8.0), landscape_width=728.0)
    assert layout.landscape and layout.size == 8.0
    assert sum(layout.widths) == pytest.approx(728.0)


def test_the_font_shrinks_before_any_word_breaks_then_only_the_longest_text_breaks():
    cols = [column(f"C{i}", "code", ["P-2024-001234"]) for i in range(10)]
    cols.append(column("Projet", "text", ["Désinstitutionnalisation"]))
    shrunk = tl.plan(cols, 728.0, tl.Metrics(8.0, 8.0))
    assert 7.0 <= shrunk.size < 8.0 and shrunk.breakable is None
    for col, w in zip(cols, shrunk.widths, strict=True):
        assert w >= longest(col, shrunk.size) + 8.0 - 1e-6
    cols.append(column("D", "code", ["P-2024-001234"]))
    last = tl.plan(cols, 728.0, tl.Metrics(8.0, 8.0))
    assert last.size == tl.FLOOR_PT and last.breakable == 10  # the free-text column only
    assert sum(last.widths) == pytest.approx(728.0)
    codes = [w for i, w in enumerate(last.widths) if i != 10]
    assert min(codes) >= longest(cols[0], tl.FLOOR_PT) + 8.0 - 1e-6


def test_a_blank_column_keeps_the_room_its_hint_asks_for():
    cols = [column("Nom", texts=["Claire Martin"], hint=24), column("Signature", hint=22)]
    layout = tl.plan(cols, 481.0, tl.Metrics(8.0, 8.0))
    assert layout.widths[1] > 0.4 * 481.0


def test_share_gives_each_what_it_wants_when_all_fit():
    assert tl.share([10, 10], [20, 60], 160) == pytest.approx([40, 120])
    assert tl.share([10, 10], [20, 60], 50) == pytest.approx([10 + 30 * 10 / 60, 10 + 30 * 50 / 60])
