"""The window's sections, in navigation order, and how each page is built on first use.

Pages are built lazily (their modules imported then) to keep them out of the cold start; the
window keeps what ties pages together (opening a record elsewhere, re-reading after a write).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

DASHBOARD, PROJECTS, DIRECTORY, MEETINGS, COOPERATION, REPORTS = range(6)
WELCOME = 6

NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "Project holders & projects"),
    QT_TRANSLATE_NOOP("MainWindow", "Directory"),
    QT_TRANSLATE_NOOP("MainWindow", "Meetings"),
    QT_TRANSLATE_NOOP("MainWindow", "Cooperation"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
)
ICONS = (
    "nav-dashboard",
    "nav-projects",
    "nav-directory",
    "nav-meetings",
    "nav-cooperation",
    "nav-reports",
)


def build_page(section: int) -> QWidget:
    """The page of ``section``; the window wires its signals (``MainWindow._wire``)."""
    if section in (PROJECTS, DIRECTORY):  # the privacy lines on people and projects
        from municipaless.ui.privacy.notice_actions import install

        install()
    from municipaless.ui.cooperation import extras
    from municipaless.ui.file import history_dialog

    history_dialog.install()  # « Historique… » under every record
    extras.install()  # a structure's collectifs on its card, wherever the card shows
    if section == DASHBOARD:
        from municipaless.ui.dashboard.page import Dashboard

        page = Dashboard()
    elif section == PROJECTS:
        from municipaless.ui.casework.page import ProjectsPage

        page = ProjectsPage()  # list, filters and the project's tabs
    elif section == DIRECTORY:
        from municipaless.ui.directory.page import DirectoryPage

        page = DirectoryPage()  # Structures and Personnes tabs
    elif section == MEETINGS:
        from municipaless.ui.meetings.page import MeetingsPage

        page = MeetingsPage()  # meetings + workspace, actions, decisions
    elif section == COOPERATION:
        from municipaless.ui.cooperation.page import CooperationPage

        page = CooperationPage()  # enjeux, calls, collectifs, ateliers
    else:
        from municipaless.ui.reports.page import ReportsPage

        page = ReportsPage()
    return page
