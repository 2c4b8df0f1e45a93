"""The jury tab, driven standalone on a call built as records: the ranking and the envelope,
the jury meeting created then opened, an award over the ceiling refused in the dialog (the
amount typed kept) then accepted, a refusal with its reason, the letters and the summary."""

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from municipaless.services import meetings
from municipaless.services.casework import funding
from municipaless.services.cooperation import scoring
from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.cooperation.jury_tab import JuryTab
from municipaless.ui.cooperation.scoring_tab import ScoringTab
from tests.documents.typography_sample import plain
from tests.services.cooperation_sample import make_call_sample
from tests.ui.accessibility import literal_colours, offenders


@pytest.fixture
def s(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    for member in sample.members:
        for key, value in (("garage", 5), ("epicerie", 3)):
            scoring.save_scorecard(
                sample.t, sample.subs[key].id, member.id, {c.id: value for c in sample.criteria}
            )
    yield sample
    sample.t.close()


@pytest.fixture
def tab(qtbot, s):
    widget = JuryTab()
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.set_call(s.t, s.call.id)
    widget.show()
    return widget


def _cells(tab, row):
    model = tab.model
    return [plain(model.index(row, c).data() or "") for c in range(model.columnCount())]


def _ok(dialog, qtbot):
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_from_ranking_to_decisions_letters_and_summary(
    qtbot, tab, s, tmp_path, dialogs, monkeypatch
):
    garage, epicerie = s.projects["garage"].reference, s.projects["epicerie"].reference
    assert _cells(tab, 0)[:3] == ["1", f"{garage} « Garage solidaire »", "100,0"]
    assert _cells(tab, 1)[:3] == ["2", f"{epicerie} « Épicerie solidaire »", "60,0"]
    assert _cells(tab, 2)[3] == "Non éligible" and _cells(tab, 3)[3] == "Retirée"
    assert plain(tab.envelope.text()) == "Enveloppe : 30 000 € — engagé : 0 € — reste : 30 000 €"
    tab.table.selectRow(0)
    assert not tab.award_button.isEnabled()  # no meeting yet: the tooltip says why
    assert "réunion du jury" in tab.award_button.toolTip()

    assert tab.meeting_button.text() == "Créer la réunion du jury"
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.meeting_button, Qt.MouseButton.LeftButton)
    assert tab.meeting_button.text() == "Ouvrir la réunion"
    meeting_id = s.t.records["project_call"].get(s.call.id).jury_meeting_id
    with qtbot.waitSignal(tab.record_requested) as opened:
        qtbot.mouseClick(tab.meeting_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["meeting", meeting_id]

    # « Lauréat… »: over the ceiling, refused in the dialog with both amounts, typing kept
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.award_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.isVisible() and plain(dialog.field.text()) == "10 000 €"  # the amount asked
    assert plain(dialog.intro.text()).endswith(
        "Au plus : plafond 12 000 € ; reste de l'enveloppe 30 000 €."
    )
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "15000")
    _ok(dialog, qtbot)
    assert dialog.isVisible()
    assert "15 000 €" in plain(dialog.error.text()) and "12 000 €" in plain(dialog.error.text())
    assert dialog.field.text() == "15000"
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "12000")
    with qtbot.waitSignal(tab.changed):
        _ok(dialog, qtbot)
    assert _cells(tab, 0)[5] == "Lauréat (JURY-2026-01)" and _cells(tab, 0)[6] == "12 000 €"
    assert plain(tab.envelope.text()).endswith("engagé : 12 000 € — reste : 18 000 €")
    (line,) = funding.plan(s.t, s.projects["garage"].id).lines
    assert line.status == "accordee" and line.granted_cents == 1_200_000

    # « Non retenue… » with its reason
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.refuse_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    _ok(dialog, qtbot)  # no reason: refused
    assert "motif" in dialog.error.text()
    qtbot.keyClicks(dialog.field, "Budget incomplet")
    _ok(dialog, qtbot)
    assert _cells(tab, 1)[5] == "Non retenue (JURY-2026-02)"
    numbers = sorted(row.record.number for row in meetings.decision_register(s.t))
    assert numbers == ["JURY-2026-01", "JURY-2026-02"]

    with qtbot.waitSignal(tab.record_requested) as project:
        qtbot.mouseClick(tab.project_button, Qt.MouseButton.LeftButton)
    assert project.args == ["project", s.projects["epicerie"].id]

    # the letters, into a folder the officer picks
    folder = tmp_path / "lettres"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder))
    )
    qtbot.mouseClick(tab.letters_button, Qt.MouseButton.LeftButton)
    written = sorted(p.name for p in folder.iterdir())
    assert written == [
        f"{epicerie} Épicerie solidaire — non retenue.docx",
        f"{garage} Garage solidaire — lauréat.docx",
    ]
    assert dialogs.messages[-1][0] == "information"
    assert "Lettres écrites : 2" in dialogs.messages[-1][2]
    letter = docx.Document(folder / written[1])
    assert any("Paul Roux" in p.text for p in letter.paragraphs)

    # the summary, nominative on request
    tab.nominative.setChecked(True)
    dialogs.file_answers.append(str(tmp_path / "synthese.docx"))
    qtbot.mouseClick(tab.summary_button, Qt.MouseButton.LeftButton)
    summary = docx.Document(tmp_path / "synthese.docx")
    cells = {c.text for t in summary.tables for r in t.rows for c in r.cells}
    assert "Paul Roux" in cells


def test_the_tab_is_accessible_at_1024x600(tab):
    tab.table.selectRow(0)
    assert offenders(tab, "JuryTab") == []
    assert literal_colours(tab, "JuryTab") == []
    for button in (tab.meeting_button, tab.summary_button):
        assert button.isVisible() and button.mapTo(tab, button.rect().bottomRight()).y() <= 600


def test_a_read_only_file_shows_the_ranking_and_takes_no_decision(qtbot, tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    sample.t.close()
    t = open_territory(tmp_path / "t.municipaless", mode=OpenMode.READ_ONLY)
    try:
        widget = JuryTab()
        qtbot.addWidget(widget)
        widget.set_call(t, sample.call.id)
        widget.show()
        widget.table.selectRow(0)
        assert widget.model.rowCount() == 4
        assert not widget.meeting_button.isEnabled()
        assert not widget.award_button.isEnabled() and not widget.refuse_button.isEnabled()
        assert widget.summary_button.isEnabled()  # documents only read the file
        grid = ScoringTab()
        qtbot.addWidget(grid)
        grid.set_call(t, sample.call.id)
        assert not grid.save_button.isEnabled() and "lecture seule" in grid.save_button.toolTip()
    finally:
        t.close()
