"""Issue 15's « done when », walked once as a newcomer does it, only through what the window
shows: a new file and its territory, the annuaire imported from a partner's spreadsheet, a
porteur's first accueil, a COPIL planned from its template; then every screen left and come
back to. Run at the usual size and at 1024×600, where every button clicked must lie inside
its window (a clipped screen fails here)."""

import contextlib

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QWidget,
    QWizard,
)

from municipaless.services.file import officer
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.shell.main_window import MainWindow
from tests.ui.driving import type_text

OFFICER = "Marie Durand"

# A partner's spreadsheet, saved by French Excel as « CSV (séparateur : point-virgule) »:
# a title line, accents, a phone with spaces, a SIRET with spaces, an empty line, a contact.
ANNUAIRE = (
    "Annuaire ESS du Centre Ardèche;;;;;;;;\r\n"
    "Raison sociale;SIRET;Adresse;CP;Ville;Tél;Courriel;Contact;Fonction\r\n"
    "Épicerie solidaire de l'Œuvre;732 829 320 00074;12, rue de l'Église;07000;Privas;"
    "04 75 64 12 34;contact@epicerie-oeuvre.fr;Hélène Lefèvre;Présidente\r\n"
    ";;;;;;;;\r\n"
    "SCOP Élan;;3 place du Champ-de-Mars;07000;Privas;0475641235;bonjour@scop-elan.fr;"
    "Loïc Garçon;Gérant\r\n"
    "Tiers-lieu « La Fabrique »;;ZA des Îles;07210;Chomérac;04 75 65 00 11;"
    "fabrique@tiers-lieu.fr;;\r\n"
)
STRUCTURES = ["Épicerie solidaire de l'Œuvre", "SCOP Élan", "Tiers-lieu « La Fabrique »"]


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """The officer's profile in the test's folder, never the developer's."""
    path = tmp_path / "config" / "agent.json"
    monkeypatch.setattr(officer, "profile_path", lambda: path)
    return path


# gestures: what the officer sees and clicks ----------------------------------------------
def visible_in_window(widget: QWidget) -> None:
    """The widget is shown and wholly in sight (a form's scroll area scrolled to it first, as
    the officer scrolls), inside its window, the window within the screen."""
    assert widget.isVisible(), widget.objectName() or widget
    QTest.qWait(20)  # a dialog just shown settles its layout first, as before a human's click
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    top = widget.window()
    corner = widget.mapTo(top, QPoint(0, 0))
    inside = QRect(corner, widget.size())
    assert top.rect().contains(inside), (widget.objectName(), inside, top.rect())
    seen = widget.visibleRegion().boundingRect()
    assert seen == widget.rect(), (widget.objectName() or type(widget).__name__, seen)
    room = top.screen().availableGeometry()  # the test's screen: 1280×800 or 1024×600
    assert top.width() <= room.width() and top.height() <= room.height(), (top, top.size())


@contextlib.contextmanager
def in_modal(then):
    """Run ``then`` inside the modal dialog the block opens; a failure there closes the dialog
    (a test never hangs on it) and is raised once the block is done."""
    failures: list[BaseException] = []

    def run():
        try:
            then()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            failures.append(exc)
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                dialog.reject()

    if then is not None:
        QTimer.singleShot(0, run)
    yield
    if failures:
        raise failures[0]


def click(qtbot, widget, *, then=None) -> None:
    """A mouse click on ``widget`` once it is seen whole; ``then`` runs in the modal dialog
    the click opens (scheduled only now, so it never runs before the click)."""
    if isinstance(widget, _ItemSpot):
        rect = widget.view.visualItemRect(widget.view.item(widget.row))
        visible_in_window(widget.view.viewport())
        qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return
    visible_in_window(widget)
    assert widget.isEnabled(), getattr(widget, "text", lambda: "")()
    with in_modal(then):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button_named(parent: QWidget, text: str) -> QAbstractButton:
    """The shown button whose label reads ``text`` (mnemonic « & » ignored)."""
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.isVisible() and b.text().replace("&", "") == text
    ]
    assert len(found) == 1, (text, [b.text() for b in parent.findChildren(QAbstractButton)])
    return found[0]


def menu_entry(window: MainWindow, menu: str, entry: str):
    """Fichier ▸ Nouveau fichier…: the menu bar's action read by its labels."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                if action.text().replace("&", "") == entry:
                    return action
            names = [a.text() for a in top.menu().actions()]
            raise AssertionError(f"no « {entry} » in {menu}: {names}")
    raise AssertionError(f"no menu « {menu} »")


def press(qtbot, button: QAbstractButton, *, then=None) -> None:
    """Click a button where the officer finds it: in sight, or in its bar's « ⋯ » menu."""
    if button.isVisible():
        click(qtbot, button, then=then)
        return
    bar = button.parentWidget()
    while bar is not None and not isinstance(bar, ActionBar):
        bar = bar.parentWidget()
    assert bar is not None and button in bar.overflowed(), f"« {button.text()} » is hidden"
    visible_in_window(bar.more_button)
    entry = next(a for a in bar.menu_actions() if a.text() == button.text())
    assert entry.isEnabled()
    with in_modal(then):
        entry.trigger()


