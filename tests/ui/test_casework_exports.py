"""Exports from Porteurs & projets, through the buttons and the worker: the fiche projet
anonymised and nominative, the fiche de liaison of an orientation, the relances as .ics.
Every file is read back."""

from pathlib import Path

import pytest
from docx import Document as Docx
from PySide6.QtCore import Qt

from municipaless.core import domain
from municipaless.ui.casework.project_detail import REFERRALS
from municipaless.ui.common import export_runner
from municipaless.ui.shell.main_window import PROJECTS
from tests.documents.typography_sample import plain
from tests.ui.sample import add_directory


@pytest.fixture
def answers(monkeypatch) -> list[Path]:
    chosen: list[Path] = []

    def answer(_parent, path):
        chosen.append(path)
        return ""  # "Fermer": never opens a real viewer in a test

    monkeypatch.setattr(export_runner, "ask_after_export", answer)
    return chosen


@pytest.fixture
def detail(window):
    """The épicerie shown, with its porteuse Léa Dubois and an orientation without consent."""
    territory = window.territory
    project = next(p for p in territory.records["project"].where() if p.reference == "P-2026-0001")
    lea = next(p for p in territory.records["person"].where() if p.last_name == "Dubois")
    territory.records["project_holder"].insert(
        domain.ProjectHolder(project_id=project.id, person_id=lea.id, role="porteuse")
    )
    orgs = add_directory(territory)
    territory.records["referral"].insert(
        domain.Referral(project_id=project.id, organisation_id=orgs["Boutique de gestion de l'Ain"])
    )
    territory.save(
        "follow_up", {"project_id": project.id, "due_on": "2026-12-01", "what": "Rappeler Léa"}
    )
    window.show_section(PROJECTS)
    window.projects.show_record(project.id)
    return window.projects.project_detail


def _wait(qtbot, exports) -> None:
    qtbot.waitUntil(lambda: exports.job is None and exports.last_export is not None, timeout=20_000)


def _docx_text(path: Path) -> str:
    doc = Docx(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return plain("\n".join([p.text for p in doc.paragraphs] + cells))


def test_project_sheet_anonymised_then_nominative(qtbot, detail, dialogs, answers, tmp_path):
    exports = detail.exports
    target = tmp_path / "fiche-anonyme.docx"
    dialogs.file_answers.append(str(target))
    detail.sheet_action.trigger()
    options = exports.options
    assert options.anonymised.isChecked()  # the safe choice is the default
    options.accept()
    exports.review.accept()  # « Vérifiez les remplacements »: Continuer
    _wait(qtbot, exports)
    assert answers == [target]
    text = _docx_text(target)
    assert "P-2026-0001" in text
    assert "Dubois" not in text and "lea@example.org" not in text
    assert "Épicerie solidaire des Bruyères" not in text

    exports.last_export = None
    target = tmp_path / "fiche-nominative"
    dialogs.file_answers.append(str(target))
    detail.sheet_action.trigger()
    exports.options.nominative.setChecked(True)
    exports.options.format.setCurrentIndex(exports.options.format.findData("pdf"))
    exports.options.accept()
    _wait(qtbot, exports)
    written = target.with_suffix(".pdf")
    assert answers[-1] == written
    from pypdf import PdfReader

    pdf_text = plain("".join(page.extract_text() for page in PdfReader(written).pages))
    assert "Dubois" in pdf_text and "Épicerie solidaire des Bruyères" in pdf_text
    assert not [m for m in dialogs.messages if m[0] == "critical"]


def test_liaison_sheet_without_consent_names_nobody(qtbot, detail, dialogs, answers, tmp_path):
    detail.show_tab(REFERRALS)
    view = detail.referrals
    view.table.selectRow(0)
    target = tmp_path / "liaison.docx"
    dialogs.file_answers.append(str(target))
    qtbot.mouseClick(view.liaison_button, Qt.LeftButton)
    _wait(qtbot, detail.exports)
    text = _docx_text(target)
    assert "P-2026-0001" in text
    assert "Dubois" not in text and "Léa" not in text


def test_follow_ups_calendar_from_the_page(qtbot, window, detail, dialogs, answers, tmp_path):
    from icalendar import Calendar

    target = tmp_path / "relances.ics"
    dialogs.file_answers.append(str(target))
    qtbot.mouseClick(window.projects.ics_button, Qt.LeftButton)
    _wait(qtbot, detail.exports)
    calendar = Calendar.from_ical(target.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert [str(e["summary"]) for e in events] == [
        "Rappeler Léa – Épicerie solidaire des Bruyères (P-2026-0001)"
    ]
    assert events[0].walk("VALARM")
