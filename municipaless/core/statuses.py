"""The fixed status codes of the territory file, and their French labels, defined once.

Each enum's values are the codes stored in the rows (no migration: ``ActionItemStatus.DONE ==
"fait"``); its member names are the English words the code uses. ``status.label`` is the
French word the officer reads, the one the window (``ui/common/labels.code_label``, the seeded
vocabularies of ``core/vocabularies.py``) and every document show. A code not in its enum
(an entry an officer added to a vocabulary) keeps its own text: see :func:`label_of`.
"""

from enum import StrEnum


class _Status(StrEnum):
    @property
    def label(self) -> str:
        """The French label the officer reads."""
        return LABELS[self]


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


LABELS: dict[_Status, str] = {
    ProjectStatus.ACTIVE: "Actif",
    ProjectStatus.DORMANT: "En veille",
    ProjectStatus.CREATED: "Créé",
    ProjectStatus.ABANDONED: "Abandonné",
    ProjectStatus.CLOSED: "Clos",
    ReferralStatus.PROPOSED: "Proposée",
    ReferralStatus.SENT: "Envoyée",
    ReferralStatus.TAKEN_ON: "Prise en charge",
    ReferralStatus.REFUSED: "Refusée",
    ReferralStatus.NO_ANSWER: "Sans réponse",
    FundingStatus.PREPARATION: "En préparation",
    FundingStatus.SUBMITTED: "Déposée",
    FundingStatus.GRANTED: "Accordée",
    FundingStatus.REFUSED: "Refusée",
    FundingStatus.PAID: "Versée",
    AttendanceStatus.INVITED: "Invité",
    AttendanceStatus.PRESENT: "Présent",
    AttendanceStatus.EXCUSED: "Excusé",
    AttendanceStatus.REPRESENTED: "Représenté",
    AttendanceStatus.ABSENT: "Absent",
    ActionItemStatus.TODO: "À faire",
    ActionItemStatus.IN_PROGRESS: "En cours",
    ActionItemStatus.DONE: "Fait",
    ActionItemStatus.ABANDONED: "Abandonné",
    DecisionStatus.IN_FORCE: "En vigueur",
    DecisionStatus.REPLACED: "Remplacée",
    DecisionStatus.LAPSED: "Caduque",
    MinutesStatus.DRAFT: "Brouillon",
    MinutesStatus.CIRCULATED: "Diffusé",
    MinutesStatus.APPROVED: "Approuvé",
}

ALL: tuple[type[_Status], ...] = (
    ProjectStatus,
    ReferralStatus,
    FundingStatus,
    AttendanceStatus,
    ActionItemStatus,
    DecisionStatus,
    MinutesStatus,
)

BY_FIELD: dict[str, type[_Status]] = {
    "project_status": ProjectStatus,
    "referral_status": ReferralStatus,
    "funding_status": FundingStatus,
    "attendance_status": AttendanceStatus,
    "action_status": ActionItemStatus,
    "decision_status": DecisionStatus,
    "minutes_status": MinutesStatus,
}
"""The vocabulary (or coded field) name of each status enum."""


def label_of(kind: type[_Status], code: str) -> str:
    """The French label of ``code`` in ``kind``, else the code itself."""
    try:
        return kind(code).label
    except ValueError:
        return code


def vocabulary(kind: type[_Status]) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in the enum's order, as a vocabulary is seeded."""
    return [(member.value, member.label) for member in kind]
