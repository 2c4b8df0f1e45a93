"""`municipaless export …` for every document, `backup`, `check --json`: each run on the demo
and its output read back, as a script or an officer at a terminal would use them."""

import csv
import json
import zipfile
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject
from docx import Document as Docx
from pypdf import PdfReader

from municipaless import cli
from municipaless.cli_export import EXPORTS
from municipaless.services.file import OpenMode, close_territory, lookup, open_territory
from tests.documents.typography_sample import plain


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    assert cli.main(["demo", str(path), "--seed", "5"]) == 0
    return path


@pytest.fixture(scope="module")
def names(demo_file) -> dict[str, str]:
    """A COPIL meeting (by day and code), a project reference with a referral, its ids."""
    t = open_territory(demo_file, mode=OpenMode.READ_ONLY)
    try:
        copils = lookup.candidates(t, "meeting", "COPIL")
        meeting_id, label = copils[-1]
        day = label.split()[0]
        meeting = t.records["meeting"].get(meeting_id)
        row = t.tdb.db.execute(
            "SELECT p.reference, r.id FROM referral r JOIN project p ON p.id = r.project_id "
            "WHERE r.deleted_at IS NULL AND r.consent_on IS NOT NULL LIMIT 1"
        ).fetchone()
        return {
            "meeting": f"{day} COPIL",
            "meeting_id": meeting_id,
            "meeting_title": meeting.title,
            "reference": row[0],
            "referral_id": row[1],
        }
    finally:
        close_territory(t)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse: --help, usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def docx_text(path: Path) -> str:
    doc = Docx(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return plain("\n".join([p.text for p in doc.paragraphs] + cells))


def pdf_text(path: Path) -> str:
    return plain("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return plain(z.read("content.xml").decode("utf-8"))


def test_meeting_documents(demo_file, names, tmp_path, capsys):
    title = names["meeting_title"]
    code, out, _ = run(
        capsys, "export", "compte-rendu", str(demo_file), "--reunion", names["meeting"],
        "-o", str(tmp_path / "cr.docx"),
    )  # fmt: skip
    assert code == 0 and "cr.docx" in out
    assert plain(title) in docx_text(tmp_path / "cr.docx")
    code, out, _ = run(
        capsys, "export", "emargement", str(demo_file), "--reunion", names["meeting_id"],
        "-o", str(tmp_path / "em.pdf"), "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["written"] == [str(tmp_path / "em.pdf")]
    assert "émargement" in pdf_text(tmp_path / "em.pdf").lower()
    code, _, _ = run(
        capsys, "export", "releve", str(demo_file), "--reunion", names["meeting"],
        "-o", str(tmp_path / "releve.odt"),
    )  # fmt: skip
    assert code == 0 and "Relevé de décisions" in odt_text(tmp_path / "releve.odt")
    code, _, _ = run(
        capsys, "export", "invitation-ics", str(demo_file), "--reunion", names["meeting"],
        "-o", str(tmp_path / "i.ics"),
    )  # fmt: skip
    events = icalendar.Calendar.from_ical((tmp_path / "i.ics").read_bytes()).walk("VEVENT")
    assert code == 0 and len(events) == 1 and str(events[0]["SUMMARY"]) == title


def test_registers_and_action_items_as_workbooks(demo_file, tmp_path, capsys):
    code, _, _ = run(
        capsys, "export", "registre", str(demo_file), "--instance", "copil",
        "-o", str(tmp_path / "reg.xlsx"),
    )  # fmt: skip
    assert code == 0
    rows = [r for ws in openpyxl.load_workbook(tmp_path / "reg.xlsx") for r in ws.values]
    text = " ".join(str(c) for r in rows for c in r if c)
    assert "COPIL-" in text  # decision numbers of that instance
    assert "GT-" not in text  # and of no other
    code, out, _ = run(capsys, "export", "actions", str(demo_file), "-o", str(tmp_path / "a.csv"))
    written = [Path(line.removeprefix("Écrit : ")) for line in out.splitlines()]
    assert code == 0 and len(written) > 1  # one CSV per sheet
    with written[0].open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f, delimiter=";"))) > 1


