"""Redaction of free text: a corpus of officers' descriptions where every name, phone, e-mail,
link and address must go (compared folded, phones by their digits too), and what must stay
(communes, amounts, dates, a structure's SIRET) so over-redaction shows."""

import json
import re
from pathlib import Path

import pytest

from municipaless.core import domain as d
from municipaless.core.redaction import (
    TOKENS,
    PersonTraits,
    Redactor,
    Term,
    fold_keeping_places,
    redact,
)
from municipaless.core.text import fold

CORPUS = json.loads(
    (Path(__file__).parents[1] / "data" / "redaction_corpus.json").read_text(encoding="utf-8")
)["cases"]


def _words(text: str) -> str:
    return f" {fold(text)} "


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def leaks(secrets: list[str], out: str) -> list[str]:
    """Secrets still readable in ``out``: as folded words, or (phones) as their last nine
    digits anywhere in the text's digits."""
    found = [s for s in secrets if _words(s) in _words(out)]
    found += [s for s in secrets if len(_digits(s)) >= 9 and _digits(s)[-9:] in _digits(out)]
    return found


def _run(case: dict) -> str:
    people = [PersonTraits(**p) for p in case["people"]]
    return redact(case["text"], people, case.get("terms", ())).text


def test_the_corpus_is_large_and_varied():
    assert len(CORPUS) >= 40
    secrets = [s for c in CORPUS for s in c["secrets"]]
    phones = [s for s in secrets if len(_digits(s)) >= 9]
    assert len(phones) >= 15 and sum("@" in s for s in secrets) >= 6
    assert sum(bool(c["keep"]) for c in CORPUS) >= 40


@pytest.mark.parametrize("case", CORPUS, ids=[c["id"] for c in CORPUS])
def test_corpus_case_has_no_leak_and_keeps_what_is_public(case):
    for s in case["secrets"] + case["keep"]:  # the case itself is sound
        assert _words(s) in _words(case["text"]), s
    out = _run(case)
    assert leaks(case["secrets"], out) == []
    assert [k for k in case["keep"] if _words(k) not in _words(out)] == []


def test_corpus_leak_count_is_zero():
    total = sum(len(leaks(c["secrets"], _run(c))) for c in CORPUS)
    assert total == 0


def test_leak_check_catches_a_leak():
    """The check above is able to fail: a folded or regrouped secret is seen."""
    assert leaks(["Amélie", "06 98 76 54 32"], "AMELIE au 0698765432") == [
        "Amélie",
        "06 98 76 54 32",
    ]


def test_replacements_say_what_was_where():
    text = "Écrire à Amélie Dupont : amelie@exemple.fr ou 06 98 76 54 32."
    result = redact(text, [PersonTraits("Amélie", "Dupont")])
    assert result.text == "Écrire à [nom] : [e-mail] ou [téléphone]."
    assert [(r.kind, r.original, r.token) for r in result.replacements] == [
        ("name", "Amélie Dupont", "[nom]"),
        ("email", "amelie@exemple.fr", "[e-mail]"),
        ("phone", "06 98 76 54 32", "[téléphone]"),
    ]
    for r in result.replacements:
        assert text[r.start : r.end] == r.original


def test_whole_words_only():
    people = [PersonTraits("Léa", "Martin")]
    assert redact("Martine voit Martin et MARTIN", people).text == "Martine voit [nom] et [nom]"
    assert redact("Léandre et Léa", people).text == "Léandre et [nom]"


def test_existing_tokens_are_never_touched():
    """A person called « Nom » or « Lien »: the tokens already in the text stay whole."""
    result = redact("[nom] a vu Nom ; [lien] et Lien", [PersonTraits("Lien", "Nom")])
    assert result.text == "[nom] a vu [nom] ; [lien] et [nom]"


def test_a_redacted_text_redacts_to_itself():
    case = next(c for c in CORPUS if c["id"] == "mixed-everything")
    people = [PersonTraits(**p) for p in case["people"]]
    once = redact(case["text"], people).text
    again = redact(once, people)
    assert again.text == once and again.replacements == []


