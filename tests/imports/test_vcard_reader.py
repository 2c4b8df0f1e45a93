"""The real vCard exports of Outlook, Gmail, iPhone and Thunderbird, and broken cards."""

from pathlib import Path

import pytest

from municipaless.imports.errors import ImportFileError
from municipaless.imports.vcard import Address, Contact, Phone, parse_vcards, read_vcards
from municipaless.imports.vcard_writer import to_vcard

VCARDS = Path(__file__).parents[1] / "data" / "vcard"
IMPORT = Path(__file__).parents[1] / "data" / "import"
SIZES = {
    "John_Doe_MS_OUTLOOK.vcf": 4129,
    "outlook-2003.vcf": 1962,
    "outlook-2007.vcf": 6503,
    "John_Doe_GMAIL.vcf": 1425,
    "gmail-single.vcf": 846,
    "gmail-single2.vcf": 2744,
    "gmail-list.vcf": 331,
    "John_Doe_IPHONE.vcf": 46688,
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": 13414,
    "rfc2426-example.vcf": 636,
    "rfc6350-example.vcf": 595,
}


def one(name: str) -> Contact:
    result = read_vcards(VCARDS / name)
    assert result.problems == []
    assert len(result.contacts) == 1
    return result.contacts[0]


def numbers(contact: Contact) -> dict[str, set[str]]:
    return {p.number: set(p.kinds) for p in contact.phones}


def test_the_fixtures_are_the_exact_files():
    """Line endings are part of what is tested: a rewrite by git or an editor shows here."""
    assert {p.name: p.stat().st_size for p in VCARDS.glob("*.vcf")} == SIZES


def test_outlook_2_1_quoted_printable_and_photo():
    c = one("John_Doe_MS_OUTLOOK.vcf")
    assert (c.version, c.civility, c.first_name, c.last_name) == ("2.1", "M.", "John", "Doe")
    assert (c.organisation, c.department) == ("IBM", "Accounting")
    assert (c.title, c.role) == ("Money Counter", "Counting Money")
    assert c.emails == [("john.doe@ibm.cm", frozenset({"pref", "internet"}))]
    assert numbers(c) == {"(905) 555-1234": {"work", "voice"}, "(905) 666-1234": {"home", "voice"}}
    assert c.addresses[0] == Address(
        "Cresent moon drive", "Albaney", "New York", "12345", "United States of America",
        frozenset({"work", "pref"}),
    )  # fmt: skip
    assert c.note.startswith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS''")
    assert c.note.endswith("SUCH DAMAGE.")  # the whole quoted-printable NOTE, soft breaks joined


def test_outlook_2003_and_2007():
    c = one("outlook-2003.vcf")
    assert (c.first_name, c.last_name, c.civility) == ("John", "Doe", "M.")
    assert c.organisation == "Company, The"  # 2.1 has no comma escaping: one name
    assert (c.title, c.role, c.department) == ("The Job Title", "TheProfession", "TheDepartment")
    assert c.note == "This is the note field!!\nSecond line\n\nThird line is empty"
    assert c.addresses[0].street == "TheOffice\n123 Main St"
    assert c.emails[0][0] == "jdoe@hotmail.com"
    c = one("outlook-2007.vcf")
    assert (c.first_name, c.last_name, c.organisation) == ("Michael", "Angstadt", "TheCompany")
    assert numbers(c)["(111) 555-4444"] == {"cell", "voice"}
    assert numbers(c)["(111) 555-3333"] == {"work", "fax"}
    assert c.note.startswith("This is the NOTE field\t\nI assume it encodes")


def test_gmail_escaped_commas_groups_and_folding():
    c = one("John_Doe_GMAIL.vcf")
    assert c.formatted_name == "Mr. John Richter, James Doe Sr."  # vobject alone cuts it
    assert (c.first_name, c.last_name, c.civility) == ("John", "Doe", "M.")
    assert (c.organisation, c.title) == ("IBM", "Money Counter")
    assert numbers(c) == {"905-555-1234": {"cell"}, "905-666-1234": {"home"}}
    assert c.addresses[0].street.startswith("Crescent moon drive\n555-asd\nNice Area, Albaney")
    assert c.urls == [("http://www.ibm.com", frozenset({"work"}))]
    assert 'CONTRIBUTORS "AS IS" AND' in c.note
    assert c.note.endswith("Favotire Color: Blue")
    c = one("gmail-single2.vcf")
    assert len(c.phones) == 11 and len(c.emails) == 5 and len(c.addresses) == 5
    assert ("workemail@example.com", frozenset({"work", "internet"})) in c.emails


def test_gmail_list_reads_three_cards():
    result = read_vcards(VCARDS / "gmail-list.vcf")
    assert [(c.index, c.label, c.emails[0][0]) for c in result.contacts] == [
        (1, "Arnold Smith", "asmithk@gmail.com"),
        (2, "Chris Beatle", "chrisy55d@yahoo.com"),
        (3, "Doug White", "dwhite@gmail.com"),
    ]


def test_iphone_big_photo_is_skipped_and_grouped_properties_read():
    c = one("John_Doe_IPHONE.vcf")
    assert (c.first_name, c.last_name, c.organisation, c.department) == (
        "John", "Doe", "IBM", "Accounting",
    )  # fmt: skip
    assert c.emails == [("john.doe@ibm.com", frozenset({"internet", "pref"}))]
    assert len(c.phones) == 7
    assert c.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert c.addresses[1].country == "USA"


