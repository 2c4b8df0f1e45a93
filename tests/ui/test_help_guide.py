"""« Aide ▸ Guide d'utilisation »: the pages shipped, their links and images, F1 per section."""

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument

from municipaless.core.paths import resources_dir
from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.help_guide import (
    HOME,
    PAGES,
    SECTION_PAGES,
    guide_dir,
    page_path,
    page_title,
)
from municipaless.ui.shell.main_window import DASHBOARD, REPORTS

ROOT = Path(__file__).parents[2]
LINK = re.compile(r'(?:href|src)="([^"]+)"')
ANCHOR = re.compile(r'id="([^"]+)"')


def _html(stem: str) -> str:
    return page_path(stem).read_text("utf-8")


def _targets(stem: str) -> list[str]:
    return LINK.findall(_html(stem))


def test_the_guide_ships_inside_the_package():
    assert guide_dir() == resources_dir() / "guide"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["resources"] == "municipaless/resources"  # the guide goes with it
    on_disk = {p.stem for p in guide_dir().glob("*.html")}
    assert on_disk == set(PAGES)  # no page left out of the list, none listed but missing


@pytest.mark.parametrize("stem", PAGES)
def test_every_link_and_image_of_a_page_resolves(stem):
    html = _html(stem)
    assert page_title(html), "a page names itself in <title>"
    targets = _targets(stem)
    assert targets
    for target in targets:
        assert not re.match(r"[a-z]+:", target), f"{stem}: {target} leaves the guide"
        path, _, anchor = target.partition("#")
        file = guide_dir() / path if path else page_path(stem)
        assert file.is_file(), f"{stem}: {target} is missing"
        if anchor:
            assert anchor in ANCHOR.findall(file.read_text("utf-8")), f"{stem}: #{anchor}"


def test_every_task_page_is_reachable_from_the_first_steps():
    linked = {t.partition("#")[0].removesuffix(".html") for t in _targets(HOME)}
    assert set(PAGES) - {HOME} <= linked


def test_screenshots_are_small_and_each_is_used():
    images = sorted((guide_dir() / "img").glob("*.png"))
    used = {t for stem in PAGES for t in _targets(stem) if t.startswith("img/")}
    assert {f"img/{p.name}" for p in images} == used
    assert sum(p.stat().st_size for p in images) <= 2_000_000
    for path in images:
        image = QImage(str(path))
        assert not image.isNull() and image.width() <= 900, path.name


def _press_f1(qtbot, window):
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.HelpContents))
    assert window.guide is not None and window.guide.isVisible()
    return window.guide


@pytest.mark.parametrize("section", range(DASHBOARD, REPORTS + 1))
def test_f1_opens_the_page_of_the_section_in_view(qtbot, window, section):
    window.show_section(section)
    guide = _press_f1(qtbot, window)
    stem, _, anchor = SECTION_PAGES[section].partition("#")
    assert guide.current_page() == stem
    assert guide.browser.source().fragment() == anchor
    if anchor:  # scrolled down to the section's part of the page
        qtbot.waitUntil(lambda: guide.browser.verticalScrollBar().value() > 0)
    assert guide.browser.documentTitle() == page_title(_html(stem))
    assert guide.pages.currentItem().text() == page_title(_html(stem))
    assert page_title(_html(stem)) in guide.windowTitle()


def test_f1_without_a_file_opens_the_first_steps(qtbot):
    from municipaless.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert _press_f1(qtbot, win).current_page() == HOME
    win.close()


def test_the_menu_entry_opens_the_guide(window):
    window.menus.action(FileAction.GUIDE).trigger()
    assert window.guide.isVisible()
    assert window.menus.action(FileAction.GUIDE).text() == "&Guide d'utilisation"


@pytest.mark.parametrize("stem", PAGES)
def test_every_image_of_a_page_loads_in_the_viewer(window, stem):
    window.show_guide(stem)
    browser = window.guide.browser
    doc = browser.document()
    sources = [t for t in _targets(stem) if t.startswith("img/")]
    for src in sources:
        image = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
        assert isinstance(image, QImage | QPixmap) and not image.isNull(), src


def test_screenshots_shrink_to_a_narrow_viewer(qtbot, window):
    window.show_guide("partager-le-fichier")
    guide = window.guide
    guide.resize(600, 500)
    qtbot.waitUntil(lambda: guide.browser.viewport().width() < 500)
    doc = guide.browser.document()
    widths = []
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            image_format = iterator.fragment().charFormat().toImageFormat()
            if image_format.isValid():
                widths.append(image_format.width())
            iterator += 1
        block = block.next()
    assert widths and max(widths) <= guide.browser.viewport().width()


def test_links_back_forward_and_nothing_leaves_the_guide(window):
    window.show_guide(HOME)
    guide = window.guide
    guide.browser.anchorClicked.emit(QUrl("orienter.html"))
    assert guide.current_page() == "orienter"
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    guide.browser.anchorClicked.emit(QUrl("../translations/municipaless_fr.ts"))
    assert guide.current_page() == "orienter"
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert guide.current_page() == HOME
    guide.forward_button.click()
    assert guide.current_page() == "orienter"
    guide.pages.itemClicked.emit(guide.pages.item(PAGES.index("bilan-du-conseil")))
    assert guide.current_page() == "bilan-du-conseil"


def test_search_keeps_the_pages_holding_every_word(window):
    window.show_guide(HOME)
    guide = window.guide
    guide.search.setText("emargement COPIL")  # no accent typed: found anyway
    shown = [
        guide.pages.item(r).data(256)
        for r in range(guide.pages.count())
        if not guide.pages.item(r).isHidden()
    ]
    assert shown == ["preparer-un-copil"]
    guide.search.clear()
    assert not any(guide.pages.item(r).isHidden() for r in range(guide.pages.count()))
