"""fold() must agree with INSEE's own unaccented names, and fold what FTS5 does not."""

import csv
from pathlib import Path

import pytest

from municipaless.core.text import fold

REPO = Path(__file__).resolve().parents[2]
COMMUNES = REPO / "resources" / "geo" / "communes.csv"
# TNCC gives the article LIBELLE carries in front of NCC.
ARTICLES = {"0": "", "1": "", "2": "Le ", "3": "La ", "4": "Les ", "5": "L'"}
ARTICLES |= {"6": "Aux ", "7": "Las ", "8": "Los "}


@pytest.fixture(scope="module")
def communes() -> list[dict[str, str]]:
    with COMMUNES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_oracle_has_every_commune(communes):
    assert len(communes) == 37_496


def test_fold_rich_name_equals_insee_plain_name(communes):
    mismatches = [r["NCCENR"] for r in communes if fold(r["NCCENR"]) != fold(r["NCC"])]
    assert mismatches == []


def test_fold_full_name_is_article_plus_plain_name(communes):
    mismatches = [
        r["LIBELLE"]
        for r in communes
        if fold(r["LIBELLE"]) != fold(ARTICLES[r["TNCC"]] + r["NCC"])
        or not fold(r["LIBELLE"]).endswith(fold(r["NCC"]))
    ]
    assert mismatches == []


def test_oracle_exercises_ligatures_and_apostrophes(communes):
    # Without these rows the oracle would prove nothing about the traps it is meant for.
    names = "".join(r["LIBELLE"] for r in communes)
    assert "œ" in names and "Œ" in names and "'" in names and "-" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Œuvre", "oeuvre"),
        ("L’Atelier", "l atelier"),
        ("L'Atelier", "l atelier"),
        ("Saint-Étienne", "saint etienne"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Ex æquo", "ex aequo"),
        ("Ærø", "aerø"),  # ø is a letter of its own, not an accented o (no decomposition)
        ("  Café   du\tCoin  ", "cafe du coin"),
        ("Économie sociale — et solidaire", "economie sociale et solidaire"),
        ("Aide‑à‑domicile", "aide a domicile"),  # non-breaking hyphens
        ("ﬁnancement", "financement"),
        ("n°12", "n 12"),
        ("SCIC « Les Amis »", "scic les amis"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_examples(text, expected):
    assert fold(text) == expected


def test_fold_ligature_inside_words():
    assert "coeur" in fold("Cœur de Ville").split()
    assert fold("CŒUR") == fold("coeur") == fold("Cœur")


def test_fold_is_idempotent():
    text = "L’Œuvre de Saint-Étienne, Straße — Cœur"
    assert fold(fold(text)) == fold(text)


def test_french_sort_folds_accents_and_case_with_a_stable_tie_break():
    from municipaless.core.text import sort_key

    names = ["DREETS", "Département", "école des Possibles", "Eglise", "Église", "adie", "Zèbre"]
    assert sorted(names, key=sort_key) == [
        "adie",
        "Département",
        "DREETS",
        "école des Possibles",
        "Eglise",
        "Église",
        "Zèbre",
    ]
    assert sorted(["Église", "Eglise"], key=sort_key) == sorted(["Eglise", "Église"], key=sort_key)
    assert sort_key(None) == sort_key("") == ("", "")


def test_local_datetimes_read_in_french():
    from municipaless.core.formats import format_local_datetime

    assert format_local_datetime("2024-01-04T09:00") == "04/01/2024 09:00"
    assert format_local_datetime("2024-01-04 09:00:00") == "04/01/2024 09:00"
    assert format_local_datetime("2024-01-04") == "04/01/2024"
    assert format_local_datetime("2024-02-31T09:00") == "2024-02-31T09:00"  # shown as stored
    assert format_local_datetime(None) == ""
