"""Forms ask before throwing away what was typed: Escape, Annuler, the dialog's close button
or the window closing under a form holding changes ask « Enregistrer les modifications ? »
(Enregistrer / Ne pas enregistrer / Annuler); a form as it opened closes at once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from municipaless.ui.editing import unsaved
from municipaless.ui.editing.unsaved import ask_save_changes as real_ask
from tests.ui.driving import choose

Button = QMessageBox.StandardButton


class Answer:
    """Stands in for QMessageBox.exec: records the question, gives the officer's answer."""

    def __init__(self, monkeypatch, answer):
        self.answer = answer
        self.asked: list[dict] = []
        monkeypatch.setattr(unsaved, "ask_save_changes", real_ask)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))

    def exec(self, box):
        self.asked.append(
            {
                "text": box.text(),
                "buttons": [b.text() for b in box.buttons()],
                "default": box.defaultButton().text() if box.defaultButton() else None,
            }
        )
        return int(self.answer)


def _new_structure(qtbot, win):
    page = win.organisations
    qtbot.mouseClick(page.toolbar.widgetForAction(page.new_action), Qt.LeftButton)
    form = page.form
    assert form.isVisible()
    return form


def _type_ten_fields(qtbot, form) -> None:
    for name, text in (
        ("name", "Les Jardins de Lucie"),
        ("acronym", "JDL"),
        ("siren", "732829320"),
        ("address", "12 rue des Vignes"),
        ("postcode", "07000"),
        ("phone", "04 75 64 12 34"),
        ("email", "contact@jardins.fr"),
        ("website", "https://jardins.fr"),
    ):
        qtbot.keyClicks(form.fields[name], text)
    choose(form.fields["kind"], "finance_solidaire")
    form.fields["notes"].insertPlainText("Chantier d'insertion maraîcher.")


def _structures(win) -> list[str]:
    return [o.name for o in win.territory.records["organisation"].where("1 = 1")]


def test_escape_on_a_filled_form_asks_and_annuler_keeps_it(qtbot, win, monkeypatch):
    answer = Answer(monkeypatch, Button.Cancel)
    form = _new_structure(qtbot, win)
    _type_ten_fields(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1
    question = answer.asked[0]
    assert question["text"] == "Enregistrer les modifications ?"
    assert sorted(question["buttons"]) == ["Annuler", "Enregistrer", "Ne pas enregistrer"]
    assert question["default"] == "Enregistrer"
    assert form.isVisible() and form.fields["name"].text() == "Les Jardins de Lucie"
    answer.answer = Button.Discard  # « Ne pas enregistrer »: closes, nothing written
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.LeftButton)
    assert len(answer.asked) == 2 and not form.isVisible()
    assert "Les Jardins de Lucie" not in _structures(win)


def test_annuler_on_a_clean_form_closes_at_once(qtbot, win, monkeypatch):
    answer = Answer(monkeypatch, Button.Cancel)
    form = _new_structure(qtbot, win)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.LeftButton)
    assert not form.isVisible() and answer.asked == []
    # typed then erased: the form is as it opened, nothing to ask either
    form = _new_structure(qtbot, win)
    qtbot.keyClicks(form.fields["name"], "abc")
    form.fields["name"].clear()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and answer.asked == []


def test_enregistrer_in_the_question_saves(qtbot, win, monkeypatch):
    answer = Answer(monkeypatch, Button.Save)
    form = _new_structure(qtbot, win)
    _type_ten_fields(qtbot, form)
    with qtbot.waitSignal(form.saved):
        form.close()  # the dialog's own close button goes the same way
    assert len(answer.asked) == 1 and not form.isVisible()
    saved = form.result_record
    assert (saved.name, saved.acronym, saved.email) == (
        "Les Jardins de Lucie",
        "JDL",
        "contact@jardins.fr",
    )
    assert "Les Jardins de Lucie" in _structures(win)


def test_enregistrer_with_a_wrong_field_keeps_the_form_open(qtbot, win, monkeypatch):
    answer = Answer(monkeypatch, Button.Save)
    form = _new_structure(qtbot, win)
    qtbot.keyClicks(form.fields["email"], "pas-une-adresse")  # and no name (required)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and form.isVisible()
    assert form.findChild(type(form.banner), "error_name").isVisible()


@pytest.mark.parametrize("choice", [Button.Cancel, Button.Discard])
def test_closing_the_window_with_a_filled_form_asks(qtbot, win, monkeypatch, choice):
    answer = Answer(monkeypatch, choice)
    form = _new_structure(qtbot, win)
    assert form.isModal() or form.windowModality() != Qt.WindowModality.NonModal
    _type_ten_fields(qtbot, form)
    closed = win.close()
    assert len(answer.asked) == 1
    if choice == Button.Cancel:  # « Annuler »: the window and the form stay, as typed
        assert not closed and win.isVisible() and form.isVisible()
        assert win.territory is not None
        assert form.fields["acronym"].text() == "JDL"
        answer.answer = Button.Discard
    else:
        assert closed and not win.isVisible() and not form.isVisible()