def test_thunderbird_charset_params_and_mixed_line_ends():
    c = one("thunderbird-MoreFunctionsForAddressBook-extension.vcf")
    assert (c.first_name, c.last_name, c.organisation, c.title) == (
        "John", "Doe", "TheOrganization", "TheTitle",
    )  # fmt: skip
    assert [e for e, _ in c.emails][:2] == ["doe.john@hotmail.com", "additional-email@company.com"]
    assert c.addresses[0].street == "222 Broadway\nSuite 100"
    assert 'the "note" field; even curse words.' in c.note


def test_rfc_examples_3_0_without_n_and_4_0_uris():
    result = read_vcards(VCARDS / "rfc2426-example.vcf")
    frank, tim = result.contacts
    assert (frank.first_name, frank.last_name) == ("Frank", "Dawson")  # from FN: no N given
    assert frank.organisation == "Lotus Development Corporation"
    assert frank.addresses[0].postcode == "27613-3502"  # a folded ADR joined
    assert tim.addresses[0].region == "CA" and tim.addresses[0].postcode == "94043"
    c = one("rfc6350-example.vcf")
    assert (c.version, c.first_name, c.last_name, c.organisation) == (
        "4.0", "Simon", "Perreault", "Viagenie",
    )  # fmt: skip
    assert c.phones[0] == Phone("+1-418-656-9254", frozenset({"work", "voice", "pref"}), "102")
    assert c.phones[1].number == "+1-418-262-6501"
    assert c.addresses[0].street == "Suite D2-630\n2875 Laurier"


@pytest.mark.parametrize("name", sorted(SIZES))
def test_every_real_file_reads_without_problem(name):
    result = read_vcards(VCARDS / name)
    assert result.problems == []
    assert result.contacts and all(c.first_name and c.last_name for c in result.contacts)


def test_a_malformed_card_is_reported_and_skipped_never_the_others():
    result = read_vcards(IMPORT / "cartes-abimees.vcf")
    assert [c.label for c in result.contacts] == ["Marie Dupont", "Jérôme Lévy"]
    assert [(p.index, p.line) for p in result.problems] == [(2, 10), (3, 15), (5, 25)]
    texts = [p.text for p in result.problems]
    assert "n'est pas une propriété vCard" in texts[0] and "Carte n° 2" in texts[0]
    assert "sans nom" in texts[1]
    assert "END:VCARD manque" in texts[2]
    marie = result.contacts[0]
    assert (marie.organisation, marie.title) == ("France Active Ardèche", "Chargée de mission")
    jerome = result.contacts[1]  # 2.1 quoted-printable in Windows-1252
    assert (jerome.first_name, jerome.last_name) == ("Jérôme", "Lévy")


def test_missing_end_before_the_next_card():
    text = "BEGIN:VCARD\nVERSION:2.1\nN:Bérard;Cécile\nBEGIN:VCARD\nN:Roche;Léa\nEND:VCARD\n"
    result = parse_vcards(text)
    assert [c.label for c in result.contacts] == ["Léa Roche"]
    assert "END:VCARD manque avant la carte suivante" in result.problems[0].text


def test_files_that_are_not_vcards(tmp_path):
    (tmp_path / "vide.vcf").write_bytes(b"")
    (tmp_path / "texte.vcf").write_text("Nom;Prénom\nDupont;Marie\n", encoding="utf-8")
    (tmp_path / "photo.vcf").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    for name, words in (("vide.vcf", "vide"), ("texte.vcf", "aucune carte"),
                        ("photo.vcf", "binaires")):  # fmt: skip
        with pytest.raises(ImportFileError, match=words):
            read_vcards(tmp_path / name)


def test_cp1252_encoded_file_reads_accents(tmp_path):
    path = tmp_path / "outlook-fr.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lefèvre;Hélène\r\nORG:Épicerie\r\n"
                     "END:VCARD\r\n".encode("cp1252"))  # fmt: skip
    result = read_vcards(path)
    assert result.encoding == "cp1252"
    assert result.contacts[0].label == "Hélène Lefèvre"


def test_written_vcards_read_back_the_same_with_us_and_vobject():
    import vobject

    contact = Contact(
        0, 0, civility="Mme", first_name="Hélène", last_name="Lefèvre-Dupont",
        formatted_name="Hélène Lefèvre-Dupont", organisation="ARDEAR; Rhône, Ain",
        title="Chargée de mission", emails=[("h.lefevre@ardear.fr", frozenset({"work"}))],
        phones=[Phone("+33474000000", frozenset({"work", "voice"}))],
        addresses=[Address("12 rue de l'Église\nBât. B", "Bourg-en-Bresse", "", "01000",
                           "France", frozenset({"work"}))],
        note="a; b, c\nd " + "é" * 80, uid="urn:uuid:1",
    )  # fmt: skip
    text = to_vcard([contact, Contact(0, 0, organisation="France Active", is_organisation=True)])
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    back = parse_vcards(text)
    assert back.problems == []
    again = back.contacts[0]
    for name in ("civility", "first_name", "last_name", "organisation", "title", "note", "uid"):
        assert getattr(again, name) == getattr(contact, name), name
    assert again.phones == contact.phones and again.addresses == contact.addresses
    assert again.emails[0][0] == "h.lefevre@ardear.fr"
    assert back.contacts[1].is_organisation and back.contacts[1].organisation == "France Active"
    cards = list(vobject.readComponents(text))
    assert cards[0].n.value.family == "Lefèvre-Dupont"
    assert cards[0].org.value == ["ARDEAR; Rhône, Ain"]
    assert cards[0].tel.value == "+33474000000"
