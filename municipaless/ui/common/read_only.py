"""The one sentence every disabled editing control shows on a read-only file.

Its own small module: the window's start-up needs it (menus, status) and must not pull the
editing kit (and babel behind core.formats) in with it.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def read_only_text(territory: Any) -> str:
    """ "" when the officer may write to the open file (or none is open); else why not."""
    if territory is None or not territory.read_only:
        return ""
    reason = territory.read_only_reason or translate("ReadOnly", "this file is open read-only")
    return translate("ReadOnly", "Read-only: {reason}").format(reason=reason)
