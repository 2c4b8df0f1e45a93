"""The fiche de liaison carries the porteur's identity only with their consent (DOCX read back)."""

import pytest
from pypdf import PdfReader

from municipaless.services.casework import funding, liaison_sheet, referrals
from tests.documents.typography_sample import plain
from tests.services.casework_sample import SECRETS, docx_text, make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    funding.add_request(
        sample.t,
        sample.project.id,
        {"funder_id": sample.orgs["Région"].id, "asked_cents": 500_000, "scheme": "Pack ESS"},
    )
    yield sample
    sample.t.close()


def _referral(s, consent: bool):
    t = s.t
    r = referrals.refer(t, s.project.id, s.orgs["BGE"].id, "creation")
    if consent:
        r = referrals.record_consent(t, r.id, r.rev, "2026-04-02", "formulaire signé")
    return referrals.mark_sent(t, r.id, r.rev, "2026-04-03")


def test_without_consent_no_name_no_contact_detail(s, tmp_path):
    r = _referral(s, consent=False)
    path = tmp_path / "liaison.docx"
    liaison_sheet.write(s.t, r.id, path)
    text = docx_text(path)
    for secret in SECRETS:
        assert secret not in text, secret
    assert s.project.reference in text
    assert "BGE Drôme-Ardèche" in text and "Alimentation durable" in text
    assert "Sans accord du porteur" in text
    assert "Pack ESS" not in text  # the funding plan goes only with consent


def test_with_consent_the_consented_fields_are_there(s, tmp_path):
    r = _referral(s, consent=True)
    path = tmp_path / "liaison.docx"
    liaison_sheet.write(s.t, r.id, path)
    text = docx_text(path)
    for present in ("Léa Martin", "lea.martin@exemple.fr", "06 12 34 56 78", "Épicerie solidaire"):
        assert present in text, present
    assert "2 avril 2026" in text and "formulaire signé" in text  # in a sentence: long
    assert "Pack ESS" in text and "Porteuse" in text


def test_consent_is_per_orientation_and_can_be_withdrawn(s, tmp_path):
    t = s.t
    given = _referral(s, consent=True)
    other = referrals.refer(t, s.project.id, s.orgs["France"].id, "financement")
    path = tmp_path / "autre.docx"
    liaison_sheet.write(t, other.id, path)
    assert "Martin" not in docx_text(path)
    withdrawn = referrals.withdraw_consent(t, given.id, given.rev)
    liaison_sheet.write(t, withdrawn.id, path)
    assert "Martin" not in docx_text(path)


def test_pdf_without_consent_has_no_name_either(s, tmp_path):
    r = _referral(s, consent=False)
    path = tmp_path / "liaison.pdf"
    liaison_sheet.write(s.t, r.id, path)
    reader = PdfReader(str(path))
    text = plain("\n".join(page.extract_text() for page in reader.pages))
    text += plain(str(reader.metadata or ""))
    assert s.project.reference in text
    for secret in SECRETS:
        assert secret not in text, secret


def test_erased_porteur_never_appears(s, tmp_path):
    t = s.t
    r = _referral(s, consent=True)
    lea = t.records["person"].get(s.lea.id)
    t.save(
        "person",
        {
            "first_name": "",
            "last_name": "",
            "email": None,
            "mobile": None,
            "erased_at": "2026-05-01",
        },
        row_id=lea.id,
        rev=lea.rev,
    )
    path = tmp_path / "liaison.docx"
    liaison_sheet.write(t, r.id, path)
    assert "lea.martin" not in docx_text(path)
