"""The screenshots of the user guide (resources/guide/img/), taken from the real window: ``make
guide-shots``.

Opens a fresh small demo territory (fixed seed and date, so two runs show the same records)
offscreen at 1280×800 in French, walks to each screen the guide's pages show and saves a PNG of
the window or of the dialog (``QWidget.grab()``), framed by a grey line and scaled to at most 780
pixels wide (the viewer shrinks it further on a small screen). Settings, recent files and
backups go to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guide" / "img"
TODAY = dt.date(2026, 11, 20)
MAX_WIDTH = 780
sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed one


def _settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait(app, seconds: float) -> None:
    """Let the background jobs (the dashboard's figures and follow-ups) finish and paint."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


class Shots:
    def __init__(self, out: Path):
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        self.tmp = Path(tempfile.mkdtemp(prefix="guide-shots-"))
        os.environ["XDG_DATA_HOME"] = str(self.tmp / "data")  # backups out of the user's
        os.environ["XDG_CONFIG_HOME"] = str(self.tmp / "config")
        os.environ["LOGNAME"] = "Camille"  # the referent shown in forms, not the login
        self.app = QApplication.instance() or QApplication([])
        self.app.setOrganizationName("MunicipalESS-guide")
        self.app.setApplicationName("MunicipalESS-guide")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.tmp / "cfg")
        )
        from municipaless.ui.shell.app import install_translators

        self.translators = install_translators(self.app, "fr")
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def save(self, widget, name: str, crop=None) -> None:
        """``widget`` grabbed (``crop``: a QRect of it), scaled down to MAX_WIDTH."""
        from PySide6.QtCore import Qt

        _settle(self.app)
        pixmap = widget.grab(crop) if crop is not None else widget.grab()
        if pixmap.width() > MAX_WIDTH:
            pixmap = pixmap.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = self.out / f"{name}.png"
        _write_small_png(pixmap, path)
        self.saved.append(path)

    def menu(self, window, menu, name: str) -> None:
        """A menu drawn open over the window's corner (offscreen has no popups to grab)."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QPainter

        menu.popup(window.mapToGlobal(QPoint(0, 0)))
        _settle(self.app)
        shot = window.grab()
        painter = QPainter(shot)
        x = window.menuBar().actionGeometry(menu.menuAction()).x()
        y = window.menuBar().height()
        painter.drawPixmap(x, y, menu.grab())
        painter.end()
        menu.hide()
        height = min(shot.height(), y + menu.height() + 40)
        width = min(shot.width(), max(640, x + menu.width() + 320))
        cropped = shot.copy(QRect(0, 0, width, height))
        label = _Holder(cropped)
        self.save(label, name)


def _write_small_png(pixmap, path: Path) -> None:
    """256 colours without dithering (a screen has few: text stays crisp), optimised: a window
    shot weighs ~60 Kio instead of ~200."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QPainter

    pixmap = pixmap.copy()  # the frame: a shot must not melt into the page around it
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.toImage().save(buffer, "PNG")
    image = Image.open(BytesIO(bytes(buffer.data()))).convert("RGB")
    small = image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, "PNG", optimize=True)


class _Holder:
    """A pixmap standing in for a widget in ``Shots.save``."""

    def __init__(self, pixmap):
        self.pixmap = pixmap

    def grab(self, *_args):
        return self.pixmap


def first_row(page, matches: Callable[[str], bool], column: int = 1) -> str | None:
    """The id of the first loaded row whose ``column`` text matches."""
    model = page.model
    for row in range(model.rowCount()):
        if matches(str(model.index(row, column).data() or "")):
            return model.row_id(row)
    return None


