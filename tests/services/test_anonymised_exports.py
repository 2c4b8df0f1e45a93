"""The anonymised fiche projet in every format, read back whole: body, headers and footers,
document properties, sheet and file names. A description that names the porteurs in several
spellings, with their phones, e-mails, site and street, must come out with none of them —
compared folded, and phones by their digits too.

The same reading of the nominative fiche finds every secret: the check is able to fail.
"""

import html
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from municipaless import documents
from municipaless.core.text import fold
from municipaless.services import casework
from municipaless.services.casework import case_events, liaison_sheet, project_sheet, referrals
from tests.services.casework_sample import make_sample

DESCRIPTION = (
    "Lea MARTIN (Léa pour les intimes) et son associé J.-P. Rochas reprennent l'épicerie. "
    "Joignable au 06.12.34.56.78, au +33 6 12 34 56 78 ou par lea.martin@exemple.fr ; "
    "Jean Pierre : jp.rochas@free.fr, 04 75 64 12 34. Site www.epicerie-lea-martin.fr. "
    "Local au 7 rue des Écoles à Privas, loyer 450 € ; accompagnée par Yves Morel (BGE) "
    "et suivie par Claire Bonnet. Mme Martin apporte 8 000 €."
)
SECRETS = (
    "Léa",
    "Lea",
    "Martin",
    "lea.martin@exemple.fr",
    "06.12.34.56.78",
    "+33 6 12 34 56 78",
    "Jean-Pierre",
    "Jean Pierre",
    "Rochas",
    "J.-P.",
    "jp.rochas@free.fr",
    "04 75 64 12 34",
    "epicerie-lea-martin",
    "rue des Écoles",
    "Yves",
    "Morel",
    "Claire Bonnet",
    "Épicerie solidaire Martin",
)
# The spreadsheets and CSV carry the tables only, not the description's paragraph.
PARAGRAPHS = ("docx", "pdf", "odt")
IN_TABLES = ("Léa", "Lea", "Martin", "lea.martin@exemple.fr", "06.12.34.56.78", "Jean-Pierre")
IN_TABLES += ("Rochas", "Claire Bonnet", "Épicerie solidaire Martin")
KEPT = ("Privas", "BGE Drôme-Ardèche", "Alimentation durable")
KEPT_IN_TEXT = ("450 €", "8 000 €", "[nom]", "[téléphone]", "[e-mail]", "[adresse]", "[lien]")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    s = make_sample(tmp_path_factory.mktemp("anon") / "t.municipaless")
    t, p = s.t, s.project
    with t.transaction():
        rochas = t.save("person", {"first_name": "Jean-Pierre", "last_name": "Rochas"})
        t.save("project_holder", {"project_id": p.id, "person_id": rochas.id, "role": "associé"})
        morel = t.save("person", {"first_name": "Yves", "last_name": "Morel"})
    p = t.records["project"].get(p.id)
    changes = {"description": DESCRIPTION, "referent": "Claire Bonnet"}
    t.save("project", changes, row_id=p.id, rev=p.rev)
    case_events.add_event(
        t,
        p.id,
        case_events.EventInput("entretien", "2026-04-01", 60, "Entretien", "", (morel.id,)),
    )
    referrals.refer(t, p.id, s.orgs["BGE"].id, "creation")
    yield s
    t.close()


def _strip(xml: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", xml))  # « &#233; » is « é »


def everything(paths: list[Path]) -> str:
    """All a reader can see in the written files, properties and part names included."""
    parts: list[str] = []
    for path in paths:
        parts.append(path.name)
        if path.suffix == ".pdf":
            reader = PdfReader(str(path))
            parts += [page.extract_text() for page in reader.pages]
            parts += [str(v) for v in (reader.metadata or {}).values()]
        elif path.suffix == ".csv":
            parts.append(path.read_text(encoding="utf-8-sig"))
        else:
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    parts.append(name)
                    if name.endswith((".xml", ".rels")):
                        parts.append(_strip(z.read(name).decode("utf-8")))
    return "\n".join(parts)


def found(secrets, text: str) -> list[str]:
    """The secrets readable in ``text``: as folded words, or a phone's last nine digits in
    the digits of one line."""
    words = f" {fold(text)} "
    line_digits = [re.sub(r"\D", "", line) for line in text.splitlines()]

    def seen(s: str) -> bool:
        digits = re.sub(r"\D", "", s)[-9:]
        by_digits = len(digits) == 9 and any(digits in d for d in line_digits)
        return f" {fold(s)} " in words or by_digits

    return [s for s in secrets if seen(s)]


@pytest.mark.parametrize("fmt", documents.FORMATS)
def test_anonymised_fiche_leaks_nothing_in_any_format(sample, tmp_path, fmt):
    written = project_sheet.write(
        sample.t, sample.project.id, tmp_path / f"fiche.{fmt}", fmt, nominative=False
    )
    text = everything(written)
    assert found(SECRETS, text) == []
    assert sample.project.reference in text
    words = f" {fold(text)} "
    kept = KEPT + (KEPT_IN_TEXT if fmt in PARAGRAPHS else ())
    assert [k for k in kept if f" {fold(k)} " not in words] == []


@pytest.mark.parametrize("fmt", documents.FORMATS)
def test_the_same_reading_finds_the_secrets_in_the_nominative_fiche(sample, tmp_path, fmt):
    written = project_sheet.write(
        sample.t, sample.project.id, tmp_path / f"fiche.{fmt}", fmt, nominative=True
    )
    expected = SECRETS if fmt in PARAGRAPHS else IN_TABLES
    assert found(expected, everything(written)) == list(expected)


def test_preview_lists_what_the_document_replaces(sample):
    replaced = project_sheet.preview_redactions(sample.t, sample.project.id)
    originals = {(r.kind, r.original) for r in replaced}
    assert ("phone", "06.12.34.56.78") in originals
    assert ("email", "jp.rochas@free.fr") in originals
    assert ("name", "Lea MARTIN") in originals and ("name", "J.-P. Rochas") in originals
    assert ("name", "Yves Morel") in originals and ("name", "Claire Bonnet") in originals
    assert ("url", "www.epicerie-lea-martin.fr") in originals
    assert ("address", "7 rue des Écoles") in originals
    assert all(r.token for r in replaced)


def test_the_title_subtitle_and_properties_name_nobody(sample):
    doc = project_sheet.build(sample.t, sample.project.id, nominative=False)
    shown = [doc.title, doc.subtitle, doc.meta.commune, doc.meta.period, doc.meta.filters]
    assert found(SECRETS, "\n".join(shown)) == []
    assert doc.subtitle == sample.project.reference


def test_liaison_sheet_without_consent_is_redacted_too(sample, tmp_path):
    """A structure named after the porteur (her own EI) is redacted on a sheet sent without
    consent; with consent the sheet is the porteur's choice and keeps the names."""
    t, p = sample.t, sample.project
    own = t.save("organisation", {"name": "EI Léa Martin", "kind": "entreprise"})
    r = referrals.refer(t, p.id, own.id, "creation")
    doc = liaison_sheet.build(t, r.id)
    assert found(SECRETS, "\n".join([doc.title, doc.subtitle])) == []
    text = everything(liaison_sheet.write(t, r.id, tmp_path / "liaison.docx"))
    assert found([s for s in SECRETS if s != "Claire Bonnet"], text) == []
    assert "EI [nom]" in text
    assert p.reference in text and "Claire Bonnet" in text  # the commune's contact, kept
    holders = casework.holders(t, p.id)
    assert len(holders) == 2
