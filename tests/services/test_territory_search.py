"""Finding a territory by typing: accents ignored, départements (then régions, EPCI) before
communes, whole-word matches before a match inside a word."""

from dataclasses import dataclass

from municipaless.services.geography import territory_search
from municipaless.services.geography.territory_search import search_territories


def _names(text, **kwargs):
    return [(c.kind, c.name) for c in search_territories(text, **kwargs)]


def test_ardech_finds_the_ardeche_first():
    found = search_territories("ardech")
    assert (found[0].code, found[0].name) == ("dep:07", "Ardèche")
    whole = [c for c in found[1:] if "Ardèche" in c.name]  # « Ardèche » as a word of the name
    assert whole == found[1 : 1 + len(whole)] and len(whole) >= 6
    assert {c.kind for c in whole} == {"epci", "commune"}
    kinds = [territory_search.KINDS.index(c.kind) for c in found[: 1 + len(whole)]]
    assert kinds == sorted(kinds)  # intercommunalités before communes
    assert found[1].name == "CA Privas Centre Ardèche" or found[1].kind == "epci"


def test_an_infix_match_comes_after_every_whole_word_match():
    found = _names("ardec")
    assert found[0] == ("dep", "Ardèche")
    assert ("commune", "Hardecourt-aux-Bois") in found
    infix = found.index(("commune", "Hardecourt-aux-Bois"))
    assert all("ardèche" in name.lower() for _, name in found[:infix])


def test_accents_case_hyphens_and_abbreviations_are_ignored():
    assert _names("SAINT ETIENNE")[:2] == [
        ("epci", "Saint-Étienne Métropole"),
        ("commune", "Saint-Étienne"),
    ]
    assert _names("st agreve") == [("commune", "Saint-Agrève")]
    assert _names("Ardèche")[0] == _names("ARDECHE")[0] == ("dep", "Ardèche")
    assert _names("cote d or")[0] == ("dep", "Côte-d'Or")


def test_departements_and_regions_come_before_communes():
    found = _names("auvergne")
    assert found[0] == ("reg", "Auvergne-Rhône-Alpes")
    assert {kind for kind, _ in found[1:]} <= {"epci", "commune"}
    savoie = _names("savoie")
    assert savoie[:2] == [("dep", "Haute-Savoie"), ("dep", "Savoie")] or savoie[:2] == [
        ("dep", "Savoie"),
        ("dep", "Haute-Savoie"),
    ]
    assert savoie.index(("dep", "Savoie")) < 2
    assert all(k in ("epci", "commune") for k, _ in savoie[2:])


def test_digits_find_a_departement_code_then_postcodes_and_insee_codes():
    found = search_territories("07")
    assert found[0].code == "dep:07" and found[1].kind == "commune"
    assert [c.code for c in search_territories("07186")] == ["commune:07186"]
    assert "commune:07186" in {c.code for c in search_territories("07000")}
    assert search_territories("2a")[0].code == "dep:2A"


def test_nothing_typed_or_nothing_found():
    assert search_territories("") == [] and search_territories("  ") == []
    assert search_territories("zzqx") == []
    assert len(search_territories("saint", limit=10)) == 10


@dataclass
class _Epci:
    siren: str
    name: str
    dep: str


def test_the_epci_hook_puts_intercommunalities_between_departements_and_communes(monkeypatch):
    from municipaless.services.geography import epci

    only = [_Epci("200070621", "CA Privas Centre Ardèche", "07")]
    monkeypatch.setattr(epci, "all_epcis", lambda: only)
    territory_search._index.cache_clear()
    try:
        found = _names("ardeche")
        assert found[:2] == [("dep", "Ardèche"), ("epci", "CA Privas Centre Ardèche")]
        assert {kind for kind, _ in found[2:]} == {"commune"}
        privas = search_territories("privas")
        assert [c.kind for c in privas[:2]] == ["epci", "commune"]
        assert privas[0].code == "epci:200070621"
    finally:
        territory_search._index.cache_clear()


def test_an_elided_letter_typed_is_not_required_in_the_name():
    """People write « Val d'Eyrieux »; the DGCL list says « CC Val Eyrieux »."""
    assert _names("val d'eyrieux")[0] == ("epci", "CC Val Eyrieux")
    assert _names("saint julien d'intres")[0] == ("commune", "Saint-Julien-d'Intres")
