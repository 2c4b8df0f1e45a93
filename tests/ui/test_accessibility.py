"""The accessibility walk (issue #17): every section, tab, record dialog and main dialog of the
window on the demo-like small file; every input has an accessible name, no widget stylesheet
writes a colour literally, and every colour the theme gives text reaches 4.5:1 on the light and
on the dark palette.

Walked: the five sections and every tab in them (a row selected so detail panes show), then
every action of the File menu and of each section's toolbars and buttons that opens a dialog
(Paramètres du territoire, Sauvegardes, Données personnelles, Importer, Fusionner, Guide des
structures, Nouveau…/Modifier… forms, séries, planification…): a modal dialog is walked and
rejected by a timer, a non-modal one right after the action. ``WALKED`` lists what was seen.
"""

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from municipaless.ui.common import accessible, theme
from tests.ui.accessibility import (
    literal_colours,
    offenders,
    rich_text_colours,
    tab_order_jumps,
)

# Actions never triggered by the walk: they leave the file, write, or delete.
_SKIP = (
    "quitter",
    "fermer",
    "supprimer",
    "effacer",
    "restaurer",
    "nouveau fichier",
    "ouvrir…",
    "démonstration",
    "envoyer",
    "retirer",
    "annuler la fusion",
    "marquer",
    "fait",
    "abandonn",
    "approuver",
    "diffuser",
    "ouvrir le fichier",
    "copier",
    "rafraîchir",
    "exporter",
    "imprimer",
    "vcard",
    "registre",
    "récents",
    "vider",
    "à propos",
    "statut",
    "en vigueur",
    "caduque",
    "remplacée",
    "(word)",
    "(pdf)",
    "(libreoffice)",
    "word…",
    "pdf…",
    "libreoffice…",
    "(agenda)",
    "(.ics)",
    "excel",
    "csv",
)


class Walk:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.found: list = []
        self.colours: list[str] = []
        self.walked: list[str] = []
        self.buttons: dict[str, list[str]] = {}
        self.jumps: list[str] = []  # dialog -> its button box, default marked

    def visit(self, widget: QWidget, where: str) -> None:
        self.walked.append(where)
        if isinstance(widget, QDialog):
            self.jumps += tab_order_jumps(widget, where)
            self.buttons[where] = [
                ("*" if b.isDefault() else "") + b.text()
                for box in widget.findChildren(QDialogButtonBox)
                for b in box.buttons()
                if b.isVisible()
            ]
        self.found += offenders(widget, where)
        self.colours += literal_colours(widget, where) + rich_text_colours(widget, where)

    def visit_tabs(self, widget: QWidget, where: str) -> None:
        """Visit ``widget`` with each tab of each of its tab widgets shown in turn."""
        self.visit(widget, where)
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                self.qtbot.wait(5)
                self.visit(tabs.widget(i), f"{where} ▸ {tabs.tabText(i)}")

    def _dialogs(self) -> set:
        return {
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        }

    def trigger(self, run, where: str, page: QWidget | None = None) -> None:
        """Run an action; walk the dialog it opens (modal or not), then close it."""
        before = self._dialogs()
        seen: list[str] = []

        def close_modal():
            popup = QApplication.activePopupWidget()
            if popup is not None:
                popup.close()
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QDialog) and modal not in before:
                label = f"{where} ({modal.windowTitle()})"
                seen.append(label)
                self.visit_tabs(modal, label)
                modal.reject()
            else:
                timer.start(20)

        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(close_modal)
        timer.start(20)
        run()
        timer.stop()
        self.qtbot.wait(10)
        opened = self._dialogs() - before
        for dialog in opened:
            label = f"{where} ({dialog.windowTitle()})"
            self.visit_tabs(dialog, label)
            dialog.reject()
            dialog.close()
        if not opened and not seen and page is not None:  # shown in place (a meeting opened)
            self.visit(page, where)
        self.qtbot.wait(5)


def _still_there(obj, run):
    """A trigger that does nothing once an earlier action rebuilt the widget away (a detail
    pane re-made for the record shown, an empty list's button gone)."""

    def guarded():
        if shiboken6.isValid(obj):
            run()

    return guarded


