"""What officers type or import: normalised when valid, a French message when not."""

import pytest

from municipaless.core.validation import (
    Checked,
    check_date,
    check_email,
    check_money,
    check_phone,
    check_postcode,
    check_rna,
    check_siren,
    check_siret,
)

ALL_CHECKS = [
    check_siret,
    check_siren,
    check_rna,
    check_postcode,
    check_phone,
    check_email,
    check_date,
    check_money,
]


@pytest.mark.parametrize("check", ALL_CHECKS)
@pytest.mark.parametrize("empty", ["", "   ", "\t", None])
def test_empty_means_no_value(check, empty):
    result = check(empty)
    assert result == Checked(None, None)
    assert result.ok


def test_checked_is_frozen():
    with pytest.raises(AttributeError):
        check_rna("W751234567").value = "x"  # type: ignore[misc]


# --- SIRET / SIREN ------------------------------------------------------------------------------

SIRET = "73282932000074"  # a real, valid SIRET


@pytest.mark.parametrize(
    "text",
    [
        SIRET,
        "732 829 320 00074",
        "732.829.320.00074",
        "732-829-320-00074",
        "732\t829\t320\t00074",
        "732\u00a0829\u00a0320\u00a000074",
        "732\u202f829\u202f320\u202f00074",
        "  73282932000074\n",
    ],
)
def test_siret_separators_are_removed(text):
    assert check_siret(text) == Checked(SIRET, None)


def test_siret_la_poste_special_checksum():
    # La Poste's establishments share one SIREN and follow their own rule, which stdnum knows.
    assert check_siret("35600000049837").ok


def test_siret_wrong_length_message():
    result = check_siret("7328293200007")
    assert result.value is None
    assert result.error == "Numéro SIRET invalide : 14 chiffres attendus (13 saisis)."


def test_siret_given_a_siren_says_so():
    result = check_siret("732 829 320")
    assert "9 saisis" in result.error and "SIREN" in result.error.split(".", 1)[1]


def test_siret_wrong_checksum_message():
    result = check_siret("73282932000075")
    assert not result.ok
    assert "clé de contrôle" in result.error
    assert "chiffres attendus" not in result.error


@pytest.mark.parametrize("text", ["7,32829E+13", "7.32829E+13", "7,32829E13", "7.3282932e+13"])
def test_siret_spreadsheet_scientific_notation_is_flagged(text):
    result = check_siret(text)
    assert not result.ok
    assert "tableur" in result.error and "ne peuvent pas être retrouvés" in result.error
    assert result.suggestion is None


def test_siret_letters_are_refused():
    result = check_siret("7328293200007A")
    assert "seuls des chiffres" in result.error and "« A »" in result.error


def test_siret_non_ascii_digits_are_refused():
    assert not check_siret("٧٣٢٨٢٩٣٢٠٠٠٠٧٤").ok


def test_siren_valid_and_normalised():
    assert check_siren("732 829 320") == Checked("732829320", None)
    assert check_siren("732\u202f829\u202f320").value == "732829320"


def test_siren_wrong_checksum_and_length():
    assert "clé de contrôle" in check_siren("732829321").error
    assert check_siren("73282932").error == (
        "Numéro SIREN invalide : 9 chiffres attendus (8 saisis)."
    )
    assert "(1 saisi)" in check_siren("7").error


def test_siren_given_a_siret_suggests_its_first_nine_digits():
    result = check_siren(SIRET)
    assert not result.ok and result.suggestion == "732829320"


def test_siren_scientific_notation():
    assert "tableur" in check_siren("7,32829E+08").error


# --- RNA ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["W751234567", "w751234567", " W 751 234 567 ", "W751-234-567"])
def test_rna_valid(text):
    assert check_rna(text) == Checked("W751234567", None)


@pytest.mark.parametrize(
    "text", ["W75123456", "W7512345678", "X751234567", "751234567", "WW51234567"]
)
def test_rna_invalid(text):
    result = check_rna(text)
    assert result.value is None
    assert "W suivie de 9 chiffres" in result.error


# --- Postcode -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("69001", "69001"), ("01000", "01000"), (" 75 001 ", "75001"), ("97400", "97400")],
)
def test_postcode_valid(text, expected):
    assert check_postcode(text) == Checked(expected, None)


def test_postcode_four_digits_suggests_leading_zero_without_fixing():
    result = check_postcode("1000")
    assert result.value is None
    assert result.suggestion == "01000"
    assert "zéro" in result.error and "« 01000 »" in result.error


@pytest.mark.parametrize("text", ["690", "690011", "6900A", "00123", "0100"])
def test_postcode_invalid(text):
    result = check_postcode(text)
    assert not result.ok and result.suggestion is None


def test_postcode_length_message():
    assert check_postcode("690").error == "Code postal invalide : 5 chiffres attendus (3 saisis)."


# --- Phone --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01 23 45 67 89", "+33123456789"),
        ("0123456789", "+33123456789"),
        ("01.23.45.67.89", "+33123456789"),
        ("01-23-45-67-89", "+33123456789"),
        ("+33 1 23 45 67 89", "+33123456789"),
        ("+33 (0)1 23 45 67 89", "+33123456789"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("06\u00a012\u00a034\u00a056\u00a078", "+33612345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+1 650 253 0000", "+16502530000"),
        # overseas départements dialled the national way
        ("0262 12 34 56", "+262262123456"),
        ("0590 12 34 56", "+590590123456"),
        ("0696 12 34 56", "+596696123456"),
    ],
)
def test_phone_valid_stored_as_e164(text, expected):
    assert check_phone(text) == Checked(expected, None)


