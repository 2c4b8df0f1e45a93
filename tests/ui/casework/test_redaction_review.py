"""« Vérifiez les remplacements »: the anonymised fiche projet shows what its redaction
replaces before any file is asked for; « Continuer » writes it (read back), « Annuler » writes
nothing. Driven through the detail's action and the real dialog's buttons."""

from pathlib import Path

import pytest
from docx import Document as Docx
from PySide6.QtCore import Qt

from municipaless.core import domain
from municipaless.ui.casework.redaction_review import RedactionReview
from municipaless.ui.common import export_runner
from municipaless.ui.shell.main_window import PROJECTS

DESCRIPTION = (
    "Lea DUBOIS ouvre une épicerie ; joignable au 06.98.76.54.32 ou lea@example.org, "
    "local au 3 rue des Écoles. Léa vise 2 emplois."
)


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
    """The épicerie, its porteuse Léa Dubois named in its description."""
    territory = window.territory
    project = next(p for p in territory.records["project"].where() if p.reference == "P-2026-0001")
    lea = next(p for p in territory.records["person"].where() if p.last_name == "Dubois")
    territory.records["project_holder"].insert(
        domain.ProjectHolder(project_id=project.id, person_id=lea.id, role="porteuse")
    )
    territory.save("project", {"description": DESCRIPTION}, row_id=project.id, rev=project.rev)
    window.show_section(PROJECTS)
    window.projects.show_record(project.id)
    return window.projects.project_detail


def _open_review(qtbot, detail) -> RedactionReview:
    detail.sheet_action.trigger()
    options = detail.exports.options
    assert options.anonymised.isChecked()
    options.accept()
    review = detail.exports.review
    assert review is not None
    qtbot.waitUntil(review.isVisible)
    return review


def _docx_text(path: Path) -> str:
    doc = Docx(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_review_lists_the_replacements_then_continue_writes(
    qtbot, detail, dialogs, answers, tmp_path
):
    review = _open_review(qtbot, detail)
    assert review.windowTitle() == "Vérifiez les remplacements"
    assert review.continue_button.text() == "Continuer"
    assert review.cancel_button.text() == "Annuler"
    rows = review.rows()
    assert ["Nom", "Lea DUBOIS", "[nom]", "1"] in rows
    assert ["Nom", "Léa", "[nom]", "1"] in rows
    assert ["Téléphone", "06.98.76.54.32", "[téléphone]", "1"] in rows
    assert ["E-mail", "lea@example.org", "[e-mail]", "1"] in rows
    assert ["Adresse", "3 rue des Écoles", "[adresse]", "1"] in rows
    assert dialogs.file_requests == []  # nothing asked before the officer agrees

    target = tmp_path / "fiche-anonyme.docx"
    dialogs.file_answers.append(str(target))
    qtbot.mouseClick(review.continue_button, Qt.MouseButton.LeftButton)
    exports = detail.exports
    qtbot.waitUntil(lambda: exports.job is None and exports.last_export is not None, timeout=20_000)
    assert answers == [target]
    text = _docx_text(target)
    assert "[nom] ouvre une épicerie" in text and "[téléphone]" in text
    for secret in ("Dubois", "DUBOIS", "Léa", "Lea", "06.98", "lea@example.org", "Écoles"):
        assert secret not in text, secret
    assert exports.review is None  # freed once closed


def test_cancel_writes_nothing(qtbot, detail, dialogs, answers, tmp_path):
    review = _open_review(qtbot, detail)
    qtbot.mouseClick(review.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.exports.review is None)
    assert dialogs.file_requests == [] and answers == []
    assert detail.exports.job is None and detail.exports.last_export is None
    assert list(tmp_path.glob("*.docx")) == []


def test_nothing_found_says_so(qtbot):
    review = RedactionReview([])
    qtbot.addWidget(review)
    review.show()
    assert review.rows() == [] and not review.table.isVisible()
    assert review.intro.text().startswith("Aucun nom, téléphone, e-mail, lien ni adresse")
