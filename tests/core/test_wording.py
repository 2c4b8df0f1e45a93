"""French wording of generated sentences: articles before organisation names, agreeing
counts, lists ending with « et »."""

import pytest

from municipaless.core.wording import article, enumerate_fr, plural, with_article

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("name", "kind", "vers", "a", "de"),
    [
        (
            "Chambre de commerce et d'industrie",
            "reseau",
            "vers la Chambre de commerce et d'industrie",
            "à la Chambre de commerce et d'industrie",
            "de la Chambre de commerce et d'industrie",
        ),
        (
            "Communauté d'agglomération Privas Centre Ardèche",
            "collectivite",
            "vers la Communauté d'agglomération Privas Centre Ardèche",
            "à la Communauté d'agglomération Privas Centre Ardèche",
            "de la Communauté d'agglomération Privas Centre Ardèche",
        ),
        (
            "Département de l'Ardèche",
            "financeur_public",
            "vers le Département de l'Ardèche",
            "au Département de l'Ardèche",
            "du Département de l'Ardèche",
        ),
        ("Adie", "finance_solidaire", "vers l'Adie", "à l'Adie", "de l'Adie"),
        ("URSCOP", "reseau", "vers l'URSCOP", "à l'URSCOP", "de l'URSCOP"),
        ("BGE Ardèche Drôme", None, "vers la BGE Ardèche Drôme", "à la BGE Ardèche Drôme", None),
        ("Union régionale des Scop", None, "vers l'Union régionale des Scop", None, None),
        (
            "Association Les Amis du Pouzin",
            None,
            "vers l'Association Les Amis du Pouzin",
            None,
            None,
        ),
        ("Réseau des Cigales", None, "vers le Réseau des Cigales", "au Réseau des Cigales", None),
        ("Pôle ESS", None, "vers le Pôle ESS", "au Pôle ESS", "du Pôle ESS"),
        ("Crédit Coopératif", "banque", "vers le Crédit Coopératif", "au Crédit Coopératif", None),
        ("La Nef", "banque", "vers La Nef", "à La Nef", "de La Nef"),
        ("Le Mat", None, "vers Le Mat", "au Mat", "du Mat"),
        ("Les Amanins", None, "vers Les Amanins", "aux Amanins", "des Amanins"),
        (
            "France Active Ardèche",
            None,
            "vers France Active Ardèche",
            "à France Active Ardèche",
            None,
        ),
        ("Initiative Centre Ardèche", None, None, None, "d'Initiative Centre Ardèche"),
        ("DDT", "etat", "vers la DDT", None, None),
        ("Halle solidaire", None, None, None, None),
        # unsure: no article guessed, a colon after « vers »
        ("Ronalpia", "accompagnement", f"vers{NBSP}: Ronalpia", "à Ronalpia", "de Ronalpia"),
    ],
)
def test_with_article(name, kind, vers, a, de):
    for preposition, expected in (("vers", vers), ("à", a), ("de", de)):
        if expected is not None:
            assert with_article(name, kind, preposition) == expected


def test_article_alone():
    assert article("Maison de l'emploi") == "la "
    assert article("Espace de coworking") == "l'"
    assert article("Hangar 07") is None  # unknown word, even with an h: no guess
    assert article("Ronalpia") is None and article("") == ""


def test_plural_is_french():
    assert plural(0, "emploi", "emplois") == f"0{NBSP}emploi"
    assert plural(1, "emploi", "emplois") == f"1{NBSP}emploi"
    assert plural(2, "emploi", "emplois") == f"2{NBSP}emplois"
    assert plural(12500, "emploi", "emplois") == f"12{NNBSP}500{NBSP}emplois"
    assert plural(1, "autre commune", "autres communes", number=False) == "autre commune"


def test_enumerate_fr():
    assert enumerate_fr([]) == ""
    assert enumerate_fr(["Alissas"]) == "Alissas"
    assert enumerate_fr(["Alissas", "Coux", "", "19 autres communes"]) == (
        "Alissas, Coux et 19 autres communes"
    )