def _actions_of(widget: QWidget) -> list[tuple[str, object]]:
    """(text, trigger) of the enabled, visible actions and text buttons under ``widget``."""
    found = []
    for action in widget.findChildren(QAction):
        text = action.text().replace("&", "")
        if text and action.isEnabled() and action.isVisible() and not action.menu():
            found.append((text, _still_there(action, action.trigger)))
    for button in widget.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if text and button.isVisible() and button.isEnabled() and not button.isCheckable():
            if getattr(button, "menu", lambda: None)() is not None:
                continue
            found.append((text, _still_there(button, button.click)))
    return [(t, run) for t, run in found if not any(s in t.lower() for s in _SKIP)]


def _select_first_rows(page: QWidget, qtbot) -> None:
    for view in page.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
            if view.currentIndex().isValid():
                continue
            view.setCurrentIndex(view.model().index(0, 0))
    qtbot.wait(20)


@pytest.fixture
def walk(qtbot, qapp):
    """The app as ``create_application`` sets it up: theme and accessible names."""
    theme.apply(qapp)
    accessible.install(qapp)
    yield Walk(qtbot)
    theme.reset(qapp)


def _explore(walk: Walk, page: QWidget, name: str, qtbot) -> None:
    """Visit ``page`` in each state of its tabs and trigger every action shown in each; an
    action may reveal more (a meeting opened), so three rounds."""
    done: set[str] = set()
    for _ in range(3):
        _select_first_rows(page, qtbot)
        states: list = [(None, 0)]
        for tabs in [page, *page.findChildren(QTabWidget)]:
            if not isinstance(tabs, QTabWidget):
                continue
            if tabs.isVisible():
                states += [(tabs, i) for i in range(tabs.count())]
        for tabs, i in states:
            where = name
            if tabs is not None:
                if not tabs.isVisible():
                    continue
                tabs.setCurrentIndex(i)
                _select_first_rows(page, qtbot)
                where = f"{name} ▸ {tabs.tabText(i)}"
            if where not in walk.walked:
                walk.visit(page, where)
            for text, run in _actions_of(page):
                if text not in done:
                    done.add(text)
                    walk.trigger(run, f"{where} ▸ {text}", page)


def test_every_screen_and_dialog_names_its_inputs(walk, window, qtbot):
    window.resize(1280, 800)
    walk.visit(window, "fenêtre")
    for section in range(window.nav.count()):
        window.show_section(section)
        qtbot.wait(20)
        _explore(walk, window.stack.currentWidget(), window.nav.item(section).text(), qtbot)
    for text, run in _actions_of(window.menuBar()):
        walk.trigger(run, f"Fichier ▸ {text}")
    print("\n".join(f"{k}: {v}" for k, v in walk.buttons.items()))
    print("\n".join(walk.jumps))
    assert len(walk.walked) > 40
    assert not walk.found, f"{len(walk.found)} inputs without a name:\n" + "\n".join(
        map(str, walk.found)
    )
    assert not walk.colours, "\n".join(walk.colours)
    assert not walk.jumps, "Tab goes back up:\n" + "\n".join(walk.jumps)