def test_a_siren_a_siret_and_dates_are_not_phones():
    text = "SIREN 123456789, SIRET 552 100 554 00025, le 12/03/2025 14h30, 2025-03-12, 35 000 €"
    assert redact(text, []).text == text


def test_public_administration_links_stay():
    text = "Voir https://www.economie.gouv.fr/ess et www.boulangerie-martin.fr."
    assert redact(text, []).text == "Voir https://www.economie.gouv.fr/ess et [lien]."


def test_saint_before_a_name_part_is_a_place():
    people = [PersonTraits("Étienne", "Martin")]
    text = "Martin vit à Saint-Martin-d'Hères, Étienne à Saint-Étienne."
    assert redact(text, people).text == "[nom] vit à Saint-Martin-d'Hères, [nom] à Saint-Étienne."


def test_a_last_name_that_is_a_common_word_is_redacted_anyway():
    """Safety first: « petit » is redacted when a linked person is called Petit."""
    out = redact("Un petit local pour Mme Petit.", [PersonTraits("Lucie", "Petit")]).text
    assert out == "Un [nom] local pour Mme [nom]."


def test_civilities_introduce_names_of_people_not_linked():
    out = redact("Mme Fabre et M. le Maire ; Monsieur Jean Valjean ; Dr Adam", []).text
    assert out == "Mme [nom] et M. le Maire ; Monsieur [nom] ; Dr [nom]"


def test_extra_terms_use_their_token_and_fold():
    out = redact(
        "L'EPICERIE solidaire Martin ouvre.", [], [Term("Épicerie solidaire Martin", "[projet]")]
    )
    assert out.text == "L'[projet] ouvre."
    assert redact("la Ressourcerie du Val", [], ["Ressourcerie du Val"]).text == (
        f"la {TOKENS['term']}"
    )


def test_people_as_records_or_tuples():
    person = d.Person(
        first_name="Anaïs", last_name="Roux", email="a.roux@x.fr", mobile="0611223344"
    )
    text = "Anais ROUX, 06 11 22 33 44"
    as_record = Redactor([PersonTraits.of(person)]).redact(text)
    as_tuple = redact(text, [("Anaïs", "Roux", "a.roux@x.fr", None, "0611223344", "")])
    assert as_record.text == as_tuple.text == "[nom], [téléphone]"


def test_stored_phone_digits_are_found_however_grouped():
    people = [PersonTraits("Zoé", "Faure", mobile="+33612345678")]
    assert redact("tél 0 612 34 5678", people).text == "tél [téléphone]"


def test_referent_from_a_full_name():
    assert PersonTraits.from_full_name("Marie Claire Dupont") == PersonTraits(
        "Marie Claire", "Dupont"
    )
    assert PersonTraits.from_full_name("Dupont") == PersonTraits(last_name="Dupont")


def test_folding_keeps_places():
    folded, where = fold_keeping_places("Œuvre d’Élise")
    assert folded == "oeuvre d'elise"
    assert where[:3] == [0, 0, 1] and where[-5] == 8


def test_empty_and_blank_text():
    assert redact("", [PersonTraits("A", "B")]).text == ""
    assert redact("  \n", [PersonTraits("A", "B")]).replacements == []


def test_a_one_letter_or_particle_name_does_not_eat_words():
    out = redact("J'ai vu le chat de J. Le", [PersonTraits("J", "Le")]).text
    assert out == "J'ai vu le chat de J. Le"
    assert redact("Jean Le Goff et le chat", [PersonTraits("Jean", "Le Goff")]).text == (
        "[nom] et le chat"
    )


def test_dates_with_a_time_are_no_phone_but_a_phone_after_a_date_is():
    text = "RDV le 06/12/2025 14h30 ; le 2025-12-06 06 12 34 56 78"
    assert redact(text, []).text == "RDV le 06/12/2025 14h30 ; le 2025-12-06 [téléphone]"