def take(out: Path = OUT) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shots = Shots(out)
    from municipaless.services import demo
    from municipaless.ui.shell.main_window import (
        DASHBOARD,
        DIRECTORY,
        MEETINGS,
        PROJECTS,
        REPORTS,
        MainWindow,
    )

    path = shots.tmp / "Territoire de démonstration.municipaless"
    demo.generate(path, "small", seed=1, officer="Démo", today=TODAY)
    window = MainWindow(demo_path=lambda: path)
    window.resize(1280, 800)
    window.show()
    app = shots.app
    shots.save(window, "accueil")
    assert window.open_path(path), "the demo did not open"
    territory = window.territory
    window.path_label.setText(path.name)  # not the temporary folder

    # Premiers pas: the dashboard, the territory's settings, the import, the annuaire.
    window.show_section(DASHBOARD)
    _wait(app, 4)
    shots.save(window, "tableau-de-bord")
    shots.menu(window, window.menus.recent_menu.parentWidget(), "menu-fichier")
    from municipaless.ui.file.territory_assistant import TerritoryAssistant

    assistant = TerritoryAssistant(territory, window)
    assistant.show()
    assistant.territory_page.search.setText("privas centre")
    assistant.territory_page.run_search()
    assistant.territory_page.choose(assistant.territory_page.results.item(0))
    shots.save(assistant, "assistant-territoire")
    assistant.reject()
    from municipaless.ui.directory.import_wizard import ImportWizard

    sheet = shots.tmp / "structures.csv"  # what a partner's spreadsheet looks like
    sheet.write_text(
        "Nom;Sigle;Type;Code postal;Commune;Téléphone;Courriel\n"
        "Couveuse Ardèche Entreprendre;CAE07;Accompagnement;07000;Privas;04 75 00 00 01;"
        "contact@couveuse.example\n"
        "Réseau des ressourceries;;Réseau;26000;Valence;04 75 00 00 02;bonjour@reseau.example\n"
        "Fondation du territoire;;Financeur;07200;Aubenas;;dons@fondation.example\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(territory, window)
    wizard.resize(760, 520)
    wizard.show()
    wizard.currentPage().path.setText(str(sheet))
    wizard.next()  # the file is read on a worker
    _wait(app, 3)
    shots.save(wizard, "import-annuaire")
    wizard.close()
    window.show_section(DIRECTORY)
    organisations = window.organisations
    organisations.show_record(first_row(organisations, lambda text: "Adie" in text, 0) or "")
    row = organisations.model.row_id(2) if organisations.model.rowCount() > 2 else None
    if row and organisations.current_id() is None:
        organisations.show_record(row)
    shots.save(window, "annuaire")

    # Accueillir un porteur: the list, the new project form, the project's timeline.
    window.show_section(PROJECTS)
    projects = window.projects
    shots.save(window, "projets")
    projects.new_button.click()
    form = projects.project_detail.form
    shots.save(form, "nouveau-projet")
    form.reject()
    _settle(app)
    active = first_row(projects, lambda _t: True) or ""
    projects.show_record(active)
    detail = projects.project_detail
    shots.save(window, "fiche-projet")
    detail.event_button.click()
    shots.save(detail.form, "nouvelle-entree")
    detail.form.reject()
    _settle(app)

    # Orienter: the Orientations tab and the dialog.
    from municipaless.ui.casework.project_detail import REFERRALS

    detail.tabs.setCurrentIndex(REFERRALS)
    shots.save(window, "orientations")
    detail.referrals.refer_button.click()
    shots.save(detail.referrals.form, "orienter")
    detail.referrals.form.reject()
    _settle(app)

    # Préparer un COPIL: the meetings, a future COPIL's workspace, the new meeting form.
    window.show_section(MEETINGS)
    meetings = window.meetings
    meetings.new_button.click()
    shots.save(meetings.form, "nouvelle-reunion")
    meetings.form.reject()
    _settle(app)
    meeting_list = meetings.list
    meetings.open_meeting(meeting_list.model.row_id(0))  # the latest: still to come
    shots.save(window, "reunion-a-venir")
    copil = first_row(meeting_list, lambda text: "pilotage" in text.lower())
    meetings.open_meeting(copil or meeting_list.model.row_id(0))  # held: its minutes circulated

    # Le compte rendu: attendance, decisions and actions, the export menu.
    workspace = meetings.workspace
    workspace.tabs.setCurrentIndex(1)
    shots.save(window, "presences")
    workspace.tabs.setCurrentIndex(2)
    shots.save(window, "decisions-actions")
    workspace.tabs.setCurrentIndex(0)
    menu = workspace.export_button.menu()
    from PySide6.QtCore import QPoint, QRect

    _settle(app)
    shot = window.grab()
    from PySide6.QtGui import QPainter

    corner = workspace.export_button.mapTo(window, QPoint(0, workspace.export_button.height()))
    menu.adjustSize()
    painter = QPainter(shot)
    menu_shot = menu.grab()
    x = min(corner.x(), shot.width() - menu_shot.width())
    painter.drawPixmap(x, corner.y(), menu_shot)
    painter.end()
    left = max(0, x - 420)
    shots.save(
        _Holder(shot.copy(QRect(left, 0, shot.width() - left, 560))), "exporter-compte-rendu"
    )

    # Le bilan pour le conseil.
    window.show_section(REPORTS)
    shots.save(window, "bilan")

    # Les raccourcis and the guide itself are shown by the app: no shot needed.
    window.close()
    _settle(app)
    return shots.saved


def main() -> int:
    saved = take()
    total = sum(p.stat().st_size for p in saved)
    for path in saved:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} Kio")
    print(f"{len(saved)} images, {total // 1024} Kio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
