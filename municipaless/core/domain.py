"""Domain records, one dataclass per table of the territory file.

Field names match the columns so storage maps rows without a translation table. Multi-valued
vocabulary fields are tuples of codes (JSON arrays in the file).
"""

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(kw_only=True)
class Record:
    """Bookkeeping every domain row carries (docs/design.md#the-file)."""

    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    updated_by: str = ""
    rev: int = 0
    deleted_at: str | None = None

    @classmethod
    def content_fields(cls) -> tuple[str, ...]:
        """The fields a user edits, i.e. everything but the bookkeeping."""
        base = {f.name for f in fields(Record)}
        return tuple(f.name for f in fields(cls) if f.name not in base)


@dataclass(kw_only=True)
class Vocabulary(Record):
    vocab: str
    code: str
    label: str
    position: int = 0
    archived: bool = False


@dataclass(kw_only=True)
class Tag(Record):
    name: str
    colour: str | None = None


@dataclass(kw_only=True)
class Tagging(Record):
    tag_id: str
    target_table: str
    target_id: str


@dataclass(kw_only=True)
class Challenge(Record):
    title: str
    description: str = ""
    position: int = 0


@dataclass(kw_only=True)
class Organisation(Record):
    name: str
    acronym: str = ""
    kind: str | None = None
    legal_status: str | None = None
    siret: str | None = None
    siren: str | None = None
    rna: str | None = None
    address: str = ""
    postcode: str | None = None
    commune_insee: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    territory: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    notes: str = ""


@dataclass(kw_only=True)
class ServiceOffer(Record):
    organisation_id: str
    service: str
    instrument: str | None = None
    conditions: str = ""
    stages: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    territory: tuple[str, ...] = ()


@dataclass(kw_only=True)
class Person(Record):
    civility: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    address: str = ""
    postcode: str | None = None
    commune_insee: str | None = None
    notes: str = ""
    erased_at: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(kw_only=True)
class Affiliation(Record):
    person_id: str
    organisation_id: str
    role: str = ""
    email: str | None = None
    phone: str | None = None
    start_on: str | None = None
    end_on: str | None = None


@dataclass(kw_only=True)
class Project(Record):
    reference: str = ""
    name: str
    description: str = ""
    sector: str | None = None
    legal_status: str | None = None
    commune_insee: str | None = None
    stage: str | None = None
    status: str = "actif"
    close_reason: str = ""
    jobs_planned: int | None = None
    jobs_created: int | None = None
    first_contact_on: str | None = None
    founded_on: str | None = None
    referent: str = ""
    challenges: tuple[str, ...] = ()


@dataclass(kw_only=True)
class ProjectHolder(Record):
    project_id: str
    person_id: str
    role: str = ""


@dataclass(kw_only=True)
class CaseEvent(Record):
    project_id: str
    kind: str
    occurred_on: str
    duration_min: int | None = None
    subject: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class CaseEventParticipant(Record):
    case_event_id: str
    person_id: str | None = None
    organisation_id: str | None = None


@dataclass(kw_only=True)
class Referral(Record):
    project_id: str
    organisation_id: str
    need: str | None = None
    consent_on: str | None = None
    consent_how: str = ""
    status: str = "proposee"
    sent_on: str | None = None
    answered_on: str | None = None
    refusal_reason: str = ""
    outcome: str = ""


@dataclass(kw_only=True)
class FundingRequest(Record):
    project_id: str
    funder_id: str | None = None
    scheme: str = ""
    instrument: str | None = None
    asked_cents: int | None = None
    granted_cents: int | None = None
    status: str = "preparation"
    decided_on: str | None = None
    report_due_on: str | None = None
    is_commune: bool = False


@dataclass(kw_only=True)
class FollowUp(Record):
    project_id: str
    due_on: str
    what: str
    done_on: str | None = None
    kind: str = ""  # "" a relance typed by the officer, "checkin" scheduled after creation
    checkin_months: int | None = None


@dataclass(kw_only=True)
class MeetingSeries(Record):
    name: str
    code: str
    kind: str | None = None
    quorum: int | None = None
    template: dict[str, Any] = field(default_factory=dict)  # JSON column


@dataclass(kw_only=True)
class Meeting(Record):
    series_id: str | None = None
    title: str
    starts_at: str
    ends_at: str | None = None
    place: str = ""
    visio_url: str = ""
    minutes_status: str = "brouillon"
    approved_on: str | None = None
    summary: str = ""
    sectors: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()


@dataclass(kw_only=True)
class MeetingProject(Record):
    meeting_id: str
    project_id: str


@dataclass(kw_only=True)
class Attendance(Record):
    meeting_id: str
    person_id: str | None = None
    free_name: str = ""
    organisation_id: str | None = None
    status: str = "invite"
    represented_by: str = ""


@dataclass(kw_only=True)
class AgendaItem(Record):
    meeting_id: str
    position: int = 0
    title: str
    presenter: str = ""
    duration_min: int | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Decision(Record):
    meeting_id: str
    agenda_item_id: str | None = None
    number: str = ""
    text: str
    status: str = "active"
    replaced_by: str | None = None


@dataclass(kw_only=True)
class ActionItem(Record):
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    decision_id: str | None = None
    what: str
    owner_person_id: str | None = None
    owner_organisation_id: str | None = None
    owner_text: str = ""
    due_on: str | None = None
    status: str = "a_faire"
    done_on: str | None = None


@dataclass(kw_only=True)
class MinutesVersion(Record):
    meeting_id: str
    version: int
    status: str
    status_on: str
    content: dict[str, Any] = field(default_factory=dict)  # JSON column


@dataclass(kw_only=True)
class RecordMerge(Record):
    table_name: str
    kept_id: str
    removed_id: str
    moved: tuple[list[str], ...] = ()  # [table, row id, column(, "deleted")] per link
    fields: dict[str, Any] = field(default_factory=dict)  # JSON column
    undone_at: str | None = None


TABLES: dict[str, type[Record]] = {
    "vocabulary": Vocabulary,
    "tag": Tag,
    "tagging": Tagging,
    "challenge": Challenge,
    "organisation": Organisation,
    "service_offer": ServiceOffer,
    "person": Person,
    "affiliation": Affiliation,
    "project": Project,
    "project_holder": ProjectHolder,
    "case_event": CaseEvent,
    "case_event_participant": CaseEventParticipant,
    "referral": Referral,
    "funding_request": FundingRequest,
    "follow_up": FollowUp,
    "meeting_series": MeetingSeries,
    "meeting": Meeting,
    "meeting_project": MeetingProject,
    "attendance": Attendance,
    "agenda_item": AgendaItem,
    "decision": Decision,
    "action_item": ActionItem,
    "minutes_version": MinutesVersion,
    "record_merge": RecordMerge,
}
"""Table name -> record type, for every domain table (not meta, journal, search_index)."""