def nav_item(window, label: str) -> QWidget:
    """The navigation's row as a clickable area (a viewport click on the item's rectangle)."""
    nav = window.nav
    for row in range(nav.count()):
        if nav.item(row).text() == label:
            return _ItemSpot(nav, row)
    raise AssertionError([nav.item(r).text() for r in range(nav.count())])


class _ItemSpot:
    """Lets ``click`` reach a list row the way the mouse does."""

    def __init__(self, view, row):
        self.view, self.row = view, row


def open_tab(qtbot, tabs, label: str) -> None:
    """A click on the tab that reads ``label``."""
    bar = tabs.tabBar()
    index = next((i for i in range(bar.count()) if bar.tabText(i) == label), None)
    assert index is not None, [bar.tabText(i) for i in range(bar.count())]
    visible_in_window(bar)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def choose_shown(combo, text: str) -> None:
    """Pick the entry that reads ``text`` (what a click in the combo's popup does)."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    visible_in_window(combo)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def texts_in(widget: QWidget) -> list[str]:
    """Every label shown inside ``widget``."""
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def shown_row(view, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, c).data() or "" for c in range(model.columnCount())]


def shown_column(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() or "" for r in range(model.rowCount())]


def wizard_click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def modal() -> QWidget:
    widget = QApplication.activeModalWidget()
    assert widget is not None
    return widget


# 1. a new file and its territory ---------------------------------------------------------
def create_the_file(qtbot, window, dialogs, tmp_path):
    assert window.windowTitle() == "MunicipalESS"
    dialogs.file_answers = [str(tmp_path / "centre-ardeche")]
    menu_entry(window, "Fichier", "Nouveau fichier…").trigger()
    assistant = window.session.assistant
    qtbot.waitExposed(assistant)
    assert "centre-ardeche" in window.windowTitle()

    page = assistant.territory_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, "privas centre ardeche")
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5000)
    first = page.results.item(0)
    assert first.text().startswith("CA Privas Centre Ardèche")
    rect = page.results.visualItemRect(first)
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.name.text() == "CA Privas Centre Ardèche"
    coux = next(
        page.communes.item(i)
        for i in range(page.communes.count())
        if page.communes.item(i).text() == "Coux (07072)"
    )
    page.communes.scrollToItem(coux)
    box = page.communes.visualItemRect(coux)
    # the check box sits at the row's left edge
    qtbot.mouseClick(
        page.communes.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(box.left() + 10, box.center().y()),
    )
    assert coux.checkState() == Qt.CheckState.Unchecked
    wizard_click(qtbot, assistant, QWizard.WizardButton.NextButton)

    fields = assistant.officer_page.fields
    assert assistant.currentPage() is assistant.officer_page
    type_text(qtbot, fields.name, OFFICER)
    type_text(qtbot, fields.role, "Chargée de mission ESS")
    type_text(qtbot, fields.email, "marie.durand@privas.fr")
    wizard_click(qtbot, assistant, QWizard.WizardButton.NextButton)
    assert assistant.currentPage() is assistant.letterhead_page
    wizard_click(qtbot, assistant, QWizard.WizardButton.NextButton)  # no letterhead now
    summary = assistant.summary_page.text.text()
    assert "CA Privas Centre Ardèche" in summary and "41\u00a0communes" in summary
    assert OFFICER in summary
    wizard_click(qtbot, assistant, QWizard.WizardButton.FinishButton)
    assert not assistant.isVisible()


# 2. the annuaire from a spreadsheet --------------------------------------------------------
def import_the_directory(qtbot, window, dialogs, tmp_path):
    steps = window.dashboard.first_steps
    assert window.stack.currentWidget() is window.dashboard
    assert steps.isVisible()
    assert [b.text() for b in steps.buttons] == [
        "Importer l'annuaire…",
        "Nouveau projet…",
        "Nouvelle réunion…",
    ]
    assert not steps.territory_line.isVisible()  # the assistant chose it
    sheet = tmp_path / "annuaire partenaires.csv"
    sheet.write_bytes(ANNUAIRE.encode("cp1252"))
    click(qtbot, steps.buttons[0])
    wizard = window.session.import_wizard
    qtbot.waitExposed(wizard)
    first = wizard.currentPage()
    dialogs.file_answers.append(str(sheet))
    click(qtbot, button_named(wizard, "Choisir…"))
    assert first.path.text() == str(sheet)
    wizard_click(qtbot, wizard, QWizard.WizardButton.NextButton)

    mapping = wizard.currentPage()
    assert "ligne 2" in mapping.note.text()
    chosen = {
        mapping.table.item(r, 0).text(): mapping.combos[r].currentText()
        for r in range(mapping.table.rowCount())
    }
    assert chosen["Raison sociale"] == "Structure : nom"
    assert chosen["SIRET"].startswith("Structure : SIRET")
    assert chosen["Contact"] == "Personne : prénom et nom"
    assert chosen["Fonction"].startswith("Fonction")
    # the phone and e-mail are the structure's, not the contact's: the officer says so
    assert chosen["Tél"] == "Personne : téléphone"
    for header, target in (("Tél", "Structure : téléphone"), ("Courriel", "Structure : e-mail")):
        row = next(
            r for r in range(mapping.table.rowCount()) if mapping.table.item(r, 0).text() == header
        )
        mapping.table.scrollToItem(mapping.table.item(row, 0))
        choose_shown(mapping.combos[row], target)
    wizard_click(qtbot, wizard, QWizard.WizardButton.NextButton)

    preview = wizard.currentPage()
    assert "3 lignes lues" in preview.summary.text(), preview.summary.text()
    problems = [
        [preview.problems.item(r, c).text() for c in range(preview.problems.columnCount())]
        for r in range(preview.problems.rowCount())
    ]
    assert problems == [], problems
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Importer"
    click(qtbot, commit)
    result = wizard.currentPage().text.text()
    assert result.startswith("Import terminé : 3 structures"), result
    wizard_click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def the_directory_shows_them(qtbot, window):
    click(qtbot, nav_item(window, "Annuaire"))
    page = window.organisations
    assert page.view.isVisible() and not page.empty_state.isVisible()
    assert shown_column(page.view, 0) == STRUCTURES  # in French order
    view = page.view
    cell = view.visualRect(view.model().index(0, 0))
    visible_in_window(view.viewport())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    shown = texts_in(page.detail)
    assert STRUCTURES[0] in shown
    assert "04 75 64 12 34" in shown  # as typed in the sheet, the French way
    assert "732 829 320 00074" in shown
    assert any(t.endswith(f"par {OFFICER}") for t in shown), shown  # never the login
    people = window.people
    assert people.model.total() == 2


# 3. a porteur's first accueil ---------------------------------------------------------------
def welcome_a_porteur(qtbot, window):
    click(qtbot, nav_item(window, "Porteurs & projets"))
    page = window.projects
    assert page.empty_state.isVisible()
    assert page.empty_label.text().startswith("Aucun projet pour l'instant")
    click(qtbot, page.empty_button)
    form = page.project_detail.form
    qtbot.waitExposed(form)
    assert form.windowTitle() == "Nouveau projet"
    assert form.referent.text() == OFFICER  # the officer, not the login
    type_text(qtbot, form.name, "Recyclerie du Coiron")

    def fill_new_person():
        dialog = modal()
        assert dialog.windowTitle() == "Nouvelle personne"
        type_text(qtbot, dialog.first_name, "Zoé")
        type_text(qtbot, dialog.last_name, "Nulpart")
        type_text(qtbot, dialog.phone, "06 12 34 56 78")
        type_text(qtbot, dialog.role, "porteuse")
        click(qtbot, button_named(dialog, "OK"))

    press(qtbot, form.holders.new_button, then=fill_new_person)
    assert form.holders.names() == ["Zoé Nulpart (nouvelle fiche dans l'annuaire) — porteuse"]
    # the accueil is written by hand below, with its notes: the box is unticked
    tick = form.log_welcome
    press(qtbot, tick)
    assert not tick.isChecked()
    with qtbot.waitSignal(form.saved):
        press(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    detail = page.project_detail
    assert detail.title_text() == "Recyclerie du Coiron"
    assert detail.holders_label.text() == "Porté par Zoé Nulpart"
    assert page.filters.count_label.text() == "1 projet"

    press(qtbot, detail.event_button)
    entry = detail.form
    qtbot.waitExposed(entry)
    assert entry.windowTitle() == "Nouvelle entrée du suivi"
    assert entry.kind.currentText() == "Accueil"
    date = entry.occurred_on
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "01092026")
    type_text(qtbot, entry.fields["subject"], "Premier accueil")
    type_text(qtbot, entry.fields["notes"], "Idée de recyclerie ; local à trouver à Privas.")
    picker = entry.people.picker
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), "nulpart")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    with qtbot.waitSignal(entry.saved):
        press(qtbot, entry.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not entry.isVisible()
    timeline = detail.timeline
    assert timeline.isVisible() and timeline.count() == 1
    head, title, notes, people = timeline.line(0)
    assert (head, title) == ("01/09/2026  ·  Accueil", "Premier accueil")
    assert people == "Rencontré·es : Zoé Nulpart"
    assert f"par {OFFICER}" in detail.footer.text()


# 4. a COPIL ------------------------------------------------------------------------------------
def plan_a_copil(qtbot, window):
    click(qtbot, nav_item(window, "Réunions"))
    page = window.meetings
    assert page.list.empty_state.isVisible()
    press(qtbot, page.new_button)
    form = page.form
    qtbot.waitExposed(form)
    choose_shown(form.fields["series_id"], "Nouvelle instance, à partir d'un modèle…")
    choose_shown(form.fields["kind"], "Comité de pilotage")
    assert "1. Approbation du compte rendu précédent" in form.template.text()
    when = form.fields["starts_at"]
    when.setFocus()
    qtbot.keyClicks(when, "15/10/2026 14h30")
    type_text(qtbot, form.fields["place"], "Salle du conseil, mairie de Privas")
    with qtbot.waitSignal(form.saved):
        press(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    workspace = page.workspace
    assert workspace.title_text().endswith("du 15 octobre 2026")
    agenda = workspace.agenda.list
    titles = [agenda.item(i).text().split("\n")[0] for i in range(agenda.count())]
    assert titles[0] == "1. Approbation du compte rendu précédent"

    open_tab(qtbot, workspace.tabs, "Présences (0)")
    attendance = workspace.attendance
    picker = attendance.person_picker
    assert attendance.summary.text() == "0 invité"
    for typed, count in (("lefevre", "1 invité"), ("garcon", "2 invités")):
        picker.setFocus()
        qtbot.keyClicks(picker.lineEdit(), typed)
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
        press(qtbot, attendance.invite_person_button)
        assert attendance.summary.text().startswith(f"{count} · "), attendance.summary.text()
    assert sorted(a.name for a in attendance.model.rows) == ["Hélène Lefèvre", "Loïc Garçon"]


# 5. leave every screen and come back ------------------------------------------------------------
def keys(qtbot, window, key) -> None:
    """Ctrl+<key> typed where the focus is, as the officer types it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keySequence(target, QKeySequence(f"Ctrl+{key}"))


