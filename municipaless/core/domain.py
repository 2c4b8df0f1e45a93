"""Domain records, one dataclass per table of the territory file.

Field names match the columns so storage maps rows without a translation table. Multi-valued
vocabulary fields are tuples of codes (JSON arrays in the file).
"""

from dataclasses import dataclass, field
from typing import Any

from municipaless.core.cooperation import COOPERATION_TABLES
from municipaless.core.record import Record as Record  # re-exported: records subclass it
from municipaless.core.statuses import (
    ActionItemStatus,
    AttendanceStatus,
    ChallengeStatus,
    DecisionStatus,
    FundingStatus,
    MinutesStatus,
    ProjectStatus,
    ReferralStatus,
)


@dataclass(kw_only=True)
class Vocabulary(Record):
    """Entrée d'une liste de choix (étapes, filières, types…)."""

    vocab: str
    code: str
    label: str
    position: int = 0
    archived: bool = False


@dataclass(kw_only=True)
class Tag(Record):
    """Étiquette."""

    name: str
    colour: str | None = None


@dataclass(kw_only=True)
class Tagging(Record):
    """Étiquette posée sur une fiche."""

    tag_id: str
    target_table: str
    target_id: str


@dataclass(kw_only=True)
class Challenge(Record):
    """Enjeu du territoire."""

    title: str
    description: str = ""
    position: int = 0
    archived: bool = False  # migration 6: out of the choices, still shown where used
    status: str = ChallengeStatus.ACTIVE  # migration 7: enjeux as first-class records
    diagnosis_on: str | None = None  # the shared diagnosis the enjeu comes from
    diagnosis_source: str = ""
    diagnosis_document: str = ""  # a reference or a path the officer recognises


@dataclass(kw_only=True)
class Organisation(Record):
    """Structure (d'accompagnement, financeur, réseau…)."""

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
    """Offre de service d'une structure."""

    organisation_id: str
    service: str
    instrument: str | None = None
    conditions: str = ""
    stages: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    territory: tuple[str, ...] = ()


@dataclass(kw_only=True)
class Person(Record):
    """Personne: interlocuteur ou porteur de projet."""

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
    informed_on: str | None = None  # the mention d'information was handed (RGPD art. 13)
    no_contact_since: str | None = None  # opposition: left out of contact exports, invitations

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(kw_only=True)
class Affiliation(Record):
    """Rattachement d'un interlocuteur à une structure (fonction, dates)."""

    person_id: str
    organisation_id: str
    role: str = ""
    email: str | None = None
    phone: str | None = None
    start_on: str | None = None
    end_on: str | None = None


@dataclass(kw_only=True)
class Project(Record):
    """Projet, dossier de suivi."""

    reference: str = ""
    name: str
    description: str = ""
    sector: str | None = None
    legal_status: str | None = None
    commune_insee: str | None = None
    stage: str | None = None
    status: str = ProjectStatus.ACTIVE
    close_reason: str = ""
    jobs_planned: int | None = None
    jobs_created: int | None = None
    first_contact_on: str | None = None
    founded_on: str | None = None
    referent: str = ""
    challenges: tuple[str, ...] = ()
    purged_at: str | None = None  # retention: names, contacts and free text anonymised


@dataclass(kw_only=True)
class ProjectHolder(Record):
    """Porteur de projet (une personne liée à un projet)."""

    project_id: str
    person_id: str
    role: str = ""


@dataclass(kw_only=True)
class CaseEvent(Record):
    """Entrée du suivi (accueil, entretien, appel…)."""

    project_id: str
    kind: str
    occurred_on: str
    duration_min: int | None = None
    subject: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class CaseEventParticipant(Record):
    """Personne ou structure présente à une entrée du suivi."""

    case_event_id: str
    person_id: str | None = None
    organisation_id: str | None = None


@dataclass(kw_only=True)
class Referral(Record):
    """Orientation d'un projet vers une structure."""

    project_id: str
    organisation_id: str
    need: str | None = None
    consent_on: str | None = None
    consent_how: str = ""
    status: str = ReferralStatus.PROPOSED
    sent_on: str | None = None
    answered_on: str | None = None
    refusal_reason: str = ""
    outcome: str = ""


@dataclass(kw_only=True)
class FundingRequest(Record):
    """Demande de financement, une ligne du plan de financement."""

    project_id: str
    funder_id: str | None = None
    scheme: str = ""
    instrument: str | None = None
    asked_cents: int | None = None
    granted_cents: int | None = None
    status: str = FundingStatus.PREPARATION
    decided_on: str | None = None
    report_due_on: str | None = None
    is_commune: bool = False
    submission_id: str | None = None  # migration 7: the award of a call for projects
    budget_year: int | None = None  # the plan de financement's year this resource covers


@dataclass(kw_only=True)
class FollowUp(Record):
    """Relance, prochaine action."""

    project_id: str
    due_on: str
    what: str
    done_on: str | None = None
    kind: str = ""  # "" a relance typed by the officer, "checkin" scheduled after creation
    checkin_months: int | None = None


@dataclass(kw_only=True)
class MeetingSeries(Record):
    """Instance (série de réunions)."""

    name: str
    code: str
    kind: str | None = None
    quorum: int | None = None
    template: dict[str, Any] = field(default_factory=dict)  # JSON column


@dataclass(kw_only=True)
class Meeting(Record):
    """Réunion."""

    series_id: str | None = None
    title: str
    starts_at: str
    ends_at: str | None = None
    place: str = ""
    visio_url: str = ""
    minutes_status: str = MinutesStatus.DRAFT
    approved_on: str | None = None
    summary: str = ""
    sectors: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()


@dataclass(kw_only=True)
class MeetingProject(Record):
    """Projet évoqué en réunion."""

    meeting_id: str
    project_id: str


@dataclass(kw_only=True)
class Attendance(Record):
    """Présence (présent, excusé, représenté, absent) à une réunion."""

    meeting_id: str
    person_id: str | None = None
    free_name: str = ""
    organisation_id: str | None = None
    status: str = AttendanceStatus.INVITED
    represented_by: str = ""


@dataclass(kw_only=True)
class AgendaItem(Record):
    """Point de l'ordre du jour."""

    meeting_id: str
    position: int = 0
    title: str
    presenter: str = ""
    duration_min: int | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Decision(Record):
    """Décision (relevé de décisions)."""

    meeting_id: str
    agenda_item_id: str | None = None
    number: str = ""
    text: str
    status: str = DecisionStatus.IN_FORCE
    replaced_by: str | None = None


@dataclass(kw_only=True)
class ActionItem(Record):
    """Action (qui / quoi / pour quand)."""

    meeting_id: str | None = None
    agenda_item_id: str | None = None
    decision_id: str | None = None
    what: str
    owner_person_id: str | None = None
    owner_organisation_id: str | None = None
    owner_text: str = ""
    due_on: str | None = None
    status: str = ActionItemStatus.TODO
    done_on: str | None = None


@dataclass(kw_only=True)
class MinutesVersion(Record):
    """Version du compte rendu (brouillon, diffusé, approuvé)."""

    meeting_id: str
    version: int
    status: str
    status_on: str
    content: dict[str, Any] = field(default_factory=dict)  # JSON column


@dataclass(kw_only=True)
class RecordMerge(Record):
    """Fusion de deux fiches en doublon (annulable)."""

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
    **COOPERATION_TABLES,
}
"""Table name -> record type, for every domain table (not meta, journal, search_index)."""
