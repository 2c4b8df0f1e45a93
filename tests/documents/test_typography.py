"""The French typography pass: each rule, where it stops (e-mails, URLs, code cells,
spreadsheets, CSV), idempotence, and the pass as documents.write runs it."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from municipaless import documents
from municipaless.documents.model import (
    BulletList,
    Chart,
    Column,
    Document,
    Heading,
    KeyFigure,
    KeyFigures,
    Meta,
    Paragraph,
    Run,
    Section,
    Series,
    Table,
)
from municipaless.documents.typography import text_fixer, typeset

NNBSP, NBSP, NBH, APO = "\u202f", "\u00a0", "\u2011", "\u2019"
PRINT = text_fixer("pdf")
SHEET = text_fixer("xlsx")


@pytest.mark.parametrize(
    ("raw", "printed"),
    [
        ("Quorum : atteint", f"Quorum{NBSP}: atteint"),
        ("Vraiment ? Oui ! Non ; peut-être", f"Vraiment{NNBSP}? Oui{NNBSP}! Non{NNBSP}; peut-être"),
        ("Bonjour!", f"Bonjour{NNBSP}!"),
        ("« Tiers-lieu »", f"«{NNBSP}Tiers-lieu{NNBSP}»"),
        ("«Tiers-lieu»", f"«{NNBSP}Tiers-lieu{NNBSP}»"),
        ("l'Adie aujourd'hui", f"l{APO}Adie aujourd{APO}hui"),
        ("12 emplois et 3 h 30", f"12{NBSP}emplois et 3{NBSP}h{NBSP}30"),
        ("en 2026 les projets", "en 2026 les projets"),  # a little word after a year: free
        (
            "le 1er décembre 2026 et le 3 mars 2025",
            f"le 1er{NBSP}décembre{NBSP}2026 et le 3{NBSP}mars{NBSP}2025",
        ),
        ("Tél. 04 75 64 12 34", f"Tél. 04{NBSP}75{NBSP}64{NBSP}12{NBSP}34"),
        ("+33 6 12 34 56 78", f"+33{NBSP}6{NBSP}12{NBSP}34{NBSP}56{NBSP}78"),
        ("SIRET 732 829 320 00074", f"SIRET 732{NBSP}829{NBSP}320{NBSP}00074"),
        ("Décision COPIL-2026-03", f"Décision COPIL{NBH}2026{NBH}03"),
        ("projet P-2024-0012.", f"projet P{NBH}2024{NBH}0012."),
        ("Auvergne-Rhône-Alpes, CAE-Cap", "Auvergne-Rhône-Alpes, CAE-Cap"),  # no digit: a name
        ("< 3", f"<{NBSP}3"),
        ("× 4,0", f"×{NBSP}4,0"),
        ("14:30", "14:30"),  # no space before the colon: a time, left alone
    ],
)
def test_each_rule_in_print(raw, printed):
    assert PRINT(raw) == printed


def test_emails_and_urls_are_never_touched_but_the_text_around_them_is():
    raw = "Écrire à o'neil@mairie-privas.fr ou voir https://ess.example/a?b=c : l'accueil"
    assert PRINT(raw) == (
        f"Écrire à o'neil@mairie-privas.fr ou voir https://ess.example/a?b=c{NBSP}: l{APO}accueil"
    )
    assert PRINT("www.adie.org/financer ; contact@adie.org !") == (
        f"www.adie.org/financer{NNBSP}; contact@adie.org{NNBSP}!"
    )


def test_spreadsheets_get_spacing_and_apostrophes_but_keep_searchable_numbers():
    raw = "Décision COPIL-2026-03 : l'Adie, 04 75 64 12 34, le 3 décembre 2026"
    assert SHEET(raw) == (
        f"Décision COPIL-2026-03{NBSP}: l{APO}Adie, 04 75 64 12 34, le 3 décembre 2026"
    )


def test_a_guillemet_alone_at_a_line_end_stays_there():
    assert PRINT("fin «\nsuite » et «\u00a0») ") == f"fin «\nsuite{NNBSP}» et «{NNBSP}») "


PRINTABLE = st.text(
    alphabet=st.sampled_from(list("aéZ0 1\u00a0\u202f'’:;!?«»-@./\n")) | st.characters(),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(PRINTABLE)
def test_idempotent(text):
    for fmt in ("docx", "odt", "pdf", "xlsx", "ods", "csv"):
        once = text_fixer(fmt)(text)
        assert text_fixer(fmt)(once) == once


def _doc() -> Document:
    table = Table(
        "Suivi de l'action",
        [Column("N°", "code"), Column("Qui ?"), Column("Montant", "money"), Column("Nb", "count")],
        [["P-2024-0012", "l'Adie : « oui »", 1250, "< 3"]],
        totals=["Total", "", 1250, 2],
        note="Source : l'annuaire",
    )
    return Document(
        "Bilan d'activité",
        "Année 2026 : l'essentiel",
        Meta(commune="Saint-Julien-l'Ars", period="du 1er mars 2026 au 3 mai 2026"),
        [
            Section(
                [
                    Heading("Synthèse de l'année"),
                    Paragraph("Il y a ", Run("12 emplois", bold=True), " ; voilà !"),
                    BulletList(["Tél. 04 75 64 12 34", "Décision COPIL-2026-03 : adoptée"]),
                    table,
                    KeyFigures(
                        [KeyFigure("emplois d'avenir", 3), KeyFigure("levier", "× 4,0", "text")]
                    ),
                    Chart(
                        "bar",
                        "Répartition : l'an",
                        ["Commune d'Alissas"],
                        [Series("N'importe", [1])],
                    ),
                ]
            )
        ],
    )


def test_every_text_of_the_model_is_set_and_the_input_left_as_it_was():
    doc = _doc()
    out = typeset(doc, "pdf")
    assert doc.title == "Bilan d'activité"  # a copy: the service's document is unchanged
    assert out.title == f"Bilan d{APO}activité"
    assert out.subtitle == f"Année 2026{NBSP}: l{APO}essentiel"
    assert out.meta.commune == f"Saint-Julien-l{APO}Ars"
    assert out.meta.period == f"du 1er{NBSP}mars{NBSP}2026 au 3{NBSP}mai{NBSP}2026"
    heading, para, bullets, table, figures, chart = out.sections[0].blocks
    assert heading.text == f"Synthèse de l{APO}année"
    assert para.text == f"Il y a 12{NBSP}emplois{NNBSP}; voilà{NNBSP}!" and para.runs[1].bold
    # set as one sentence across its runs, each run keeping its own characters
    assert [r.text for r in para.runs] == ["Il y a ", f"12{NBSP}emplois", f"{NNBSP}; voilà{NNBSP}!"]
    assert bullets.items[1] == f"Décision COPIL{NBH}2026{NBH}03{NBSP}: adoptée"
    assert table.title == f"Suivi de l{APO}action" and table.note == f"Source{NBSP}: l{APO}annuaire"
    assert table.columns[1].header == f"Qui{NNBSP}?"
    assert table.rows[0] == [
        f"P{NBH}2024{NBH}0012",
        f"l{APO}Adie{NBSP}: «{NNBSP}oui{NNBSP}»",
        1250,
        f"<{NBSP}3",
    ]
    assert table.totals == ["Total", "", 1250, 2]
    assert figures.items[0].label == f"emplois d{APO}avenir"
    assert figures.items[1].value == f"×{NBSP}4,0"
    assert chart.title == f"Répartition{NBSP}: l{APO}an"
    assert (
        chart.categories == [f"Commune d{APO}Alissas"] and chart.series[0].name == f"N{APO}importe"
    )
    assert typeset(out, "pdf") == out


def test_code_cells_stay_ascii_in_spreadsheets():
    out = typeset(_doc(), "xlsx")
    table = out.tables()[0]
    assert table.rows[0][0] == "P-2024-0012" and table.rows[0][3] == "< 3"
    assert table.rows[0][1] == f"l{APO}Adie{NBSP}: «{NNBSP}oui{NNBSP}»"


def test_csv_is_written_as_typed(tmp_path):
    documents.write(_doc(), tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][1] == "Qui ?" and rows[1][:2] == ["P-2024-0012", "l'Adie : « oui »"]


def test_write_typesets_for_the_format(tmp_path):
    import docx

    documents.write(_doc(), tmp_path / "t.docx")
    text = [p.text for p in docx.Document(str(tmp_path / "t.docx")).paragraphs]
    assert f"Synthèse de l{APO}année" in text
    assert f"Il y a 12{NBSP}emplois{NNBSP}; voilà{NNBSP}!" in text
