"""Translatable names for things the lower layers name in English or by code.

Storage names list columns in English (``ListSpec.columns[].header``) and search hits by table
name. lupdate only sees literal strings, so every such name is listed here once inside
``QT_TRANSLATE_NOOP`` and translated at display time with its context. A test checks that every
column header the storage declares is listed, so a new column cannot ship untranslated.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from municipaless.core import statuses

COLUMNS = "Columns"
FIELDS = "Fields"
KINDS = "Kinds"

_COLUMN_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Reference"),
    QT_TRANSLATE_NOOP("Columns", "Project"),
    QT_TRANSLATE_NOOP("Columns", "Stage"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Sector"),
    QT_TRANSLATE_NOOP("Columns", "First contact"),
    QT_TRANSLATE_NOOP("Columns", "Referent"),
    QT_TRANSLATE_NOOP("Columns", "Last activity"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Acronym"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Postcode"),
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    QT_TRANSLATE_NOOP("Columns", "E-mail"),
    QT_TRANSLATE_NOOP("Columns", "Services"),
    QT_TRANSLATE_NOOP("Columns", "Organisation"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Last name"),
    QT_TRANSLATE_NOOP("Columns", "First name"),
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Place"),
    QT_TRANSLATE_NOOP("Columns", "Minutes"),
    QT_TRANSLATE_NOOP("Columns", "Series"),
    QT_TRANSLATE_NOOP("Columns", "Deadline"),
    QT_TRANSLATE_NOOP("Columns", "Applications"),
    QT_TRANSLATE_NOOP("Columns", "Envelope"),
)

# Search kinds, in the order the popup groups them (storage.search.KINDS).
_KIND_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("Kinds", "Organisations"),
    "person": QT_TRANSLATE_NOOP("Kinds", "People"),
    "project": QT_TRANSLATE_NOOP("Kinds", "Projects"),
    "case_event": QT_TRANSLATE_NOOP("Kinds", "Case log entries"),
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meetings"),
    "decision": QT_TRANSLATE_NOOP("Kinds", "Decisions"),
    "action_item": QT_TRANSLATE_NOOP("Kinds", "Actions"),
    "challenge": QT_TRANSLATE_NOOP("Kinds", "Territory challenges"),
    "project_call": QT_TRANSLATE_NOOP("Kinds", "Calls for projects"),
    "submission": QT_TRANSLATE_NOOP("Kinds", "Applications"),
    "collective": QT_TRANSLATE_NOOP("Kinds", "Collectives"),
    "workshop": QT_TRANSLATE_NOOP("Kinds", "Workshops"),
}

# Codes the schema fixes without a vocabulary table (meeting.minutes_status, decision.status):
# their French labels are core.statuses' (the documents show the same).
_CODED = (
    "minutes_status",
    "decision_status",
    "challenge_status",
    "call_status",
    "submission_status",
    "workshop_status",
    "registration_status",
)

# One record of each kind, as the detail pane and its small window name it.
_KIND_SINGULAR = {
    "organisation": QT_TRANSLATE_NOOP("Kinds", "Organisation"),
    "person": QT_TRANSLATE_NOOP("Kinds", "Person"),
    "project": QT_TRANSLATE_NOOP("Kinds", "Project"),
    "case_event": QT_TRANSLATE_NOOP("Kinds", "Case log entry"),
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meeting"),
    "decision": QT_TRANSLATE_NOOP("Kinds", "Decision"),
    "action_item": QT_TRANSLATE_NOOP("Kinds", "Action"),
    "challenge": QT_TRANSLATE_NOOP("Kinds", "Territory challenge"),
    "project_call": QT_TRANSLATE_NOOP("Kinds", "Call for projects"),
    "submission": QT_TRANSLATE_NOOP("Kinds", "Application"),
    "collective": QT_TRANSLATE_NOOP("Kinds", "Collective"),
    "workshop": QT_TRANSLATE_NOOP("Kinds", "Workshop"),
}

# Record fields shown in the detail pane. A field not listed here is not shown.
_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "acronym": QT_TRANSLATE_NOOP("Fields", "Acronym"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "legal_status": QT_TRANSLATE_NOOP("Fields", "Legal status"),
    "siret": QT_TRANSLATE_NOOP("Fields", "SIRET"),
    "siren": QT_TRANSLATE_NOOP("Fields", "SIREN"),
    "rna": QT_TRANSLATE_NOOP("Fields", "RNA number"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "postcode": QT_TRANSLATE_NOOP("Fields", "Postcode"),
    "commune_insee": QT_TRANSLATE_NOOP("Fields", "Commune"),  # shown "Privas (07186)"
    "territory": QT_TRANSLATE_NOOP("Fields", "Territory covered"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "sectors": QT_TRANSLATE_NOOP("Fields", "Sectors"),
    "sector": QT_TRANSLATE_NOOP("Fields", "Sector"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "civility": QT_TRANSLATE_NOOP("Fields", "Civility"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Stage"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "close_reason": QT_TRANSLATE_NOOP("Fields", "Reason for closing"),
    "jobs_planned": QT_TRANSLATE_NOOP("Fields", "Jobs planned"),
    "jobs_created": QT_TRANSLATE_NOOP("Fields", "Jobs created"),
    "first_contact_on": QT_TRANSLATE_NOOP("Fields", "First contact"),
    "founded_on": QT_TRANSLATE_NOOP("Fields", "Founded on"),
    "referent": QT_TRANSLATE_NOOP("Fields", "Referent"),
    "challenges": QT_TRANSLATE_NOOP("Fields", "Local challenges"),
    "project_id": QT_TRANSLATE_NOOP("Fields", "Project"),
    "occurred_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "duration_min": QT_TRANSLATE_NOOP("Fields", "Duration (min)"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "series_id": QT_TRANSLATE_NOOP("Fields", "Series"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "starts_at": QT_TRANSLATE_NOOP("Fields", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("Fields", "Ends"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "visio_url": QT_TRANSLATE_NOOP("Fields", "Video link"),
    "minutes_status": QT_TRANSLATE_NOOP("Fields", "Minutes"),
    "approved_on": QT_TRANSLATE_NOOP("Fields", "Approved on"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "meeting_id": QT_TRANSLATE_NOOP("Fields", "Meeting"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "what": QT_TRANSLATE_NOOP("Fields", "What"),
    "owner_person_id": QT_TRANSLATE_NOOP("Fields", "Who (person)"),
    "owner_organisation_id": QT_TRANSLATE_NOOP("Fields", "Who (organisation)"),
    "owner_text": QT_TRANSLATE_NOOP("Fields", "Who"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due on"),
    "done_on": QT_TRANSLATE_NOOP("Fields", "Done on"),
}


def column_header(source_text: str) -> str:
    return QCoreApplication.translate(COLUMNS, source_text)


def kind_name(kind: str) -> str:
    return QCoreApplication.translate(KINDS, _KIND_NAMES.get(kind, kind))


def record_kind_name(kind: str) -> str:
    return QCoreApplication.translate(KINDS, _KIND_SINGULAR.get(kind, kind))


def field_label(field: str) -> str | None:
    """Translated label, or None for a field the detail pane does not show."""
    text = _FIELD_LABELS.get(field)
    return QCoreApplication.translate(FIELDS, text) if text else None


def code_label(field: str, code: str) -> str:
    """A fixed code's label (``minutes_status``/``decision_status``), else the code itself."""
    kind = statuses.BY_FIELD.get(field) if field in _CODED else None
    return statuses.label_of(kind, code) if kind else code


def coded_fields() -> tuple[str, ...]:
    return _CODED


def known_column_headers() -> tuple[str, ...]:
    return _COLUMN_HEADERS


def search_kinds() -> tuple[str, ...]:
    return tuple(_KIND_NAMES)