def test_project_sheets_and_liaison_sheet(demo_file, names, tmp_path, capsys):
    ref = names["reference"]
    code, _, _ = run(
        capsys, "export", "fiche-projet", str(demo_file), "--projet", ref.lower(),
        "-o", str(tmp_path / "fp.docx"),
    )  # fmt: skip
    assert code == 0 and ref in docx_text(tmp_path / "fp.docx")
    code, _, _ = run(
        capsys, "export", "fiche-projet", str(demo_file), "--projet", ref, "--anonyme",
        "-o", str(tmp_path / "fpa.pdf"),
    )  # fmt: skip
    assert code == 0 and "anonymis" in pdf_text(tmp_path / "fpa.pdf").lower()
    code, _, _ = run(
        capsys, "export", "fiche-liaison", str(demo_file), "--orientation",
        names["referral_id"], "-o", str(tmp_path / "fl.docx"),
    )  # fmt: skip
    assert code == 0 and "liaison" in docx_text(tmp_path / "fl.docx").lower()


def test_funding_plan_both_columns_read_back(tmp_path, capsys):
    from municipaless.services.casework import budget, funding
    from tests.services.casework_sample import make_sample

    s = make_sample(tmp_path / "plan.municipaless")
    budget.add_need(s.t, s.project.id, {"label": "Four", "amount_cents": 1_000_000})
    budget.add_need(
        s.t, s.project.id, {"label": "Loyer", "amount_cents": 500_000, "kind": "fonctionnement"}
    )
    funding.add_request(
        s.t, s.project.id, {"funder_id": s.orgs["Région"].id, "asked_cents": 1_250_000}
    )
    reference = s.project.reference
    s.t.close()
    code, out, _ = run(
        capsys, "export", "plan-financement", str(tmp_path / "plan.municipaless"),
        "--projet", reference, "-o", str(tmp_path / "plan.xlsx"),
    )  # fmt: skip
    assert code == 0 and "plan.xlsx" in out
    rows = list(openpyxl.load_workbook(tmp_path / "plan.xlsx")["Plan de financement"].values)
    totals = next(r for r in rows if r[0] == "Total des besoins")
    assert (totals[1], totals[2], totals[4]) == (15_000, "Total des ressources", 12_500)
    assert any(r[2] == "Reste à financer" and r[4] == 2_500 for r in rows)
    code, _, _ = run(
        capsys, "export", "plan-financement", str(tmp_path / "plan.municipaless"),
        "--projet", reference, "-o", str(tmp_path / "plan.docx"),
    )  # fmt: skip
    text = docx_text(tmp_path / "plan.docx")
    assert code == 0 and "Total des besoins" in text and "Reste à financer : 2 500,00 €" in text
    code, out, _ = run(capsys, "export", "plan-financement", "--help")
    assert code == 0 and "plan de financement d'un projet" in out and "--projet" in out


