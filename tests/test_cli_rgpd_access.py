"""`municipaless rgpd access|register|notice`: read-only commands, documents read back, a
person named in any spelling, a refusal in French when the name is unknown or ambiguous."""

import json
import zipfile

import pytest
from pypdf import PdfReader

from municipaless import cli
from municipaless.services.file import OpenMode, close_territory, open_territory
from municipaless.storage.lock import lock_path
from tests.services.casework_sample import docx_text
from tests.services.privacy_sample import make_privacy_sample


@pytest.fixture(scope="module")
def territory_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("rgpd") / "t.municipaless"
    sample = make_privacy_sample(path)
    sample.s.t.close()
    return path


def test_access_writes_the_document_and_the_zip(territory_file, tmp_path, capsys):
    out, archive = tmp_path / "lea.pdf", tmp_path / "lea.zip"
    before = territory_file.read_bytes()
    code = cli.main(["rgpd", "access", str(territory_file), "--person", "martin LEA",
                     "-o", str(out), "--zip", str(archive)])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "Document écrit dans" in printed and "nom seul" in printed
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Tout ce que nous détenons sur vous" in text and "Léa Martin" in text
    with zipfile.ZipFile(archive) as z:
        data = json.loads(z.read("donnees.json"))
    assert data["personne"] == "Léa Martin"
    assert territory_file.read_bytes() == before  # read only
    assert not lock_path(territory_file).exists()


def test_access_by_id_in_word(territory_file, tmp_path):
    t = open_territory(territory_file, mode=OpenMode.READ_ONLY)
    try:
        (lea,) = t.records["person"].where("first_name = 'Léa'")
    finally:
        close_territory(t)
    out = tmp_path / "lea.docx"
    assert (
        cli.main(["rgpd", "access", str(territory_file), "--person", lea.id, "-o", str(out)]) == 0
    )
    assert "lea.martin@exemple.fr" in docx_text(out)


def test_unknown_or_ambiguous_person_is_refused(territory_file, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert cli.main(["rgpd", "access", str(territory_file), "--person", "Jean Inconnu",
                     "-o", str(out)]) == 1  # fmt: skip
    assert "Aucune personne ne s'appelle « Jean Inconnu »" in capsys.readouterr().err
    assert not out.exists()
    copy = tmp_path / "deux.municipaless"
    copy.write_bytes(territory_file.read_bytes())
    t = open_territory(copy, "Camille", OpenMode.WRITE)
    t.save("person", {"first_name": "Lea", "last_name": "Martin", "email": "autre@exemple.fr"})
    close_territory(t)
    assert cli.main(["rgpd", "access", str(copy), "--person", "Léa Martin", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Plusieurs personnes" in err and "autre@exemple.fr" in err


def test_register_and_notice(territory_file, tmp_path, capsys):
    fiche = tmp_path / "registre.docx"
    assert cli.main(["rgpd", "register", str(territory_file), "-o", str(fiche)]) == 0
    assert "Registre des traitements" in docx_text(fiche)
    notice = tmp_path / "mention.pdf"
    args = ["rgpd", "notice", str(territory_file), "-o", str(notice), "--person", "Paul Roux"]
    assert cli.main(args) == 0
    assert "n'est pas notée" in capsys.readouterr().out  # printing is not handing
    pages = PdfReader(notice).pages
    assert len(pages) == 1 and "Remise à Paul Roux" in pages[0].extract_text()


def test_a_wrong_extension_is_refused(territory_file, tmp_path, capsys):
    out = tmp_path / "registre.xlsx"
    assert cli.main(["rgpd", "register", str(territory_file), "-o", str(out)]) == 2
    assert "extension attendue" in capsys.readouterr().err
