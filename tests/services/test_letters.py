"""Notification letters (one DOCX per decided candidature) and the council summary (XLSX and
DOCX, anonymised unless asked), each read back."""

import datetime as dt
import html
import zipfile

import docx
import pytest

from municipaless.services.cooperation import call_summary, eligibility, jury, letters, scoring
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.officer import OfficerProfile
from tests.documents.typography_sample import plain
from tests.services.cooperation_sample import make_call_sample

TODAY = dt.date(2026, 6, 25)
OFFICER = OfficerProfile(
    name="Marie Dupont",
    role="Chargée de mission ESS",
    email="m.dupont@privas.fr",
    phone="04 75 00 00 00",
)
REASON = "Le modèle économique de Paul Roux pour le Garage solidaire reste à consolider"


@pytest.fixture
def s(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    t = sample.t
    settings = territory_settings.load(t)
    settings.commune_name = "Privas"
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "MAIRIE DE PRIVAS — en-tête officiel"
    template.save(tmp_path / "modele.docx")
    settings.docx_template = territory_settings.prepare_docx_template(
        (tmp_path / "modele.docx").read_bytes()
    )
    territory_settings.save(t, settings)
    for member in sample.members:
        scoring.save_scorecard(
            t,
            sample.subs["epicerie"].id,
            member.id,
            {c.id: 4 for c in sample.criteria},
            comment=f"Avis de {member.id[:4]} : Léa Fabre connaît bien le quartier.",
        )
    jury.create_jury_meeting(t, sample.call.id)
    jury.award(t, sample.subs["epicerie"].id, 1_200_000)
    jury.refuse(t, sample.subs["garage"].id, REASON)
    yield sample
    t.close()


def _texts(path) -> str:
    document = docx.Document(path)
    body = [p.text for p in document.paragraphs]
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return plain("\n".join(body + cells))


def _every_part(path) -> str:
    """Every text part of an OOXML file (body, sheets, shared strings, properties, headers),
    character references read (the sheets write « é » as « &#233; »)."""
    with zipfile.ZipFile(path) as z:
        return plain(
            "\n".join(
                html.unescape(z.read(n).decode("utf-8", "replace"))
                for n in z.namelist()
                if n.endswith((".xml", ".rels"))
            )
        )


def test_one_letter_per_decided_candidature_with_readable_names(s, tmp_path):
    folder = tmp_path / "lettres"
    result = letters.write_letters(s.t, s.call.id, folder, today=TODAY, profile=OFFICER)
    names = sorted(p.name for p in result.written)
    assert names == [
        f"{s.projects['epicerie'].reference} Épicerie solidaire — lauréat.docx",
        f"{s.projects['garage'].reference} Garage solidaire — non retenue.docx",
    ]
    # the ineligible one has no decision yet: no letter, and the result says so
    assert result.undecided == [s.projects["ressourcerie"].reference]

    accepted = _texts(folder / names[0])
    assert "Léa Fabre" in accepted
    assert "12 000 €" in accepted
    assert "JURY-2026-01" in accepted
    assert "Conditions :" in accepted and "m.dupont@privas.fr" in accepted
    assert "Marie Dupont" in accepted and "Chargée de mission ESS" in accepted
    assert "À Privas, le 25 juin 2026" in accepted
    header = docx.Document(folder / names[0]).sections[0].header.paragraphs[0].text
    assert header == "MAIRIE DE PRIVAS — en-tête officiel"  # the commune's Word template

    refused = _texts(folder / names[1])
    assert "Paul Roux" in refused
    assert f"Motif : {REASON}." in refused
    assert "12 000 €" not in refused


def test_letters_never_overwrite_silently(s, tmp_path):
    folder = tmp_path / "lettres"
    first = letters.write_letters(s.t, s.call.id, folder, today=TODAY, profile=OFFICER)
    marker = first.written[0].read_bytes()
    again = letters.write_letters(s.t, s.call.id, folder, today=TODAY, profile=OFFICER)
    assert first.written[0].read_bytes() == marker  # the first one kept
    assert [p.name.endswith(" (2).docx") for p in again.written] == [True, True]
    assert again.renamed == again.written
    assert letters.planned(s.t, s.call.id, folder) == first.written
    replaced = letters.write_letters(
        s.t, s.call.id, folder, replace=True, today=TODAY, profile=OFFICER
    )
    assert replaced.written == first.written and replaced.renamed == []


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_the_council_summary_is_anonymised_by_default(s, tmp_path, fmt):
    path = tmp_path / f"synthese.{fmt}"
    call_summary.write(s.t, s.call.id, path, today=TODAY)
    every = _every_part(path)
    for name in ("Fabre", "Roux", "Benali", "Blanc", "Épicerie solidaire", "Garage solidaire"):
        assert name not in every, name
    assert "connaît bien le quartier" not in every  # no jury comment
    assert "Claire Martin" not in every
    for key in ("epicerie", "garage", "ressourcerie"):
        assert s.projects[key].reference in every
    # the reason printed, the porteur's and the project's names replaced
    assert "Le modèle économique de [nom] pour le [nom du projet] reste à consolider" in every
    if fmt == "docx":
        text = _texts(path)
        assert "Document anonymisé" in text
        assert "12 000 €" in text and "30 000 €" in text  # awarded, envelope
        assert "JURY-2026-01" in text and "JURY-2026-02" in text
        assert "Non éligible" in text


def test_the_council_summary_is_nominative_on_request(s, tmp_path):
    path = tmp_path / "synthese.docx"
    call_summary.write(s.t, s.call.id, path, nominative=True, today=TODAY)
    text = _texts(path)
    assert "Léa Fabre" in text and "Épicerie solidaire" in text
    assert REASON in text
    assert "connaît bien le quartier" in text
    assert "Claire Martin" in text  # the jury
    document = docx.Document(path)
    ranking = next(t for t in document.tables if t.rows[0].cells[0].text == "Rang")
    first = [plain(c.text) for c in ranking.rows[1].cells]
    assert first[:3] == ["1", s.projects["epicerie"].reference, "Épicerie solidaire"]
    assert "80,0" in first  # 4/5 everywhere: 80 out of 100
    xlsx = tmp_path / "synthese.xlsx"
    call_summary.write(s.t, s.call.id, xlsx, nominative=True, today=TODAY)
    assert "Léa Fabre" in _every_part(xlsx)


def test_an_intercommunalites_letter_is_dated_signed_and_paid_in_its_name(s, tmp_path):
    settings = territory_settings.load(s.t)
    settings.commune_name = "Communauté d'agglomération Privas Centre Ardèche"
    territory_settings.save(s.t, settings)
    folder = tmp_path / "lettres"
    result = letters.write_letters(s.t, s.call.id, folder, today=TODAY, profile=OFFICER)
    accepted = _texts(result.written[0])
    assert "Le 25 juin 2026" in accepted and "À Communauté" not in accepted
    assert "Commune de Communauté" not in accepted
    assert "versée par la Communauté d'agglomération Privas Centre Ardèche." in accepted
    person = s.t.records["person"].get(s.subs["epicerie"].person_id)
    expected = {"Mme": "Madame,", "M.": "Monsieur,"}.get(person.civility, "Madame, Monsieur,")
    assert expected in accepted.splitlines()
    assert "Mme," not in accepted.splitlines()


def test_a_non_eligible_candidate_is_told_the_rules_it_does_not_meet(s, tmp_path):
    eligibility.apply_eligibility(s.t, s.call.id)
    folder = tmp_path / "lettres"
    result = letters.write_letters(s.t, s.call.id, folder, today=TODAY, profile=OFFICER)
    name = f"{s.projects['ressourcerie'].reference} Atelier vélo — non recevable.docx"
    assert folder / name in result.written and result.undecided == []
    text = _texts(folder / name)
    assert "Nadia Benali" in text and "ne remplit pas les conditions du règlement" in text
    reasons = eligibility.check(s.t, s.subs["ressourcerie"].id).reasons
    assert reasons and all(f"– {reason}" in text for reason in reasons)
