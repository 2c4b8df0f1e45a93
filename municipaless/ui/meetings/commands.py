"""What the buttons of a meeting's header do: close the meeting, the compte rendu's
lifecycle (diffuser, approuver — at the next meeting of the series when it has started —,
nouvelle version), the header form, the next meeting, and the exports on a worker.

Functions over the workspace (meeting_workspace.py) rather than its methods, to keep each
module small; their strings keep the workspace's translation context.
"""

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.common.print_preview import print_action
from municipaless.ui.editing import show_storage_error

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def build_buttons(ws) -> None:
    """The header's buttons, in a toolbar (a narrow window puts the last behind »)."""
    ws.edit_button = QPushButton(translate("MeetingWorkspace", "Edit…"))
    ws.edit_button.setObjectName("editMeeting")
    ws.close_button = QPushButton(translate("MeetingWorkspace", "Close the meeting"))
    ws.close_button.setObjectName("closeMeeting")
    ws.close_button.setToolTip(
        translate(
            "MeetingWorkspace", "End of the meeting: invitees not marked are recorded as absent."
        )
    )
    ws.circulate_button = QPushButton(translate("MeetingWorkspace", "Circulate"))
    ws.circulate_button.setObjectName("circulateMinutes")
    ws.approve_button = QPushButton(translate("MeetingWorkspace", "Approve"))
    ws.approve_button.setObjectName("approveMinutes")
    ws.new_version_button = QPushButton(translate("MeetingWorkspace", "New version"))
    ws.new_version_button.setObjectName("newVersion")
    ws.export_button = QToolButton()
    ws.export_button.setText(translate("MeetingWorkspace", "Export"))
    ws.export_button.setObjectName("exportMeeting")
    ws.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(ws.export_button)
    ws.export_actions = {
        "minutes_docx": menu.addAction(translate("MeetingWorkspace", "Minutes (Word)…")),
        "minutes_pdf": menu.addAction(translate("MeetingWorkspace", "Minutes (PDF)…")),
        "minutes_odt": menu.addAction(translate("MeetingWorkspace", "Minutes (LibreOffice)…")),
        "decisions": menu.addAction(translate("MeetingWorkspace", "Record of decisions (Word)…")),
        "signin": menu.addAction(translate("MeetingWorkspace", "Attendance sheet to sign (PDF)…")),
        "ics": menu.addAction(translate("MeetingWorkspace", "Invitation (calendar)…")),
    }
    ws.export_button.setMenu(menu)
    for key, action in ws.export_actions.items():
        action.triggered.connect(lambda _c=False, k=key: export(ws, k))
    menu.addSeparator()
    ws.print_actions = {  # « Imprimer… »: the export's Document in the print preview
        "minutes": print_action(
            ws,
            lambda: print_preview(ws, "minutes"),
            translate("MeetingWorkspace", "Print the minutes…"),
        ),
        "signin": menu.addAction(translate("MeetingWorkspace", "Print the attendance sheet…")),
        "decisions": menu.addAction(
            translate("MeetingWorkspace", "Print the record of decisions…")
        ),
    }
    menu.addAction(ws.print_actions["minutes"])
    for key in ("signin", "decisions"):
        ws.print_actions[key].triggered.connect(lambda _c=False, k=key: print_preview(ws, k))
    ws.next_button = QPushButton(translate("MeetingWorkspace", "Next meeting ›"))
    ws.next_button.setObjectName("nextMeeting")
    ws.next_button.clicked.connect(lambda: go_next(ws))
    ws.edit_button.clicked.connect(lambda: edit_header(ws))
    ws.close_button.clicked.connect(lambda: close_meeting(ws))
    ws.circulate_button.clicked.connect(lambda: circulate(ws))
    ws.approve_button.clicked.connect(lambda: approve(ws))
    ws.new_version_button.clicked.connect(lambda: new_version(ws))
    ws.more_button = QToolButton()
    ws.more_button.setText("⋯")
    ws.more_button.setObjectName("meetingMore")
    ws.more_button.setToolTip(translate("MeetingWorkspace", "More"))
    ws.more_button.setAccessibleName(ws.more_button.toolTip())
    ws.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    more = QMenu(ws.more_button)
    ws.more_actions = {
        "series": more.addAction(translate("MeetingWorkspace", "Instance settings…")),
        "template": more.addAction(
            translate("MeetingWorkspace", "Use this meeting as the instance's model")
        ),
        "delete": more.addAction(translate("MeetingWorkspace", "Delete this meeting…")),
    }
    ws.more_button.setMenu(more)
    ws.more_actions["series"].triggered.connect(lambda: edit_series(ws))
    ws.more_actions["template"].triggered.connect(lambda: save_as_template(ws))
    ws.more_actions["delete"].triggered.connect(lambda: delete_meeting(ws))
    ws.toolbar = QToolBar()  # a narrow window puts the last buttons behind a » menu
    ws.toolbar.setObjectName("meetingToolbar")
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    ws.toolbar.addWidget(spacer)
    ws.in_toolbar: dict[QWidget, Any] = {}  # a toolbar shows or hides its actions
    ws.button_row = QHBoxLayout()
    ws.button_row.addWidget(ws.toolbar, 1)
    for w in (
        ws.edit_button,
        ws.close_button,
        ws.circulate_button,
        ws.approve_button,
        ws.new_version_button,
        ws.export_button,
        ws.next_button,
        ws.more_button,
    ):
        ws.in_toolbar[w] = ws.toolbar.addWidget(w)


