"""Leading zeros lost by a spreadsheet, restored only when the official list confirms them."""

from municipaless.imports.zeros import restore_zero

POSTCODES = {"01000", "07000", "69001", "26000"}


def test_four_digits_get_their_zero_back_when_the_code_exists():
    assert restore_zero("1000", POSTCODES) == ("01000", True)
    assert restore_zero(" 7000 ", POSTCODES) == ("07000", True)
    assert restore_zero("1000.0", POSTCODES) == ("01000", True)
    assert restore_zero("1000,0", POSTCODES) == ("01000", True)


def test_nothing_is_invented():
    assert restore_zero("9999", POSTCODES) == ("9999", False)  # "09999" does not exist
    assert restore_zero("69001", POSTCODES) == ("69001", False)
    assert restore_zero("26000.0", POSTCODES) == ("26000", False)
    assert restore_zero("123", POSTCODES) == ("123", False)
    assert restore_zero("2A004", {"02A004"}) == ("2A004", False)  # Corsica: letters, untouched
    assert restore_zero("", POSTCODES) == ("", False)
    assert restore_zero(None, POSTCODES) == ("", False)


def test_insee_codes_with_the_real_list():
    from municipaless.services.geography.addresses import geo

    data = geo()
    assert restore_zero("1053", data.insee_codes) == ("01053", True)  # Bourg-en-Bresse
    assert restore_zero("7186", data.insee_codes) == ("07186", True)  # Privas
    assert restore_zero("1000", data.postcodes) == ("01000", True)
    assert restore_zero("9800", data.postcodes) == ("09800", True)  # Ariège
    assert restore_zero("9999", data.postcodes) == ("9999", False)
