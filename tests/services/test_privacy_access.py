"""Right of access: every trace of Léa is found (by id and by her name, accents and case
aside), none of Paul's own data, and the document and the ZIP read back."""

import csv
import io
import json
import zipfile

import pytest
from pypdf import PdfReader

from municipaless.services.privacy import access, access_export
from municipaless.storage.access_queries import mentions, needles_for
from municipaless.storage.errors import NotFound
from tests.services.casework_sample import docx_text
from tests.services.privacy_sample import make_privacy_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    ps = make_privacy_sample(tmp_path_factory.mktemp("access") / "t.municipaless")
    yield ps
    ps.s.t.close()


@pytest.fixture(scope="module")
def report(sample):
    return access.collect(sample.s.t, sample.s.lea.id)


def _texts(report, key, column):
    return [r[column] for r in report.category(key).rows]


def test_names_match_folded_whole_words_only():
    needles = needles_for("Léa", "Martin", "lea.martin@exemple.fr")
    assert mentions("Paul connaît LEA MARTIN, voisine", needles)
    assert mentions("écrire à lea.martin@exemple.fr", needles)
    assert mentions("Martin Léa a appelé", needles)
    assert not mentions("Léane Martinez", needles)
    assert not mentions("Martin seul", needles)  # a bare surname names many people
    accented = needles_for("Lea", "Gerard", None)  # typed without accents in the fiche
    assert mentions("vu GÉRARD Léa hier", accented)
    assert mentions("Le\u0301a Ge\u0301rard", accented)  # decomposed accents
    assert mentions("Noël Cœur", needles_for("Noel", "Coeur", None))  # a ligature


def test_everything_linked_to_her_by_id(report, sample):
    person = {r["rubrique"]: r["valeur"] for r in report.category("personne").rows}
    assert person["Prénom"] == "Léa" and person["E-mail"] == "lea.martin@exemple.fr"
    assert _texts(report, "rattachements", "organisation_name") == ["Crédit Coopératif"]
    assert _texts(report, "projets", "p_reference") == [sample.s.project.reference]
    referral = report.category("orientations").rows[0]
    assert referral["consent_on"] == "2026-04-02" and referral["sent_on"] == "2026-04-03"
    assert referral["consent_how"] == "oral, en entretien"
    assert _texts(report, "financements", "asked_cents") == [500_000]
    assert _texts(report, "relances", "what") == ["Rappeler pour le local"]
    assert _texts(report, "reunions", "status") == ["Présent"]
    assert _texts(report, "actions", "what") == ["Envoyer le bail"]


def test_her_name_in_free_text_is_found_and_flagged(report):
    events = {r["subject"]: r["lien"] for r in report.category("suivi").rows}
    assert events == {"Premier entretien": "son dossier", "Appel de Paul": "nom cité"}
    assert _texts(report, "decisions", "text") == ["Soutien au projet de Léa Martin : 3 000 €"]
    assert _texts(report, "notes_reunion", "presenter") == ["Léa Martin"]
    (minutes,) = report.category("comptes_rendus").rows
    assert "Soutien au projet de Léa Martin" in minutes["passages"]
    assert "Paul" not in minutes["passages"]  # only the passages that name her
    assert report.mentions == 4


def test_retention_decisions_and_merged_duplicates_are_hers(report):
    (decision,) = report.category("conservation").rows
    assert decision["decision"] == "conserver" and decision["table_name"] == "son dossier"
    (merge,) = report.category("fusions").rows
    assert merge["kept_id"] == report.person_id and merge["fields"] == '{"address": ""}'
    history = report.category("historique").rows
    twin = [r["field"] for r in history if r["row_id"] == merge["removed_id"]]
    assert twin == ["+", "-"]  # the duplicate's own history: created, merged away
    mine = [r for r in history if r["row_id"] == report.person_id and r["field"] == "address"]
    assert mine[0]["new"] == "2 rue Haute"  # what the merge brought into her fiche


def test_the_journal_keeps_her_old_values(report):
    changes = [r for r in report.category("historique").rows if r["field"] == "phone"]
    assert changes and changes[0]["new"] == "04 75 00 00 01"
    tables = {r["table_name"] for r in report.category("historique").rows}
    assert {"person", "affiliation", "project_holder", "attendance"} <= tables


def test_nothing_of_paul_own(report, sample):
    text = report.json_text()
    for secret in ("Dettes de Paul", "Garage de Paul", "Chiffrer le garage", sample.paul_id):
        assert secret not in text, secret


def test_unknown_person_is_refused(sample):
    with pytest.raises(NotFound):
        access.collect(sample.s.t, "no-such-id")


def test_zip_reads_back_as_json_and_excel_csv(report, tmp_path):
    path = access_export.write_zip(report, tmp_path / "acces.zip")
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        data = json.loads(archive.read("donnees.json"))
        raw = archive.read("orientations.csv")
        journal = archive.read("historique.csv").decode("utf-8-sig")
    assert {"donnees.json", "LISEZMOI.txt", "personne.csv", "suivi.csv"} <= names
    assert data["personne"] == "Léa Martin"
    assert data["categories"]["financements"]["lignes"][0]["asked_cents"] == 500_000
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Dossier", "Structure"]
    assert rows[1][1] == "BGE Drôme-Ardèche" and "02/04/2026" in rows[1]
    assert "04 75 00 00 01" in journal


def test_document_reads_back_in_word_and_pdf(report, sample, tmp_path):
    docx_path = tmp_path / "acces.docx"
    access_export.write_document(sample.s.t, report, docx_path)
    text = docx_text(docx_path)
    for present in ("Tout ce que nous détenons sur vous", "Léa Martin", "BGE Drôme-Ardèche",
                    "nom cité", "Commune de Privas", "Accès", "CNIL"):  # fmt: skip
        assert present in text, present
    assert "Dettes de Paul" not in text
    pdf_path = tmp_path / "acces.pdf"
    access_export.write_document(sample.s.t, report, pdf_path)
    pdf = "\n".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Soutien au projet de Léa Martin" in pdf and "Rappeler pour le local" in pdf


def test_summary_warns_about_rows_found_by_name(report):
    line = access_export.summary(report)
    assert "Léa Martin" in line and "4 ligne(s) trouvée(s) par le nom seul" in line