def run(ws, fn, *args, **kwargs) -> Any:
    if ws.view_data is None:
        return None
    ws.flush()
    try:
        result = fn(*args, **kwargs)
    except StorageError as exc:
        show_storage_error(ws, exc)
        ws.refresh()
        return None
    ws.refresh()
    ws.meeting_changed.emit(ws.view_data.meeting.id if ws.view_data else "")
    return result


def close_meeting(ws) -> None:
    from municipaless.services import meetings

    if ws.edit_reason or ws.view_data is None:
        return
    marked = run(ws, meetings.close_meeting, ws.territory, ws.view_data.meeting.id)
    if marked is not None:
        ws.note.setText(
            translate(
                "MeetingWorkspace",
                "Meeting closed: {count} invitee(s) not marked recorded as absent.",
            ).format(count=marked)
        )


def circulate(ws) -> None:
    from municipaless.services.meetings import minutes

    if ws.edit_reason or ws.view_data is None:
        return
    m = ws.view_data.meeting
    if run(ws, minutes.circulate, ws.territory, m.id, m.rev) is not None:
        ws.note.setText(
            translate(
                "MeetingWorkspace", "Minutes circulated: this version is kept in the history."
            )
        )


def approve(ws) -> None:
    from municipaless.services.meetings import minutes

    if ws.follow_reason or ws.view_data is None:
        return
    m = ws.view_data.meeting
    nxt = ws.next_meeting
    now = datetime.now().isoformat(timespec="minutes")
    at = nxt.id if nxt is not None and nxt.starts_at <= now else None
    if run(ws, minutes.approve, ws.territory, m.id, m.rev, at_meeting_id=at) is not None:
        ws.note.setText(translate("MeetingWorkspace", "Minutes approved: they are now frozen."))


def approve_previous(ws) -> None:
    from municipaless.services.meetings import minutes

    if ws.follow_reason or ws.view_data is None:
        return
    here = ws.view_data.meeting.id
    for earlier in list(getattr(ws, "waiting", [])):
        done = run(
            ws,
            minutes.approve,
            ws.territory,
            earlier.id,
            earlier.rev,
            at_meeting_id=here,
            record_decision=not ws.edit_reason,
        )
        if done is None:
            return
    ws.note.setText(
        translate("MeetingWorkspace", "Minutes of the previous meeting approved at this meeting.")
    )


def new_version(ws) -> None:
    from municipaless.services.meetings import minutes

    if ws.follow_reason or ws.view_data is None:
        return
    m = ws.view_data.meeting
    if run(ws, minutes.new_version, ws.territory, m.id, m.rev) is not None:
        ws.note.setText(
            translate(
                "MeetingWorkspace", "New version opened: the approved one stays in the history."
            )
        )


def go_next(ws) -> None:
    if ws.view_data is None:
        return
    if ws.next_meeting is not None:
        ws.open_requested.emit(ws.next_meeting.id)
    elif ws.view_data.meeting.series_id and not ws.follow_reason:
        ws.plan_next.emit(ws.view_data.meeting.series_id)


