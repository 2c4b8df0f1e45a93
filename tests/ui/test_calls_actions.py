"""The calls tab's contract and the candidatures' actions: filters by status and enjeu, a
candidature opened from elsewhere within its call, « Déclarer éligible… » with its mandatory
reason, « Retirer » after the question, « Ouvrir le projet », and a read-only file."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from municipaless.core.statuses import CallStatus
from municipaless.services import casework
from municipaless.services.cooperation import calls, submissions
from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.cooperation.call_detail import SUBMISSIONS
from municipaless.ui.cooperation.page import CALLS_TAB
from municipaless.ui.shell.main_window import COOPERATION
from tests.ui.driving import choose, save, texts_of, type_text

COOPERATE = "Coopérer pour se développer"


def _fill(t):
    challenge = t.challenges()[0]
    open_call = calls.create_call(
        t,
        {
            "title": "Coopérer en Val de Drôme",
            "categories": [{"label": COOPERATE, "min_partners": 1}],
            "deadline_on": "2026-03-31",
            "status": CallStatus.OPEN,
            "challenges": [challenge.id],
        },
    )
    calls.create_call(t, {"title": "Mobilités 2025", "launch_on": "2025-01-10"})
    project = casework.create_project(t, {"name": "Épicerie solidaire"})
    sub = submissions.create_submission(
        t,
        open_call.id,
        {"project_id": project.id, "category": COOPERATE, "received_on": "2026-03-01"},
    )
    return open_call, sub, challenge


def _page(window):
    window.show_section(COOPERATION)
    section = window._page(COOPERATION)
    section.tabs.setCurrentIndex(CALLS_TAB)
    return section, section.calls


def test_filters_and_a_candidature_opened_from_elsewhere(qtbot, window, dialogs):
    t = window.territory
    call, sub, challenge = _fill(t)
    section, page = _page(window)
    page.reload()
    assert page.model.total() == 2
    choose(page.filters.widgets["status"], CallStatus.OPEN.value)
    page.filters.flush()
    assert [row[1] for row in texts_of(page.list.view)] == ["Coopérer en Val de Drôme"]
    assert page.filters.count_label.text() == "1 appel(s)"
    page.filters.reset()
    choose(page.filters.widgets["challenge_id"], challenge.id)
    assert page.model.total() == 1
    page.filters.reset()
    choose(page.filters.widgets["year"], 2025)
    assert [row[1] for row in texts_of(page.list.view)] == ["Mobilités 2025"]
    page.filters.reset()

    section.show_record("submission", sub.id)  # as the global search would
    detail = page.detail
    assert detail.call.id == call.id and detail.tabs.currentIndex() == SUBMISSIONS
    tab = detail.submissions
    assert tab.current_id() == sub.id

    # « Déclarer éligible… »: refused without a reason, kept with one.
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    tab.select(sub.id)
    assert tab.override_button.isEnabled()
    qtbot.mouseClick(tab.override_button, Qt.MouseButton.LeftButton)
    form = tab.form
    save(qtbot, form)
    assert form.isVisible()  # the reason is required
    type_text(
        qtbot, form.fields["eligibility_note"], "Convention de partenariat signée le 2 avril."
    )
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert texts_of(tab.table)[0][6] == "Déclarée éligible"
    assert "Déclarée éligible : Convention de partenariat signée le 2 avril." in tab.detail.text()

    # « Ouvrir le projet » asks the window for the project.
    with qtbot.waitSignal(page.record_requested) as asked:
        qtbot.mouseClick(tab.project_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["project", sub.project_id]

    # « Retirer »: asked first; « Annuler » keeps it, « Oui » withdraws.
    section.show_record("submission", sub.id)
    dialogs.message_answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert t.records["submission"].get(sub.id).status == "eligible"
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert t.records["submission"].get(sub.id).status == "retiree"
    assert texts_of(tab.table)[0][6] == "Retirée"
    assert not tab.withdraw_button.isEnabled()


def test_a_read_only_file_offers_no_writing(qtbot, window, small_file):
    call, sub, _ = _fill(window.territory)
    window.set_territory(open_territory(small_file, mode=OpenMode.READ_ONLY))
    section, page = _page(window)
    page.show_record(call.id)
    detail = page.detail
    assert not page.new_button.isEnabled()
    assert page.new_button.toolTip().startswith("Lecture seule : ")
    assert not detail.edit_button.isEnabled()
    assert detail.edit_button.toolTip().startswith("Lecture seule : ")
    tab = detail.submissions
    tab.select(sub.id)
    assert tab.current_id() == sub.id
    assert not tab.new_button.isEnabled() and not tab.withdraw_button.isEnabled()
    assert tab.project_button.isEnabled()  # reading is still possible


def test_edit_the_grille_and_delete_a_call(qtbot, window, dialogs):
    t = window.territory
    call, _sub, _ = _fill(t)
    calls.set_criteria(t, call.id, [{"label": "Utilité sociale", "weight": 2}])
    calls.set_jury(t, call.id, [{"name": "Claire Fabre", "role": "Élue"}])
    other = next(c for c in t.records["project_call"].where() if c.id != call.id)
    _section, page = _page(window)
    page.show_record(call.id)
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.windowTitle() == "Appel à projets"
    assert form.criteria.table.item(0, 0).text() == "Utilité sociale"
    assert form.jury.table.item(0, 0).text() == "Claire Fabre"
    form.criteria.table.item(0, 1).setText("4,5")
    form.jury.table.item(0, 1).setText("Présidente")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    criterion = calls.criteria(t, call.id)[0]
    assert (criterion.label, criterion.weight) == ("Utilité sociale", 4.5)
    assert [m.record.role for m in calls.jury(t, call.id)] == ["Présidente"]
    assert "4,5" in page.detail.rules.toPlainText()

    # A call holding candidatures is kept, with the reason; one without goes.
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert t.records["project_call"].get(call.id)
    assert "Cet appel a des candidatures (1)" in dialogs.messages[-1][2]
    page.show_record(other.id)
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in t.records["project_call"].where()] == [call.id]
    assert page.model.total() == 1
