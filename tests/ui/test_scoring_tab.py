"""The grille de notation tab, driven standalone on a call built as records: a member scores,
declares a conflict (the scores of that line go), saves; the ranking follows."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from municipaless.services.cooperation import scoring
from municipaless.ui.cooperation.scoring_tab import ScoringTab
from tests.services.cooperation_sample import make_call_sample
from tests.ui.accessibility import literal_colours, offenders


@pytest.fixture
def s(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


@pytest.fixture
def tab(qtbot, s):
    widget = ScoringTab()
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.set_call(s.t, s.call.id)
    widget.show()
    return widget


def _row(tab, s, key):
    return next(i for i, line in enumerate(tab.lines) if line.submission_id == s.subs[key].id)


def test_a_member_scores_declares_a_conflict_and_saves(qtbot, tab, s):
    assert [tab.member.itemText(i) for i in range(tab.member.count())] == [
        "Claire Martin (présidente)",
        "Jean Dupuis",
        "Hugo Morel",
    ]
    # three lines: the withdrawn candidature is not scored; the ineligible one says so
    assert tab.table.rowCount() == 3
    titles = [tab.table.item(r, 0).text() for r in range(3)]
    assert any(t.endswith("— non éligible") for t in titles)
    assert tab.table.horizontalHeaderItem(1).text() == "Utilité sociale (/5)"
    with qtbot.waitSignal(tab.record_requested) as opened:
        cell = tab.table.visualItemRect(tab.table.item(0, 0)).center()
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == ["project", tab.lines[0].project_id]

    epicerie, garage = _row(tab, s, "epicerie"), _row(tab, s, "garage")
    for box, value in zip(tab.boxes[epicerie].values(), (4.5, 4, 3), strict=True):
        box.setFocus()
        box.setValue(value)
    qtbot.keyClicks(tab.comments[epicerie], "Bon ancrage local.")
    tab.boxes[garage][s.criteria[0].id].setValue(2)
    tab.conflicts[garage].click()  # declared: that line's score goes, its boxes lock
    assert tab.boxes[garage][s.criteria[0].id].score() is None
    assert not tab.boxes[garage][s.criteria[0].id].isEnabled()
    assert tab.state.text() == "Modifications pas encore enregistrées."
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.state.text() == ""

    ranking = scoring.ranking(s.t, s.call.id)
    line = ranking.line(s.subs["epicerie"].id)
    assert line.row.means == {
        s.criteria[0].id: 4.5,
        s.criteria[1].id: 4.0,
        s.criteria[2].id: 3.0,
    }
    assert line.incomplete_text == "notation incomplète (1/3)"
    assert ranking.line(s.subs["garage"].id).conflict_text == "1\u00a0membre en conflit d'intérêts"
    # the ineligible line was left untouched: no empty scorecard for it
    assert s.t.records["scorecard"].count() == 2
    # read back after a reload: the member's grid as saved
    tab.reload()
    assert tab.comments[_row(tab, s, "epicerie")].text() == "Bon ancrage local."
    assert tab.conflicts[_row(tab, s, "garage")].isChecked()


def test_switching_member_asks_about_unsaved_scores(qtbot, tab, s, dialogs):
    epicerie = _row(tab, s, "epicerie")
    tab.boxes[epicerie][s.criteria[0].id].setValue(3)
    dialogs.message_answer = QMessageBox.StandardButton.Cancel
    tab.member.setCurrentIndex(1)
    assert tab.member.currentIndex() == 0  # stayed on the member with unsaved scores
    assert tab.boxes[epicerie][s.criteria[0].id].score() == 3
    dialogs.message_answer = QMessageBox.StandardButton.Save
    tab.member.setCurrentIndex(1)
    assert tab.member.currentIndex() == 1
    assert [m[0] for m in dialogs.messages] == ["question", "question"]
    grid = scoring.member_grid(s.t, s.call.id, s.members[0].id)
    mine = next(g for g in grid if g.submission_id == s.subs["epicerie"].id)
    assert mine.scores == {s.criteria[0].id: 3.0}


def test_the_grid_is_accessible_at_1024x600(tab):
    assert offenders(tab, "ScoringTab") == []
    assert literal_colours(tab, "ScoringTab") == []
    assert tab.save_button.isVisible()
    assert tab.save_button.mapTo(tab, tab.save_button.rect().bottomRight()).y() <= 600


def test_scrolling_over_a_score_does_not_change_it(tab, s):
    box = tab.boxes[_row(tab, s, "epicerie")][s.criteria[0].id]
    box.set_score(3)
    tab.save_button.setFocus()
    centre = QPointF(box.rect().center())
    wheel = QWheelEvent(
        centre,
        box.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, wheel)
    assert box.score() == 3