def test_phone_too_short_french():
    result = check_phone("06 12 34 56 7")
    assert result.error == "Numéro de téléphone invalide : 10 chiffres attendus (9 saisis)."


def test_phone_too_long():
    assert "(14 saisis)" in check_phone("06 12 34 56 78 90 12").error
    assert "trop long" in check_phone("+33 6 12 34 56 78 90 12").error
    assert "trop court" in check_phone("+33 6 12").error


@pytest.mark.parametrize("text", ["abc", "01 23 45 67 89 poste 12", "06 12 34 AB 78"])
def test_phone_with_letters_is_refused(text):
    result = check_phone(text)
    assert not result.ok and result.error.startswith("Numéro de téléphone")


def test_phone_foreign_too_short():
    assert "trop court" in check_phone("+44 20 79").error


def test_phone_extension_is_refused_not_dropped():
    assert "poste" in check_phone("06 12 34 56 78 #12").error


def test_phone_unassigned_range():
    assert "plan de numérotation français" in check_phone("00 00 00 00 00").error


def test_phone_unreadable():
    assert "illisible" in check_phone("+").error


def test_phone_other_region_default():
    assert check_phone("020 7946 0958", region="GB").value == "+442079460958"


# --- E-mail -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("marie.dupont@mairie-exemple.fr", "marie.dupont@mairie-exemple.fr"),
        ("Marie.Dupont@Mairie-Exemple.FR", "Marie.Dupont@mairie-exemple.fr"),
        ("  contact@ess.org ", "contact@ess.org"),
        ("mailto:contact@ess.org", "contact@ess.org"),
        ("<contact@ess.org>", "contact@ess.org"),
        ("jean+ess@exemple.co.uk", "jean+ess@exemple.co.uk"),
        ("o'brien@exemple.ie", "o'brien@exemple.ie"),
        ("élodie@mairie-évry.fr", "élodie@mairie-évry.fr"),
        ("contact@xn--mairie-vry-e7a.fr", "contact@xn--mairie-vry-e7a.fr"),
    ],
)
def test_email_valid(text, expected):
    assert check_email(text) == Checked(expected, None)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("marie.dupont.mairie.fr", "il manque « @ »"),
        ("marie@@mairie.fr", "plusieurs « @ »"),
        ("marie dupont@mairie.fr", "espace"),
        ("@mairie.fr", "avant « @ »"),
        ("marie@mairie", "domaine"),
        ("marie@mairie,fr", "domaine"),
        ("marie@.mairie.fr", "domaine"),
        ("marie@mairie..fr", "domaine"),
        ("marie@-mairie.fr", "domaine"),
        ("marie@mairie.f", "domaine"),
        ("marie@192.168.0.1", "domaine"),
        ("marie@mai_rie.fr", "domaine"),
        (".marie@mairie.fr", "caractère interdit"),
        ("marie.@mairie.fr", "caractère interdit"),
        ("ma..rie@mairie.fr", "caractère interdit"),
        ("ma(rie)@mairie.fr", "caractère interdit"),
        ("m" * 65 + "@mairie.fr", "trop longue"),
    ],
)
def test_email_invalid(text, fragment):
    result = check_email(text)
    assert result.value is None
    assert result.error.startswith("Adresse e-mail invalide")
    assert fragment in result.error


# --- Dates and money through the same shape -----------------------------------------------------


def test_check_date():
    assert check_date("26/11/2026") == Checked("2026-11-26", None)
    assert "jj/mm/aaaa" in check_date("31/02/2026").error


def test_check_money():
    assert check_money("12 500,50 €") == Checked(1_250_050, None)
    assert "Montant invalide" in check_money("douze").error


@pytest.mark.parametrize("check", ALL_CHECKS)
def test_every_error_is_a_french_sentence(check):
    result = check("x@y#1,2E+3")
    if not result.ok:
        assert result.error[0].isupper() and result.error.rstrip().endswith((".", "?"))


def test_a_siret_rounded_to_a_float_is_refused_even_when_its_key_passes():
    assert "abîmé par un tableur" in check_siret("41237900000000").error
    assert "abîmé par un tableur" in check_siret("41237900000000.0").error
    assert check_siret("73282932000074.0").value == "73282932000074"


@pytest.mark.parametrize("text", ["234567", "123456789"])
def test_a_phone_implausible_in_france_is_never_moved_to_another_country(text):
    assert check_phone(text).error  # was +508 234567 (Saint-Pierre) and +33 1 23 45 67 89


def test_a_national_number_must_belong_to_the_addresses_country():
    assert check_phone("(212) 555-0123", "US").value == "+12125550123"
    assert check_phone("06 12 34 56 78", "BE").error  # a French mobile is no Belgian number
    assert check_phone("0475 12 34 56", "BE").value == "+32475123456"
    assert check_phone("+33 6 12 34 56 78", "US").value == "+33612345678"