def test_guide_lists_and_contacts(demo_file, tmp_path, capsys):
    code, _, _ = run(
        capsys, "export", "guide", str(demo_file), "--besoin", "financement",
        "-o", str(tmp_path / "g.pdf"),
    )  # fmt: skip
    assert code == 0 and "Financement" in pdf_text(tmp_path / "g.pdf")
    code, _, err = run(
        capsys, "export", "guide", str(demo_file), "--besoin", "argent",
        "-o", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code == 2 and "financement (Financement)" in err
    assert not (tmp_path / "x.pdf").exists()
    code, _, _ = run(
        capsys, "export", "liste", str(demo_file), "projets", "-o", str(tmp_path / "p.xlsx")
    )
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx")["Projets"]
    references = [str(r[0]) for r in sheet.values if r[0] and str(r[0]).startswith("P-")]
    assert code == 0 and len(references) > 100
    code, out, _ = run(
        capsys, "export", "vcard", str(demo_file), "-o", str(tmp_path / "c.vcf"), "--json"
    )
    cards = list(vobject.readComponents((tmp_path / "c.vcf").read_text("utf-8")))
    assert code == 0 and json.loads(out)["count"] == len(cards) > 0
    code, out, _ = run(
        capsys, "export", "relances-ics", str(demo_file), "-o", str(tmp_path / "r.ics")
    )
    events = icalendar.Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VTODO")
    events += icalendar.Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VEVENT")
    assert code == 0 and f"{len(events)}\u00a0relances" in out


def test_a_name_that_matches_several_records_is_refused_with_their_ids(demo_file, tmp_path, capsys):
    code, _, err = run(
        capsys, "export", "compte-rendu", str(demo_file), "--reunion", "COPIL",
        "-o", str(tmp_path / "cr.docx"),
    )  # fmt: skip
    assert code == 1 and "Plusieurs réunions correspondent à « COPIL »" in err
    assert err.count("(COPIL)") > 1 and not (tmp_path / "cr.docx").exists()
    code, _, err = run(
        capsys, "export", "fiche-projet", str(demo_file), "--projet", "P-1999-9999",
        "-o", str(tmp_path / "fp.docx"),
    )  # fmt: skip
    assert code == 1 and "Aucun projet ne correspond à « P-1999-9999 »" in err


def test_a_format_the_document_has_not_is_refused(demo_file, names, tmp_path, capsys):
    code, _, err = run(
        capsys, "export", "emargement", str(demo_file), "--reunion", names["meeting"],
        "-o", str(tmp_path / "em.docx"),
    )  # fmt: skip
    assert code == 2 and "formats : pdf" in err and not (tmp_path / "em.docx").exists()


def test_exports_leave_the_file_untouched(demo_file, tmp_path, capsys):
    before = demo_file.stat().st_mtime_ns, demo_file.read_bytes()
    run(capsys, "export", "actions", str(demo_file), "-o", str(tmp_path / "a.xlsx"))
    assert (demo_file.stat().st_mtime_ns, demo_file.read_bytes()) == before


def test_help_is_french_and_lists_every_document(capsys):
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0 and out.startswith("utilisation : municipaless export")
    for name in EXPORTS:
        assert name[0] in out
    code, _, err = run(capsys, "export", "fiche-projet", "x.municipaless")
    assert code == 2
    assert "erreur : arguments obligatoires manquants : -o/--output, --projet" in err
    code, out, _ = run(capsys, "--help")
    assert "codes de sortie : 0 fait" in out and "municipaless backup" in out
    assert "show this help" not in out and "usage:" not in out


def test_check_json(demo_file, tmp_path, capsys):
    code, out, _ = run(capsys, "check", str(demo_file), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["counts"]["organisation"] > 0
    other = tmp_path / "notes.municipaless"
    other.write_text("pas une base")
    code, out, _ = run(capsys, "check", str(other), "--json")
    assert code == 1 and json.loads(out)["ok"] is False and json.loads(out)["message"]


def test_backup_create_list_and_restore(tmp_path, capsys):
    path = tmp_path / "t.municipaless"
    assert cli.main(["demo", str(path), "--seed", "2"]) == 0
    code, out, _ = run(capsys, "backup", "create", str(path), "--json")
    assert code == 0 and Path(json.loads(out)["path"]).exists()
    t = open_territory(path, "agent", OpenMode.WRITE)
    try:
        t.save("organisation", {"name": "Structure ajoutée après la sauvegarde", "kind": None})
    finally:
        close_territory(t)
    code, out, _ = run(capsys, "backup", "list", str(path), "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1 and listed[0]["reason"] == "manual"
    code, _, err = run(capsys, "backup", "restore", str(path), "1")
    assert code == 1 and "--yes" in err and "Rien n'a été modifié" in err
    assert _has_added(path)
    code, _, err = run(capsys, "backup", "restore", str(path), "7", "--yes")
    assert code == 2 and "Pas de sauvegarde numéro 7" in err
    code, out, _ = run(capsys, "backup", "restore", str(path), "1", "--yes")
    assert code == 0 and "restaurée" in out
    assert not _has_added(path)
    code, out, _ = run(capsys, "backup", "list", str(path))
    assert code == 0 and "avant restauration" in out  # the state before, itself kept


def _has_added(path: Path) -> bool:
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        rows = t.tdb.db.execute(
            "SELECT count(*) FROM organisation WHERE name = ?",
            ("Structure ajoutée après la sauvegarde",),
        ).fetchone()
        return bool(rows[0])
    finally:
        close_territory(t)
