"""Every document of the demo territory in every format, for review: ``make gallery``.

Writes ``build/gallery/`` from a fresh small demo (fixed seed and date, so two runs compare):
one folder per document, one file per format; when LibreOffice is installed, each office file is
rendered to PDF the way an élu's computer would, and every PDF to PNG pages (``pdftoppm``). The
summary (``build/gallery/index.md``) counts documents, files and pages and the typography faults
found in each PDF's text, so a reviewer knows where to look first.

A developer tool: it reads the demo file directly to pick which meeting, project and referral to
show; the app never does that.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 12, 3)
TEXT_FORMATS = ("docx", "odt", "pdf")
SHEET_FORMATS = ("xlsx", "ods", "csv")

# In a file's own text: an ordinary space where French typography wants a no-break one, or a
# straight apostrophe. A PDF's extracted text cannot tell a no-break space from a space, so on a
# page the fault is where it shows: a line that starts with « : » or « » », or ends with « «.
FAULTS = {
    "espace avant ; ! ? :": re.compile(r"\w [;!?:](?:\s|$)"),
    "espace dans « »": re.compile(r"« | »"),
    "apostrophe droite": re.compile(r"[^\W\d_]'[^\W\d_]"),
}
LINE_FAULTS = {
    "ligne coupée avant ; ! ? : »": re.compile(r"^[;!?:»]", re.M),
    "ligne coupée après «": re.compile(r"«$", re.M),
}


@dataclass
class Entry:
    name: str  # folder name
    title: str  # French, for the index
    files: list[Path] = field(default_factory=list)
    pages: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    cut: list[str] = field(default_factory=list)  # words split across two lines in a table
    error: str = ""


def _pick(db: Path) -> dict[str, str]:
    """The records worth showing: the richest approved meeting, a project with funding and
    holders, a referral with consent, the series with most decisions."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    one = lambda sql: (con.execute(sql).fetchone() or [""])[0]  # noqa: E731
    picked = {
        "meeting": one(
            "SELECT m.id FROM meeting m JOIN minutes_version v ON v.meeting_id = m.id "
            "WHERE v.status = 'approuve' AND m.deleted_at IS NULL "
            "ORDER BY (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id) DESC LIMIT 1"
        ),
        "project": one(
            "SELECT p.id FROM project p WHERE p.deleted_at IS NULL "
            "ORDER BY (SELECT count(*) FROM funding_request f WHERE f.project_id = p.id) "
            "+ (SELECT count(*) FROM case_event e WHERE e.project_id = p.id) DESC LIMIT 1"
        ),
        "referral": one(
            "SELECT id FROM referral WHERE deleted_at IS NULL AND consent_on IS NOT NULL LIMIT 1"
        ),
    }
    con.close()
    return picked


