"""Records of the cooperation levers (migration 7): enjeux' indicators, calls for projects
(appels à projets coopératifs) and their jury, collectifs, ateliers, and the needs side of a
project's plan de financement.

Links are rows (a partner, a member, a score), never JSON lists, so two colleagues adding
different partners to the same candidature both keep theirs when their copies are merged.
"""

from dataclasses import dataclass
from typing import Any

from municipaless.core.record import Record
from municipaless.core.statuses import (
    CallStatus,
    RegistrationStatus,
    SubmissionStatus,
    WorkshopStatus,
)


@dataclass(kw_only=True)
class Indicator(Record):
    """Indicateur suivi pour un enjeu (unité, cible)."""

    challenge_id: str
    name: str
    unit: str = ""
    target: float | None = None
    position: int = 0


@dataclass(kw_only=True)
class IndicatorValue(Record):
    """Mesure d'un indicateur (valeur, date, source)."""

    indicator_id: str
    measured_on: str
    value: float
    source: str = ""


@dataclass(kw_only=True)
class ProjectCall(Record):
    """Appel à projets (coopératif): règlement, calendrier, enveloppe."""

    reference: str = ""  # e.g. AAP-2026-01
    title: str
    description: str = ""
    # Categories with their own rule, e.g. {"label": "Coopérer pour se développer",
    # "min_partners": 1}; a candidature names one by its label.
    categories: tuple[dict[str, Any], ...] = ()
    min_partners: int = 0  # eligibility for every category
    max_amount_cents: int | None = None  # ceiling of one award
    required_documents: tuple[str, ...] = ()  # the checklist of a complete candidature
    envelope_cents: int | None = None
    launch_on: str | None = None
    deadline_on: str | None = None
    jury_on: str | None = None
    notification_on: str | None = None
    status: str = CallStatus.PREPARATION
    funder_id: str | None = None  # who pays the awards (the commune, by default)
    jury_meeting_id: str | None = None
    challenges: tuple[str, ...] = ()


@dataclass(kw_only=True)
class CallCriterion(Record):
    """Critère de la grille de notation, avec son poids."""

    call_id: str
    label: str
    description: str = ""
    weight: float = 1.0
    max_score: int = 5
    position: int = 0


@dataclass(kw_only=True)
class JuryMember(Record):
    """Membre du jury d'un appel à projets."""

    call_id: str
    person_id: str | None = None
    name: str = ""  # a member not in the annuaire
    organisation_id: str | None = None
    role: str = ""  # président, membre…
    position: int = 0


@dataclass(kw_only=True)
class Submission(Record):
    """Candidature à un appel à projets."""

    call_id: str
    project_id: str
    person_id: str | None = None  # the porteur who signs (and receives the letter)
    organisation_id: str | None = None  # the structure porteuse, when there is one
    category: str = ""
    asked_cents: int | None = None
    received_on: str | None = None
    documents: tuple[str, ...] = ()  # the required documents received
    status: str = SubmissionStatus.RECEIVED
    eligibility_note: str = ""  # why the officer overrode the rules' verdict, if they did
    awarded_cents: int | None = None
    refusal_reason: str = ""
    decision_id: str | None = None  # the jury's decision in the meeting's register
    notified_on: str | None = None


@dataclass(kw_only=True)
class SubmissionPartner(Record):
    """Structure partenaire d'une candidature."""

    submission_id: str
    organisation_id: str
    role: str = ""


@dataclass(kw_only=True)
class Scorecard(Record):
    """Grille de notation d'un membre du jury pour une candidature."""

    submission_id: str
    jury_member_id: str
    conflict_of_interest: bool = False  # declared: the member does not score this one
    comment: str = ""


@dataclass(kw_only=True)
class Score(Record):
    """Note d'un critère dans une grille."""

    scorecard_id: str
    criterion_id: str
    value: float


@dataclass(kw_only=True)
class Collective(Record):
    """Collectif: PTCE, SCIC, tiers-lieu, groupement d'employeurs, réseau…"""

    name: str
    kind: str | None = None  # vocabulary collective_kind
    organisation_id: str | None = None  # its own legal structure, once it has one
    description: str = ""
    founded_on: str | None = None
    commune_insee: str | None = None
    series_id: str | None = None  # its own instance in the réunions module
    challenges: tuple[str, ...] = ()
    closed_on: str | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Membership(Record):
    """Structure membre d'un collectif (rôle, dates d'entrée et de sortie)."""

    collective_id: str
    organisation_id: str
    role: str | None = None  # vocabulary membership_role
    joined_on: str | None = None
    left_on: str | None = None
    notes: str = ""


@dataclass(kw_only=True)
class CollectiveReferent(Record):
    """Personne référente d'un collectif."""

    collective_id: str
    person_id: str
    role: str = ""


@dataclass(kw_only=True)
class CollectiveProject(Record):
    """Projet porté par ou avec un collectif."""

    collective_id: str
    project_id: str


@dataclass(kw_only=True)
class Workshop(Record):
    """Atelier ou formation collective pour les porteurs."""

    title: str
    theme: str = ""
    starts_at: str  # local ISO date-time
    ends_at: str | None = None
    place: str = ""
    trainer_person_id: str | None = None
    trainer_organisation_id: str | None = None
    capacity: int | None = None
    status: str = WorkshopStatus.PLANNED
    description: str = ""
    challenges: tuple[str, ...] = ()


@dataclass(kw_only=True)
class Registration(Record):
    """Inscription d'un porteur (et de son projet) à un atelier."""

    workshop_id: str
    person_id: str | None = None
    project_id: str | None = None
    free_name: str = ""  # someone not in the annuaire
    registered_on: str | None = None
    status: str = RegistrationStatus.REGISTERED
    satisfaction: int | None = None  # 1 (pas satisfait) … 5 (très satisfait)
    comment: str = ""


@dataclass(kw_only=True)
class BudgetLine(Record):
    """Besoin du plan de financement: une dépense d'investissement ou de fonctionnement."""

    project_id: str
    kind: str = "fonctionnement"  # vocabulary budget_kind
    label: str
    year: int | None = None
    amount_cents: int
    position: int = 0


COOPERATION_TABLES: dict[str, type[Record]] = {
    "indicator": Indicator,
    "indicator_value": IndicatorValue,
    "project_call": ProjectCall,
    "call_criterion": CallCriterion,
    "jury_member": JuryMember,
    "submission": Submission,
    "submission_partner": SubmissionPartner,
    "scorecard": Scorecard,
    "score": Score,
    "collective": Collective,
    "membership": Membership,
    "collective_referent": CollectiveReferent,
    "collective_project": CollectiveProject,
    "workshop": Workshop,
    "registration": Registration,
    "budget_line": BudgetLine,
}
"""Table name -> record type of the cooperation records, joined into ``domain.TABLES``."""
