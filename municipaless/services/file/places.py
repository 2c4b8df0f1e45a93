"""Where the app keeps its own files (platformdirs), and who the officer is.

platformdirs and getpass are imported when first asked: the window imports this module for
FILE_SUFFIX before it shows, and they cost ~15 ms there (`make bench`, cold start).
"""

from pathlib import Path

APP_DIR_NAME = "MunicipalESS"
FILE_SUFFIX = ".municipaless"


def data_dir() -> Path:
    """The user's data folder: the demo territory and automatic backups live here."""
    import platformdirs

    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def default_demo_path() -> Path:
    return data_dir() / f"territoire-de-demonstration{FILE_SUFFIX}"


def officer_name() -> str:
    """Name written in ``updated_by``, the journal and the presence lock: the officer's name
    from their profile on this PC (services/file/officer.py), else the computer login."""
    from municipaless.services.file.officer import load_profile

    return load_profile().name or login_name()


def login_name() -> str:
    import getpass  # imported when first needed: the window's start-up does not pay for it

    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return "agent"