def test_the_start_names_the_window_once_it_is_painted(qapp, qtbot, monkeypatch):
    """main() watches only its window while it is built (an application-wide filter cost the
    cold start ~40 ms), then names what the window shows right after its first paint, before
    anyone can reach an input, and every window shown later as before."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    monkeypatch.setattr(accessible, "_namer", None)
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit()
    field.setPlaceholderText("Rechercher une structure")
    QVBoxLayout(window).addWidget(field)
    accessible.install_after_first_paint(qapp, window)
    window.show()
    assert accessible._namer is None  # nothing watches the application yet
    qtbot.waitUntil(lambda: field.accessibleName() == "Rechercher une structure", timeout=900)
    namer = accessible._namer
    assert namer is not None  # from now on every window shown is named
    qapp.removeEventFilter(namer)
    namer.deleteLater()


@pytest.mark.parametrize("dark", [False, True], ids=["clair", "sombre"])
def test_every_text_colour_reaches_4_5_to_1(qapp, dark):
    palette = theme.dark_palette() if dark else qapp.style().standardPalette()
    assert theme.is_dark(palette) is dark
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    colours = theme.colours(palette)
    for role in theme.TEXT_ROLES:
        for background in (window, base):
            ratio = theme.contrast_ratio(colours[role], background)
            assert ratio >= 4.5, (role, colours[role].name(), background.name(), ratio)
    for role in theme.GRAPHIC_ROLES:
        assert theme.contrast_ratio(colours[role], window) >= 3.0, role
    for kind in theme.BANNERS:
        text, background = theme.banner_colours(kind, palette)
        assert theme.contrast_ratio(text, background) >= 4.5, kind


def test_a_system_palette_switch_restyles_the_tones(qapp, qtbot):
    """The application stylesheet follows ApplicationPaletteChange: a dark system theme gets
    light tones, readable on it."""
    from PySide6.QtWidgets import QLabel

    theme.apply(qapp, qapp.style().standardPalette())
    try:
        label = QLabel("En retard")
        qtbot.addWidget(label)
        theme.set_tone(label, "overdue")
        label.show()
        light = label.palette().color(QPalette.ColorRole.WindowText)
        qapp.setPalette(theme.dark_palette())  # what the desktop does on a theme switch
        qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.WindowText) != light)
        dark = label.palette().color(QPalette.ColorRole.WindowText)
        assert dark == theme.colour("overdue", theme.dark_palette())
        window = theme.dark_palette().color(QPalette.ColorRole.Window)
        assert theme.contrast_ratio(dark, window) >= 4.5
        assert theme.contrast_ratio(light, window) < 4.5  # the light tone would not do
    finally:
        theme.reset(qapp)


def test_painted_views_say_their_content_in_words(qtbot):
    """The bar chart's values and a timeline card (overdue said in words) reach assistive
    technologies as text."""
    import datetime as dt
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from municipaless.ui.casework.timeline_view import TimelineView
    from municipaless.ui.dashboard.bar_chart import BarChart

    chart = BarChart("Projets suivis par étape")
    qtbot.addWidget(chart)
    chart.set_data(["Émergence", "Création"], [("2026", [3, 1])], lambda v: f"{v:g}")
    assert chart.accessibleName() == "Projets suivis par étape"
    assert "Émergence : 3" in chart.accessibleDescription()
    assert "Création : 1" in chart.accessibleDescription()
    view = TimelineView()
    qtbot.addWidget(view)
    entry = SimpleNamespace(
        on=dt.date(2026, 3, 4).isoformat(),
        kind_label="Relance",
        extra="",
        people=[],
        organisations=[],
        title="Rappeler la banque",
        detail="",
        source="follow_up",
        row_id="x",
        overdue=True,
    )
    view.show_entries([entry])
    text = view.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Rappeler la banque" in text and "en retard" in text
    assert view.accessibleName() == "Chronologie"


def test_no_colour_is_written_literally_in_the_screens():
    """Colours come from theme roles: a literal ignores the dark palette. The printed document
    (print_document.py: paper is white), the theme itself and the ink icons.py swaps are the
    exceptions."""
    import re
    from pathlib import Path

    import municipaless.ui as ui

    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\d|Qt\.GlobalColor\.(?!transparent)")
    allowed = {"theme.py", "print_document.py", "icons.py"}  # icons: the SVG ink swapped
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in Path(ui.__file__).parent.rglob("*.py")
        if path.name not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert not found, "\n".join(found)


def test_a_form_field_is_named_by_its_label_and_describes_its_error(window, qtbot):
    from municipaless.ui.shell.main_window import DIRECTORY

    window.show_section(DIRECTORY)
    form = window.organisations.new_record()
    qtbot.waitExposed(form)
    name, email = form.fields["name"], form.fields["email"]
    assert name.accessibleName() == "Nom"  # « Nom * » without its star
    caption = [label for label in form.findChildren(QLabel) if label.buddy() is name]
    assert [label.text() for label in caption] == ["Nom *"]
    name.setText("Épicerie test")
    email.setText("pas-un-email")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "@" in email.accessibleDescription()  # the message under the field, read with it
    error = form.findChild(QLabel, "error_email")
    assert error.property("tone") == "error" and error.isVisible()
    form.reject()