def _documents(path: Path) -> list[tuple[str, str, tuple[str, ...], Callable]]:
    """(folder, French title, formats, builder(territory) -> Document)."""
    from municipaless.services.casework import liaison_sheet, project_sheet
    from municipaless.services.directory import organisations_guide
    from municipaless.services.meetings import documents as md
    from municipaless.services.reports import activity_document, activity_report, list_export

    ids = _pick(path)
    year = activity_report.Period.year(TODAY.year - 1)

    def bilan(nominative: bool) -> Callable:
        def build(t):
            report = activity_report.compute(t, year, nominative=nominative, today=TODAY)
            return activity_document.build(report, nominative=nominative)

        return build

    def people_list(t):
        return list_export.build_document(
            t.list_source("person"), title="Annuaire des personnes", commune="", today=TODAY
        )

    docs = [
        (
            "bilan-anonymise",
            "Bilan d'activité (anonymisé)",
            TEXT_FORMATS + SHEET_FORMATS,
            bilan(False),
        ),
        (
            "bilan-nominatif",
            "Bilan d'activité (nominatif, annexe)",
            TEXT_FORMATS + ("xlsx",),
            bilan(True),
        ),
        (
            "fiche-projet-anonymisee",
            "Fiche projet (anonymisée)",
            TEXT_FORMATS,
            lambda t: project_sheet.build(t, ids["project"], nominative=False, today=TODAY),
        ),
        (
            "fiche-projet-nominative",
            "Fiche projet (nominative)",
            TEXT_FORMATS,
            lambda t: project_sheet.build(t, ids["project"], nominative=True, today=TODAY),
        ),
        (
            "fiche-liaison",
            "Fiche de liaison",
            TEXT_FORMATS,
            lambda t: liaison_sheet.build(t, ids["referral"], today=TODAY),
        ),
        (
            "guide",
            "Guide des structures d'accompagnement",
            TEXT_FORMATS,
            lambda t: organisations_guide.build(t, today=TODAY),
        ),
        (
            "compte-rendu",
            "Compte rendu (approuvé)",
            TEXT_FORMATS,
            lambda t: md.minutes_document(t, ids["meeting"], today=TODAY),
        ),
        (
            "releve-decisions",
            "Relevé de décisions d'une réunion",
            TEXT_FORMATS,
            lambda t: md.decisions_document(t, ids["meeting"], today=TODAY),
        ),
        (
            "registre-decisions",
            "Registre des décisions",
            TEXT_FORMATS + ("xlsx",),
            lambda t: md.decisions_document(t, None, today=TODAY),
        ),
        (
            "emargement",
            "Feuille d'émargement",
            ("pdf", "docx"),
            lambda t: md.signin_sheet_document(t, ids["meeting"], today=TODAY),
        ),
        (
            "actions",
            "Classeur des actions",
            SHEET_FORMATS,
            lambda t: md.action_items_workbook_document(t, today=TODAY),
        ),
        ("annuaire-personnes", "Liste de l'annuaire (personnes)", ("xlsx", "csv"), people_list),
    ]
    docs.extend(_privacy_documents())
    return docs


def _privacy_documents() -> list[tuple[str, str, tuple[str, ...], Callable]]:
    """The RGPD documents, when this version of the app has them."""
    found = []
    try:
        from municipaless.services.privacy import notice

        found.append(
            (
                "mention-information",
                "Mention d'information",
                TEXT_FORMATS,
                lambda t: notice.build(t),
            )
        )
    except (ImportError, AttributeError):
        pass
    try:
        from municipaless.services.privacy import register

        found.append(
            (
                "registre-traitements",
                "Registre des traitements (fiche)",
                TEXT_FORMATS,
                lambda t: register.build(t, today=TODAY),
            )
        )
    except (ImportError, AttributeError):
        pass
    return found


def _office_to_pdf(files: list[Path], out: Path) -> dict[Path, Path]:
    """LibreOffice renders each office file to PDF, one call per format: the .docx and the
    .xlsx of a document share a stem, and LibreOffice names its PDF after the stem only."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    todo = [f for f in files if f.suffix in (".docx", ".odt", ".xlsx", ".ods")]
    if not office or not todo:
        return {}
    rendered = {}
    with tempfile.TemporaryDirectory() as profile:
        for suffix in sorted({f.suffix for f in todo}):
            group = [f for f in todo if f.suffix == suffix]
            folder = out / suffix.lstrip(".")
            folder.mkdir(parents=True, exist_ok=True)
            command = [office, f"-env:UserInstallation=file://{profile}", "--headless"]
            command += ["--convert-to", "pdf", "--outdir", str(folder), *map(str, group)]
            subprocess.run(command, check=False, capture_output=True, timeout=600)
            for f in group:
                pdf = folder / f"{f.stem}.pdf"
                if pdf.exists():
                    target = f.with_name(f"{f.name}.pdf")
                    pdf.replace(target)
                    rendered[f] = target
    return rendered


def _count(text: str, rules: dict[str, re.Pattern[str]]) -> dict[str, int]:
    found = {name: len(rx.findall(text)) for name, rx in rules.items()}
    return {k: v for k, v in found.items() if v}


def _file_text(path: Path) -> str:
    """The text a reader of the office file sees (Word, Writer, Calc cells)."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if path.suffix == ".odt":
        from odf import opendocument, teletype
        from odf.text import H, P

        odt = opendocument.load(str(path))
        found = odt.text.getElementsByType(P) + odt.text.getElementsByType(H)
        return "\n".join(teletype.extractText(e) for e in found)
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            v for ws in book.worksheets for row in ws.iter_rows(values_only=True)
            for v in row if isinstance(v, str)
        )  # fmt: skip
    return ""


