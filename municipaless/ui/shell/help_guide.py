"""« Aide ▸ Guide d'utilisation » (F1): the French task pages shipped in ``resources/guide/``.

A non-modal window: the pages on the left, a ``QTextBrowser`` on the right (HTML pages and
their PNG screenshots read from disk: no web engine, no network), back, forward, and a search
that keeps the pages holding every word typed. Links between pages resolve relative to the page
shown; a link leaving the guide (http, mailto) is never followed. The window asks for the page
of the section in view (``SECTION_PAGES``).
"""

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextFragment,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.paths import resources_dir
from municipaless.core.text import fold

# The pages, in reading order (file stem under resources/guide/).
PAGES = (
    "premiers-pas",
    "accueillir-un-porteur",
    "orienter",
    "preparer-un-copil",
    "compte-rendu",
    "cooperer",
    "bilan-du-conseil",
    "partager-le-fichier",
)
HOME = PAGES[0]
# The page (and anchor) F1 opens for each section, in navigation order; then the welcome page.
SECTION_PAGES = (
    "premiers-pas#tableau-de-bord",
    "accueillir-un-porteur",
    "premiers-pas#annuaire",
    "preparer-un-copil",
    "cooperer",
    "bilan-du-conseil",
    "premiers-pas",
)
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def guide_dir() -> Path:
    """Shipped with the package (resources/ is force-included in the wheel: core/paths.py)."""
    return resources_dir() / "guide"


def page_path(stem: str) -> Path:
    return guide_dir() / f"{stem}.html"


def page_title(html: str) -> str:
    found = _TITLE.search(html)
    return unescape(found.group(1).strip()) if found else ""


def page_words(html: str) -> str:
    """The page's text, folded, for the search."""
    return fold(unescape(_TAGS.sub(" ", html)))


class GuideBrowser(QTextBrowser):
    """A browser whose screenshots shrink to its width (a narrow screen scrolls no sideways)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        room = max(200, self.viewport().width() - 40)
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image_format.isValid():
                    self._fit(fragment, image_format, room)
                iterator += 1
            block = block.next()

    def _fit(self, fragment: QTextFragment, image_format: QTextImageFormat, room: int) -> None:
        image = self.document().resource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(image_format.name())
        )
        natural = image.width() if isinstance(image, QImage | QPixmap) else 0
        width = min(natural, room)
        if natural <= 0 or int(image_format.width()) == width:
            return
        image_format.setWidth(width)
        image_format.setHeight(image.height() * width / natural)
        cursor = QTextCursor(self.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)


class GuideWindow(QWidget):
    """The guide: page list, browser, back / forward, search."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("User guide — MunicipalESS"))
        self.resize(1120, 760)
        self.texts: dict[str, str] = {}  # stem → folded words
        self.pages = QListWidget()
        self.pages.setObjectName("guidePages")
        self.pages.setSpacing(3)
        self.pages.setWordWrap(True)
        for stem in PAGES:
            html = page_path(stem).read_text("utf-8") if page_path(stem).is_file() else ""
            self.texts[stem] = page_words(html)
            item = QListWidgetItem(page_title(html) or stem)
            item.setData(Qt.ItemDataRole.UserRole, stem)
            self.pages.addItem(item)
        self.pages.itemClicked.connect(
            lambda item: self.show_page(item.data(Qt.ItemDataRole.UserRole))
        )

        self.browser = GuideBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)  # links inside the guide only (see _follow)
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._source_changed)

        self.back_button = self._button("←", self.tr("Back"), QKeySequence.StandardKey.Back)
        self.forward_button = self._button(
            "→", self.tr("Forward"), QKeySequence.StandardKey.Forward
        )
        self.home_button = self._button("⌂", self.tr("First steps"), None)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_page(HOME))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.search = QLineEdit()
        self.search.setObjectName("guideSearch")
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._find_in_page)

        top = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.search)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 870])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Never larger than the screen (a 1024×600 laptop)."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(
                min(self.width(), room.width() - 40), min(self.height(), room.height() - 60)
            )
        super().showEvent(event)

    def _button(self, text: str, tip: str, key: QKeySequence.StandardKey | None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        if key is not None:
            button.setShortcut(QKeySequence(key))
            tip = f"{tip} ({button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # navigation --------------------------------------------------------------------------
    def show_page(self, target: str) -> None:
        """``target`` is a page stem, with an optional ``#anchor``."""
        stem, _, anchor = target.partition("#")
        url = QUrl.fromLocalFile(str(page_path(stem)))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _follow(self, url: QUrl) -> None:
        """A link: another page of the guide (or an anchor); anything leaving it is ignored."""
        if url.scheme() not in ("", "file"):
            return
        resolved = self.browser.source().resolved(url)
        path = Path(resolved.toLocalFile())
        if path.suffix == ".html" and path.parent == guide_dir() and path.is_file():
            self.browser.setSource(resolved)

    def _source_changed(self, url: QUrl) -> None:
        self.browser.fit_images()
        stem = Path(url.toLocalFile()).stem  # source() still names the previous page here
        self.setWindowTitle(
            self.tr("{page} — User guide").format(page=self.browser.documentTitle() or stem)
        )
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == stem:
                self.pages.blockSignals(True)
                self.pages.setCurrentItem(item)
                self.pages.blockSignals(False)

    # search ------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        """Keep the pages holding every word typed (accents and case ignored)."""
        words = fold(text).split()
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            words_of_page = self.texts.get(item.data(Qt.ItemDataRole.UserRole), "")
            item.setHidden(not all(word in words_of_page for word in words))

    def _find_in_page(self) -> None:
        """Enter: the next occurrence in the page shown (from the top when none is left)."""
        text = self.search.text().strip()
        if text and not self.browser.find(text):
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            self.browser.find(text)
