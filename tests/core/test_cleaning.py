"""core.cleaning: what a text field may hold once it is in the file."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from municipaless.core.cleaning import (
    NAME_LIMIT,
    TEXT_LIMIT,
    TextTooLong,
    clean_field,
    clean_text,
    limit_for,
)


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("a\x00b", "ab"),
        ("Ligne\x0bsuivante", "Ligne\nsuivante"),  # Word's Shift+Enter
        ("page\x0cnext", "page\nnext"),
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("tab\tkept", "tab\tkept"),
        ("\x1b[1mgras", "[1mgras"),
        ("c1\x85\x9f.", "c1."),
        ("lone \ud800 high", "lone \ufffd high"),
        ("lone \udc00 low", "lone \ufffd low"),
        ("pair \ud83d\ude00", "pair 😀"),
        ("xml\ufffe\uffff", "xml"),
        ("para\u2029graphe", "para\ngraphe"),
        ("Œuvre « café » — ok", "Œuvre « café » — ok"),
    ],
)
def test_clean_text(dirty, clean):
    assert clean_text(dirty) == clean


def test_clean_text_returns_the_same_object_when_nothing_to_do():
    text = "Rien à nettoyer\nici"
    assert clean_text(text) is text


def _xml_safe(ch: str) -> bool:
    o = ord(ch)
    return (
        ch in "\t\n"
        or (0x20 <= o < 0x7F)
        or (0xA0 <= o <= 0xD7FF)
        or (0xE000 <= o <= 0xFFFD)
        or o > 0xFFFF
    )


@settings(max_examples=200)
@given(st.text(st.characters(codec=None, categories=None)))
def test_cleaned_text_is_xml_safe_encodable_and_stable(text):
    out = clean_text(text)
    assert all(_xml_safe(ch) for ch in out)
    out.encode("utf-8")  # no surrogate left
    assert clean_text(out) == out


def test_limits_by_field_in_french():
    assert limit_for("name") == NAME_LIMIT
    assert limit_for("notes") == TEXT_LIMIT
    assert clean_field("name", "x" * NAME_LIMIT) == "x" * NAME_LIMIT
    with pytest.raises(TextTooLong) as caught:
        clean_field("name", "x" * (NAME_LIMIT + 1))
    assert caught.value.field == "name"
    assert "trop long" in caught.value.message and "301" in caught.value.message
    # a stored value is compared, not refused
    assert len(clean_field("name", "y" * 400, check_length=False)) == 400


def test_lists_and_dicts_are_cleaned_inside():
    assert clean_field("sectors", ("a\x00", "b")) == ("a", "b")
    assert clean_field("content", {"notes": "x\x0by", "n": 3, "items": ["\x00z"]}) == {
        "notes": "x\ny",
        "n": 3,
        "items": ["z"],
    }
    assert clean_field("rev", 3) == 3 and clean_field("x", None) is None
