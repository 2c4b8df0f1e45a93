"""The fixed status codes of the territory file, and their French labels, defined once.

Each enum's values are the codes stored in the rows (no migration: ``ActionItemStatus.DONE ==
"fait"``); its member names are the English words the code uses. ``status.label`` is the
French word seeded in new files' vocabularies (``core/vocabularies.py``) and printed by every
document, through :func:`french_label_of`; the window (``ui/common/labels.code_label``) shows
``status.shown`` / :func:`label_of`, the same word in the officer's language (``core/i18n``).
A code not in its enum (an entry an officer added to a vocabulary) keeps its own text.
"""

from enum import StrEnum

from municipaless.core.i18n import N_, _


class _Status(StrEnum):
    @property
    def label(self) -> str:
        """The French label: seeded vocabularies and documents (which stay French)."""
        return LABELS[self]

    @property
    def shown(self) -> str:
        """The label in the officer's language, for the window (read at call time)."""
        return _(LABELS[self])


class ProjectStatus(_Status):
    """Statut d'un projet (vocabulary ``project_status``)."""

    ACTIVE = "actif"
    DORMANT = "veille"
    CREATED = "cree"
    ABANDONED = "abandonne"
    CLOSED = "clos"


class ReferralStatus(_Status):
    """Statut d'une orientation (vocabulary ``referral_status``)."""

    PROPOSED = "proposee"
    SENT = "envoyee"
    TAKEN_ON = "prise_en_charge"
    REFUSED = "refusee"
    NO_ANSWER = "sans_reponse"


class FundingStatus(_Status):
    """Statut d'une demande de financement (vocabulary ``funding_status``)."""

    PREPARATION = "preparation"
    SUBMITTED = "deposee"
    GRANTED = "accordee"
    REFUSED = "refusee"
    PAID = "versee"


class AttendanceStatus(_Status):
    """Présence à une réunion (vocabulary ``attendance_status``)."""

    INVITED = "invite"
    PRESENT = "present"
    EXCUSED = "excuse"
    REPRESENTED = "represente"
    ABSENT = "absent"


class ActionItemStatus(_Status):
    """Statut d'une action (vocabulary ``action_status``)."""

    TODO = "a_faire"
    IN_PROGRESS = "en_cours"
    DONE = "fait"
    ABANDONED = "abandonne"


class DecisionStatus(_Status):
    """Statut d'une décision (column ``decision.status``)."""

    IN_FORCE = "active"
    REPLACED = "remplacee"
    LAPSED = "caduque"


class MinutesStatus(_Status):
    """Statut du compte rendu (``meeting.minutes_status``, ``minutes_version.status``)."""

    DRAFT = "brouillon"
    CIRCULATED = "diffuse"
    APPROVED = "approuve"


class ChallengeStatus(_Status):
    """Où en est un enjeu du territoire (column ``challenge.status``)."""

    PROPOSED = "propose"
    ACTIVE = "actif"
    MET = "atteint"
    DROPPED = "abandonne"


class CallStatus(_Status):
    """Étape d'un appel à projets (column ``project_call.status``)."""

    PREPARATION = "preparation"
    OPEN = "ouvert"
    CLOSED = "clos"
    JURY = "jury"
    NOTIFIED = "notifie"


class SubmissionStatus(_Status):
    """Statut d'une candidature (column ``submission.status``)."""

    RECEIVED = "recue"
    ELIGIBLE = "eligible"
    INELIGIBLE = "non_eligible"
    AWARDED = "laureat"
    REFUSED = "refusee"
    WITHDRAWN = "retiree"


class WorkshopStatus(_Status):
    """Statut d'un atelier (column ``workshop.status``)."""

    PLANNED = "prevu"
    HELD = "realise"
    CANCELLED = "annule"


class RegistrationStatus(_Status):
    """Inscription à un atelier (column ``registration.status``)."""

    REGISTERED = "inscrit"
    PRESENT = "present"
    EXCUSED = "excuse"
    ABSENT = "absent"