def _pdf_facts(pdf: Path, doc) -> tuple[int, dict[str, int], list[str]]:
    """Pages, line faults, and the table words cut across lines (the tests' own check)."""
    from tests.documents.pdf_pages import cut_words, page_lines

    lines = page_lines(pdf)
    text = "\n".join(line for page in lines for line in page)
    faults = _count(text, LINE_FAULTS)
    if pdf.name.endswith((".xlsx.pdf", ".ods.pdf")):
        # A sheet shows each number in its cell's format, not the model's text; what a
        # printed sheet cuts is a number too wide for its column, shown « ### ».
        hidden = len(re.findall(r"#{3,}", text))
        return len(lines), faults | ({"nombre masqué ###": hidden} if hidden else {}), []
    return len(lines), faults, cut_words(pdf, doc)


def _png(pdf: Path, pages: int) -> None:
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-l",
                str(min(pages, 6)),
                str(pdf),
                str(pdf.with_suffix("")),
            ],
            check=False,
            capture_output=True,
            timeout=300,
        )


def build_gallery(out: Path, render: bool = True) -> list[Entry]:
    from municipaless import documents
    from municipaless.services import demo
    from municipaless.services.file import OpenMode, close_territory, open_territory

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    path = out / "demo.municipaless"
    demo.generate(path, "small", seed=1, officer="Démo", today=TODAY)
    entries = []
    models = {}
    territory = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        for name, title, formats, builder in _documents(path):
            entry = Entry(name, title)
            entries.append(entry)
            folder = out / name
            folder.mkdir()
            try:
                doc = builder(territory)
                models[name] = doc
                for fmt in formats:
                    entry.files += documents.write(doc, folder / f"{name}.{fmt}", fmt)
            except Exception as exc:  # the gallery shows what fails rather than stopping
                entry.error = f"{type(exc).__name__}: {exc}"
    finally:
        close_territory(territory)
    for entry in entries:
        for f in entry.files:
            _add(entry, _count(_file_text(f), FAULTS))
    if render:
        for entry in entries:
            rendered = _office_to_pdf(entry.files, out / entry.name / "_lo")
            shutil.rmtree(out / entry.name / "_lo", ignore_errors=True)
            pdfs = [f for f in entry.files if f.suffix == ".pdf"] + list(rendered.values())
            for pdf in pdfs:
                pages, faults, cut = _pdf_facts(pdf, models[entry.name])
                entry.pages += pages
                _add(entry, faults)
                entry.cut += [f"{pdf.name}: {word}" for word in cut]
                _png(pdf, pages)
    _index(out, entries)
    return entries


def _add(entry: Entry, faults: dict[str, int]) -> None:
    for k, v in faults.items():
        entry.faults[k] = entry.faults.get(k, 0) + v


def _index(out: Path, entries: list[Entry]) -> None:
    lines = [
        f"# Galerie des documents — démo du {TODAY.isoformat()}",
        "",
        "| document | fichiers | pages (PDF et rendus) | défauts typographiques | mots coupés "
        "| erreur |",
        "|---|---|---|---|---|---|",
    ]
    for e in entries:
        faults = ", ".join(f"{k} : {v}" for k, v in e.faults.items()) or "0"
        files = " ".join(f.suffix.lstrip(".") for f in e.files)
        cut = len(e.cut)
        lines.append(f"| {e.title} | {files} | {e.pages} | {faults} | {cut} | {e.error} |")
    total_faults = sum(sum(e.faults.values()) for e in entries)
    lines += [
        "",
        f"{len(entries)} documents, {sum(len(e.files) for e in entries)} fichiers, "
        f"{sum(e.pages for e in entries)} pages, {total_faults} défauts typographiques, "
        f"{sum(len(e.cut) for e in entries)} mots coupés dans un tableau.",
    ]
    cuts = [c for e in entries for c in e.cut]
    if cuts:
        lines += ["", "Mots coupés :", *[f"- {c}" for c in cuts[:50]]]
    (out / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "gallery")
    parser.add_argument("--no-render", action="store_true", help="ne pas passer par LibreOffice")
    args = parser.parse_args(argv)
    entries = build_gallery(args.out, render=not args.no_render)
    print((args.out / "index.md").read_text(encoding="utf-8"))
    return 1 if any(e.error for e in entries) else 0


if __name__ == "__main__":
    raise SystemExit(main())