def come_back_to_everything(qtbot, window):
    for key, section_title in ((3, "Annuaire"), (2, "Porteurs"), (6, "Rapports"),
                               (5, "Coopérations"), (4, "Réunions"), (1, "Tableau")):  # fmt: skip
        keys(qtbot, window, key)
        assert window.nav.currentItem().text().startswith(section_title)
        assert window.stack.currentIndex() == key - 1
    board = window.dashboard
    assert not board.first_steps.isVisible()  # a file with data shows its figures

    keys(qtbot, window, 2)
    page = window.projects
    assert page.model.total() == 1
    assert "Recyclerie du Coiron" in shown_row(page.view, 0)
    assert OFFICER in shown_row(page.view, 0)  # the référent column
    detail = page.project_detail
    assert detail.title_text() == "Recyclerie du Coiron"
    assert detail.timeline.line(0)[0] == "01/09/2026  ·  Accueil"
    assert f"par {OFFICER}" in detail.footer.text()

    keys(qtbot, window, 3)
    assert shown_column(window.organisations.view, 0) == STRUCTURES

    keys(qtbot, window, 4)
    meetings = window.meetings
    assert meetings.list.model.total() == 1
    row = " ".join(shown_row(meetings.list.view, 0))
    assert "15/10/2026" in row and "Comité de pilotage" in row
    names = sorted(a.name for a in meetings.workspace.attendance.model.rows)
    assert names == ["Hélène Lefèvre", "Loïc Garçon"]


def sections_ready(window) -> None:
    """A blocking modal left open would swallow every later click."""
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)], ids=["1280x800", "1024x600"])
def test_a_newcomers_first_day(qtbot, dialogs, tmp_path, profile, size, monkeypatch):
    # the screen is that size too: dialogs that size themselves to the screen must fit it
    screen = QRect(0, 0, *size)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    create_the_file(qtbot, window, dialogs, tmp_path)
    import_the_directory(qtbot, window, dialogs, tmp_path)
    the_directory_shows_them(qtbot, window)
    welcome_a_porteur(qtbot, window)
    plan_a_copil(qtbot, window)
    come_back_to_everything(qtbot, window)
    sections_ready(window)
    assert not [m for m in dialogs.messages if m[0] in ("critical", "warning")], dialogs.messages
    window.close()
