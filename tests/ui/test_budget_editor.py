"""The Financement tab's plan de financement, through its buttons: two needs added (one refused
first in French), the balance moving from « saisissez les besoins » to an excess, then to
« reste à financer », in words and tone,
the export read back, and the whole tab inside a 1024×600 window."""

from pathlib import Path

import pytest
from docx import Document as Docx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTabBar

from municipaless.services.casework import funding
from municipaless.ui.casework.funding_plan import NEEDS, RESOURCES
from municipaless.ui.casework.project_detail import FUNDING
from municipaless.ui.common import export_runner, file_dialogs
from municipaless.ui.shell.main_window import PROJECTS
from tests.documents.typography_sample import plain
from tests.ui.accessibility import literal_colours, offenders
from tests.ui.driving import choose, replace_text, row_count, save, texts_of
from tests.ui.sample import add_directory


@pytest.fixture
def detail(window):
    """The épicerie's Financement tab, with one grant of 10 000 € already obtained."""
    territory = window.territory
    project = next(p for p in territory.records["project"].where() if p.reference == "P-2026-0001")
    orgs = add_directory(territory)
    region = next(org_id for name, org_id in orgs.items() if name.startswith("Région"))
    funding.add_request(
        territory,
        project.id,
        {
            "funder_id": region,
            "instrument": "subvention",
            "asked_cents": 1_000_000,
            "granted_cents": 1_000_000,
            "status": "accordee",
            "decided_on": "2026-05-01",
        },
    )
    window.resize(1280, 800)  # the laptop most officers have: « Ajouter un besoin… » shows
    window.show_section(PROJECTS)
    window.projects.show_record(project.id)
    detail = window.projects.project_detail
    detail.show_tab(FUNDING)
    return detail


def _balance(view) -> str:
    return plain(view.balance.text()).replace("<b>", "").replace("</b>", "")


def _add_need(qtbot, needs, kind: str, label: str, amount: str, year: str = ""):
    qtbot.waitUntil(needs.add_button.isVisible)  # laid out once its side is in front
    qtbot.mouseClick(needs.add_button, Qt.MouseButton.LeftButton)
    form = needs.form
    choose(form.fields["kind"], kind)
    replace_text(qtbot, form.fields["label"], label)
    replace_text(qtbot, form.fields["amount_cents"], amount)
    replace_text(qtbot, form.fields["year"], year)
    save(qtbot, form)
    return form


def test_two_needs_turn_an_excess_into_money_still_to_find(qtbot, detail, dialogs):
    view = detail.funding
    view.show_side(NEEDS)
    needs = view.needs
    # a grant without any need is no « excédent »: the plan waits for its needs
    assert _balance(view).startswith("Saisissez les besoins du projet")
    assert view.balance.property("tone") == "muted"

    form = _add_need(qtbot, needs, "investissement", "Four de cuisson", "0")
    assert form.isVisible()  # refused in French, what was typed kept
    error = form.findChild(type(view.balance), "error_amount_cents")
    assert error.isVisible() and "supérieur à zéro" in error.text()
    replace_text(qtbot, form.fields["amount_cents"], "8 000")
    replace_text(qtbot, form.fields["year"], "2026")
    save(qtbot, form)
    assert not form.isVisible()
    qtbot.waitUntil(lambda: row_count(needs.table) == 1)
    assert _balance(view) == "Excédent : 2 000,00 € de ressources au-delà des besoins"
    assert view.balance.property("tone") == "info"

    _add_need(qtbot, needs, "fonctionnement", "Loyer de la première année", "4 500", "2027")
    qtbot.waitUntil(lambda: row_count(needs.table) == 2)
    rows = [[plain(c) for c in row] for row in texts_of(needs.table)]
    assert rows == [
        ["Four de cuisson", "Investissement", "2026", "8 000 €"],
        ["Loyer de la première année", "Fonctionnement", "2027", "4 500 €"],
    ]
    assert _balance(view) == "Reste à financer : 2 500,00 € (20 % des besoins)"
    assert view.balance.property("tone") == "warning"
    assert "2026" in view.balance.toolTip() and "2027" in view.balance.toolTip()
    assert "Investissement : 8 000 €" in plain(needs.summary.text()).replace("<b>", "").replace(
        "</b>", ""
    )
    assert view.sides.tabText(NEEDS) == "Besoins (2)"
    assert offenders(view, "Financement") == [] and literal_colours(view, "Financement") == []


def test_the_plan_is_exported_and_read_back(qtbot, detail, dialogs, monkeypatch, tmp_path):
    view = detail.funding
    view.show_side(NEEDS)
    _add_need(qtbot, view.needs, "investissement", "Four de cuisson", "12 500")
    qtbot.waitUntil(lambda: row_count(view.needs.table) == 1)
    target = tmp_path / "plan"
    monkeypatch.setattr(
        file_dialogs, "ask_save", lambda *_a: (target, "Word (*.docx)")
    )  # no suffix typed: the filter chosen gives it
    written: list[Path] = []
    monkeypatch.setattr(export_runner, "ask_after_export", lambda _p, path: written.append(path))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.exports.job is None and bool(written), timeout=20_000)
    assert written == [tmp_path / "plan.docx"]
    doc = Docx(str(written[0]))
    table = next(t for t in doc.tables if plain(t.rows[0].cells[0].text) == "Besoins")
    totals = [plain(c.text) for c in table.rows[-1].cells]
    assert totals[:3] == ["Total des besoins", "12 500 €", "Total des ressources"]
    assert totals[4] == "10 000 €"
    assert any("Reste à financer : 2 500,00 €" in plain(p.text) for p in doc.paragraphs)


def test_the_financement_tab_fits_1024x600(qtbot, window, detail):
    """The window stays within a 600-px screen; the tab scrolls, and every button and the
    balance are reached by scrolling to them (the officer sees a scroll bar, never a window
    taller than the screen)."""
    window.resize(1024, 600)
    qtbot.wait(30)
    assert window.height() <= 600
    view = detail.funding
    room = view.parentWidget().parentWidget()  # the tab's scroll area
    assert isinstance(room, QScrollArea)
    for side in (NEEDS, RESOURCES):
        view.show_side(side)
        qtbot.wait(20)
        assert not view.sides.isHidden()  # too narrow for both sides: one at a time
        assert view.needs.isVisible() == (side == NEEDS)
        assert view.resources.isVisible() == (side == RESOURCES)
        shown = [
            b
            for b in view.findChildren(QAbstractButton)
            if b.isVisible() and not isinstance(b.parentWidget(), QTabBar)
        ]
        assert view.export_button in shown
        for widget in (*shown, view.balance):
            room.ensureWidgetVisible(widget, 0, 0)
            qtbot.wait(5)
            left = widget.mapTo(window, QPoint(0, 0)).x()
            assert left >= 0 and left + widget.width() <= window.width(), widget
            top = widget.mapTo(window, QPoint(0, 0)).y()
            assert top + widget.height() <= window.height(), widget
        assert view.balance.isVisible()
    assert window.height() <= 600