def edit_header(ws) -> None:
    from municipaless.ui.meetings.editor import MeetingForm

    if ws.view_data is None or ws.edit_reason:
        return
    ws.flush()
    ws.editor = MeetingForm(ws.territory, ws.view_data, parent=ws)
    ws.editor.saved.connect(lambda _r: run(ws, lambda: None))
    ws.editor.open()


# exports -----------------------------------------------------------------------------
def export(ws, key: str) -> None:
    from municipaless.services.meetings import documents as docs

    if ws.view_data is None:
        return
    ws.flush()
    m = ws.view_data.meeting
    day = m.starts_at[:10]
    if key.startswith("minutes_"):
        fmt = key.split("_")[1]
        ws.exporter.run(
            translate("MeetingWorkspace", "Export the minutes"),
            f"compte-rendu {m.title}",
            fmt,
            lambda t, path: docs.export_minutes(t, m.id, path, fmt),
        )
    elif key == "decisions":
        ws.exporter.run(
            translate("MeetingWorkspace", "Export the record of decisions"),
            f"releve-decisions {day}",
            "docx",
            lambda t, path: docs.export_decisions(t, path, "docx", meeting_id=m.id),
        )
    elif key == "signin":
        ws.exporter.run(
            translate("MeetingWorkspace", "Export the attendance sheet"),
            f"emargement {m.title}",
            "pdf",
            lambda t, path: docs.export_signin_sheet(t, m.id, path),
        )
    elif key == "ics":
        target = invitation_target(ws)
        ws.exporter.run(
            translate("MeetingWorkspace", "Export the invitation"),
            f"invitation {target.title}",
            "ics",
            lambda t, path: docs.export_invitation(t, target.id, path),
        )


def print_preview(ws, key: str) -> None:
    """The compte rendu (Ctrl+P), the émargement or the relevé in the print preview."""
    from municipaless.services.meetings import documents as docs

    if ws.view_data is None:
        return
    ws.flush()
    meeting_id = ws.view_data.meeting.id
    build = {
        "minutes": lambda t: docs.minutes_document(t, meeting_id),
        "signin": lambda t: docs.signin_sheet_document(t, meeting_id),
        "decisions": lambda t: docs.decisions_document(t, meeting_id),
    }[key]
    ws.exporter.print_preview(build)


def invitation_target(ws) -> Any:
    """This meeting if it is still to come, else the next one of its series."""
    m = ws.view_data.meeting
    now = datetime.now().isoformat(timespec="minutes")
    if m.starts_at >= now or ws.next_meeting is None:
        return m
    return ws.next_meeting


def edit_series(ws) -> None:
    """The instance's name, code, kind and quorum."""
    from municipaless.ui.meetings.editor import SeriesForm

    series = ws.view_data.series if ws.view_data is not None else None
    if series is None or ws.follow_reason:
        return
    ws.editor = SeriesForm(ws.territory, series, parent=ws)
    ws.editor.saved.connect(lambda _r: run(ws, lambda: None))
    ws.editor.open()


def save_as_template(ws) -> None:
    """This meeting's agenda and invitees become what the next meetings start from."""
    from municipaless.services.meetings import series as meeting_series

    view = ws.view_data
    if view is None or view.series is None or ws.follow_reason:
        return

    def store():
        template = meeting_series.template_from_meeting(ws.territory, view.meeting.id)
        return meeting_series.set_template(ws.territory, view.series.id, view.series.rev, template)

    if run(ws, store) is not None:
        ws.note.setText(
            translate(
                "MeetingWorkspace",
                "The next meetings of {series} will start with this agenda and these invitees.",
            ).format(series=view.series.name)
        )


def delete_meeting(ws) -> None:
    """Send the meeting and its rows to the corbeille (they can be restored)."""
    from municipaless.services import meetings
    from municipaless.ui.common.small_tables import confirm

    view = ws.view_data
    if view is None or ws.edit_reason:
        return
    if not confirm(ws, f"« {view.meeting.title} »"):
        return
    ws.flush()
    try:
        meetings.delete_meeting(ws.territory, view.meeting.id, view.meeting.rev)
    except StorageError as exc:
        show_storage_error(ws, exc)
        return
    ws.clear()
    ws.meeting_changed.emit("")