LABELS: dict[_Status, str] = {
    ProjectStatus.ACTIVE: N_("Actif"),
    ProjectStatus.DORMANT: N_("En veille"),
    ProjectStatus.CREATED: N_("Créé"),
    ProjectStatus.ABANDONED: N_("Abandonné"),
    ProjectStatus.CLOSED: N_("Clos"),
    ReferralStatus.PROPOSED: N_("Proposée"),
    ReferralStatus.SENT: N_("Envoyée"),
    ReferralStatus.TAKEN_ON: N_("Prise en charge"),
    ReferralStatus.REFUSED: N_("Refusée"),
    ReferralStatus.NO_ANSWER: N_("Sans réponse"),
    FundingStatus.PREPARATION: N_("En préparation"),
    FundingStatus.SUBMITTED: N_("Déposée"),
    FundingStatus.GRANTED: N_("Accordée"),
    FundingStatus.REFUSED: N_("Refusée"),
    FundingStatus.PAID: N_("Versée"),
    AttendanceStatus.INVITED: N_("Invité"),
    AttendanceStatus.PRESENT: N_("Présent"),
    AttendanceStatus.EXCUSED: N_("Excusé"),
    AttendanceStatus.REPRESENTED: N_("Représenté"),
    AttendanceStatus.ABSENT: N_("Absent"),
    ActionItemStatus.TODO: N_("À faire"),
    ActionItemStatus.IN_PROGRESS: N_("En cours"),
    ActionItemStatus.DONE: N_("Fait"),
    ActionItemStatus.ABANDONED: N_("Abandonné"),
    DecisionStatus.IN_FORCE: N_("En vigueur"),
    DecisionStatus.REPLACED: N_("Remplacée"),
    DecisionStatus.LAPSED: N_("Caduque"),
    MinutesStatus.DRAFT: N_("Brouillon"),
    MinutesStatus.CIRCULATED: N_("Diffusé"),
    MinutesStatus.APPROVED: N_("Approuvé"),
    ChallengeStatus.PROPOSED: N_("Proposé"),
    ChallengeStatus.ACTIVE: N_("Actif"),
    ChallengeStatus.MET: N_("Atteint"),
    ChallengeStatus.DROPPED: N_("Abandonné"),
    CallStatus.PREPARATION: N_("En préparation"),
    CallStatus.OPEN: N_("Ouvert"),
    CallStatus.CLOSED: N_("Clos"),
    CallStatus.JURY: N_("Jury"),
    CallStatus.NOTIFIED: N_("Notifié"),
    SubmissionStatus.RECEIVED: N_("Reçue"),
    SubmissionStatus.ELIGIBLE: N_("Éligible"),
    SubmissionStatus.INELIGIBLE: N_("Non éligible"),
    SubmissionStatus.AWARDED: N_("Lauréat"),
    SubmissionStatus.REFUSED: N_("Refusée"),
    SubmissionStatus.WITHDRAWN: N_("Retirée"),
    WorkshopStatus.PLANNED: N_("Prévu"),
    WorkshopStatus.HELD: N_("Réalisé"),
    WorkshopStatus.CANCELLED: N_("Annulé"),
    RegistrationStatus.REGISTERED: N_("Inscrit"),
    RegistrationStatus.PRESENT: N_("Présent"),
    RegistrationStatus.EXCUSED: N_("Excusé"),
    RegistrationStatus.ABSENT: N_("Absent"),
}

ALL: tuple[type[_Status], ...] = (
    ProjectStatus,
    ReferralStatus,
    FundingStatus,
    AttendanceStatus,
    ActionItemStatus,
    DecisionStatus,
    MinutesStatus,
    ChallengeStatus,
    CallStatus,
    SubmissionStatus,
    WorkshopStatus,
    RegistrationStatus,
)

BY_FIELD: dict[str, type[_Status]] = {
    "project_status": ProjectStatus,
    "referral_status": ReferralStatus,
    "funding_status": FundingStatus,
    "attendance_status": AttendanceStatus,
    "action_status": ActionItemStatus,
    "decision_status": DecisionStatus,
    "minutes_status": MinutesStatus,
    "challenge_status": ChallengeStatus,
    "call_status": CallStatus,
    "submission_status": SubmissionStatus,
    "workshop_status": WorkshopStatus,
    "registration_status": RegistrationStatus,
}
"""The vocabulary (or coded field) name of each status enum."""


def label_of(kind: type[_Status], code: str) -> str:
    """The window's label of ``code`` in ``kind`` (the officer's language), else the code."""
    try:
        return kind(code).shown
    except ValueError:
        return code


def french_label_of(kind: type[_Status], code: str) -> str:
    """The French label of ``code`` in ``kind``, else the code: documents stay French."""
    try:
        return kind(code).label
    except ValueError:
        return code


def vocabulary(kind: type[_Status]) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in the enum's order, as a vocabulary is seeded."""
    return [(member.value, member.label) for member in kind]
