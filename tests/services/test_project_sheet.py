"""The fiche projet: nominative for the file, anonymised for a jury (DOCX and PDF read back)."""

import pytest
from pypdf import PdfReader

from municipaless.core.formats import format_money
from municipaless.services import casework
from municipaless.services.casework import (
    case_events,
    follow_ups,
    funding,
    project_sheet,
    referrals,
)
from tests.documents.typography_sample import plain
from tests.services.casework_sample import IDENTITY, docx_text, make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    t, p = sample.t, sample.project
    case_events.add_event(
        t,
        p.id,
        case_events.EventInput(
            "entretien", "2026-04-01", 60, "Entretien avec Léa", "Léa hésite", (sample.lea.id,)
        ),
    )
    r = referrals.refer(t, p.id, sample.orgs["BGE"].id, "creation")
    r = referrals.mark_sent(t, r.id, r.rev, "2026-04-03")
    referrals.mark_refused(t, r.id, r.rev, "Mme Martin ne répond plus", "2026-05-01")
    funding.add_request(
        t,
        p.id,
        {
            "funder_id": sample.orgs["Commune"].id,
            "asked_cents": 300_000,
            "granted_cents": 300_000,
            "status": "accordee",
            "decided_on": "2026-06-01",
            "is_commune": True,
        },
    )
    follow_ups.add(t, p.id, "2026-12-01", "Rappeler Léa Martin")
    p = t.records["project"].get(p.id)
    casework.mark_created(t, p.id, p.rev, "2026-06-30")
    yield sample
    sample.t.close()


def test_anonymised_sheet_has_the_reference_and_no_porteur(s, tmp_path):
    path = tmp_path / "anonyme.docx"
    project_sheet.write(s.t, s.project.id, path, nominative=False)
    text = docx_text(path)
    for secret in (*IDENTITY, "ne répond plus", "hésite", "Rappeler", "Marie Dupont"):
        assert secret not in text, secret
    assert s.project.reference in text
    assert "< 3" in text  # one porteur: a small count, masked
    assert "[nom] veut ouvrir une épicerie" in text  # description kept, names redacted
    assert "joignable au [téléphone]" in text
    assert "BGE Drôme-Ardèche" in text and plain(format_money(300_000)) in text
    assert "Suivi post-création" in text and "36 mois" in text


def test_nominative_sheet_has_everything(s, tmp_path):
    path = tmp_path / "nominatif.docx"
    project_sheet.write(s.t, s.project.id, path, nominative=True)
    text = docx_text(path)
    for present in (
        "Épicerie solidaire Martin",
        "Léa Martin",
        "lea.martin@exemple.fr",
        "06 12 34 56 78",
        "Mme Martin ne répond plus",
        "Rappeler Léa Martin",
        "Entretien avec Léa",
        "Marie Dupont",
    ):
        assert present in text, present
    assert "< 3" not in text


def test_anonymised_pdf_reads_back_without_names(s, tmp_path):
    path = tmp_path / "anonyme.pdf"
    project_sheet.write(s.t, s.project.id, path, nominative=False)
    reader = PdfReader(str(path))
    text = plain("\n".join(page.extract_text() for page in reader.pages)) + plain(
        str(reader.metadata or "")
    )
    assert s.project.reference in text
    for secret in IDENTITY:
        assert secret not in text, secret
