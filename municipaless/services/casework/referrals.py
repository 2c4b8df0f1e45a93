"""Orientations: sending a porteur to a structure of the annuaire, and what came of it.

Flow: ``proposee`` → ``envoyee`` (the officer passed the file on) → ``prise_en_charge`` /
``refusee`` (with a reason) / ``sans_reponse``. An orientation sent more than N days ago
without an answer becomes ``sans_reponse`` when :func:`flag_unanswered` runs (the window calls
it on opening a writable file); N is the territory setting ``referral_no_answer_days``
(services/file/settings.py, default 30).
A late answer still moves it on to taken on or refused.

Consent: the porteur agrees to their details going to that structure — recorded as a date and
how (oral, e-mail, form…). An orientation may be sent without it: the fiche de liaison then
carries the project's reference and no name or contact detail (services/casework/liaison_sheet.py).

Status changes: never back to ``proposee`` once sent; ``sans_reponse`` only after sending; an
answer (taken on / refused) may follow any status, and correct a previous answer.

*Taux de prise en charge* of a structure: taken on / (taken on + refused + no answer), as in
the bilan (services/reports/activity_report.py); orientations still pending are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core import validation
from municipaless.core.i18n import N_, _
from municipaless.core.statuses import ReferralStatus
from municipaless.services.casework import CaseworkError
from municipaless.services.file.territory import Territory
from municipaless.storage import activity_queries
from municipaless.storage import casework_queries as q

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

STATUSES = tuple(ReferralStatus)
ANSWERED = (ReferralStatus.TAKEN_ON, ReferralStatus.REFUSED, ReferralStatus.NO_ANSWER)


@dataclass(frozen=True)
class Suggestion:
    """A structure that could take the project on, best fits first."""

    organisation_id: str
    name: str
    score: float
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganisationStats:
    organisation_id: str
    name: str
    holders: int
    projects: int
    referrals: int
    taken: int
    refused: int
    no_answer: int
    pending: int  # proposed or sent, not answered yet

    @property
    def take_up_rate(self) -> float | None:
        """Taux de prise en charge (None before any answer)."""
        answered = self.taken + self.refused + self.no_answer
        return self.taken / answered if answered else None


def suggest_organisations(
    territory: Territory, project_id: str, need: str | None, limit: int = 20
) -> list[Suggestion]:
    """Structures whose offer fits the project (need × stage × sector × commune), best first,
    through ``services.directory.organisations_for`` (the annuaire's matcher)."""
    from municipaless.services.directory import organisations_for

    project = territory.records["project"].get(project_id)
    fits = organisations_for(
        territory, need, project.stage, project.sector, project.commune_insee, limit=limit
    )
    return [
        Suggestion(f.organisation.id, f.organisation.name, f.score, tuple(f.reasons)) for f in fits
    ]


def _date(
    value: str | None, field: str, missing: str, errors: dict[str, str], required: bool = False
) -> str | None:
    """``missing``: the message (``N_()``) when ``required`` and empty."""
    checked = validation.check_date(value)
    if not checked.ok:
        errors[field] = checked.error or _("Date invalide.")
    elif required and checked.value is None:
        errors[field] = _(missing)
    return checked.value


def _today() -> str:
    return dt.date.today().isoformat()


def refer(
    territory: Territory,
    project_id: str,
    organisation_id: str,
    need: str | None,
    *,
    consent_on: str | None = None,
    consent_how: str = "",
) -> d.Referral:
    """Record a proposed orientation (consent may come later). A second orientation of the
    same project to the same structure while one is pending is refused."""
    errors: dict[str, str] = {}
    if need and need not in activity_queries.vocabulary_labels(territory.tdb.db, "service"):
        errors["need"] = _("Besoin inconnu : « {need} ».").format(need=need)
    consent = _date(consent_on, "consent_on", N_("Indiquez la date du consentement."), errors)
    if consent and consent > _today():
        errors["consent_on"] = _("La date du consentement ne peut pas être dans le futur.")
    if consent and not consent_how.strip():
        errors["consent_how"] = _("Indiquez comment le porteur a donné son accord.")
    if errors:
        raise CaseworkError(errors)
    with territory.tdb.write():
        territory.records["project"].get(project_id)
        territory.records["organisation"].get(organisation_id)
        pending = [
            r
            for r in of_project(territory, project_id)
            if r.organisation_id == organisation_id
            and r.status in (ReferralStatus.PROPOSED, ReferralStatus.SENT)
        ]
        if pending:
            raise CaseworkError(
                {
                    "organisation_id": _(
                        "Ce projet est déjà orienté vers cette structure (en cours)."
                    )
                }
            )
        return cast(
            d.Referral,
            territory.save(
                "referral",
                {
                    "project_id": project_id,
                    "organisation_id": organisation_id,
                    "need": need or None,
                    "consent_on": consent,
                    "consent_how": consent_how.strip() if consent else "",
                },
            ),
        )


def record_consent(
    territory: Territory, referral_id: str, rev: int, consent_on: str, how: str
) -> d.Referral:
    """The porteur agreed (on ``consent_on``, ``how``: oral, e-mail, signed form…) to their
    details going to the structure."""
    errors: dict[str, str] = {}
    consent = _date(
        consent_on, "consent_on", N_("Indiquez la date du consentement."), errors, required=True
    )
    if consent and consent > _today():
        errors["consent_on"] = _("La date du consentement ne peut pas être dans le futur.")
    if not (how or "").strip():
        errors["consent_how"] = _("Indiquez comment le porteur a donné son accord.")
    if errors:
        raise CaseworkError(errors)
    changes = {"consent_on": consent, "consent_how": how.strip()}
    return cast(d.Referral, territory.save("referral", changes, row_id=referral_id, rev=rev))


def withdraw_consent(territory: Territory, referral_id: str, rev: int) -> d.Referral:
    """The porteur takes their consent back: the next fiche de liaison is anonymous."""
    changes = {"consent_on": None, "consent_how": ""}
    return cast(d.Referral, territory.save("referral", changes, row_id=referral_id, rev=rev))


def _move(
    territory: Territory, referral_id: str, rev: int, status: str, changes: dict[str, Any]
) -> d.Referral:
    current: d.Referral = territory.records["referral"].get(referral_id)
    if status == ReferralStatus.NO_ANSWER and current.status == ReferralStatus.PROPOSED:
        raise CaseworkError(
            _("Une orientation qui n'a pas été envoyée ne peut pas être sans réponse.")
        )
    if status == ReferralStatus.SENT and current.status in (
        ReferralStatus.TAKEN_ON,
        ReferralStatus.REFUSED,
    ):
        raise CaseworkError(_("Cette orientation a déjà reçu une réponse."))
    answered = changes.get("answered_on")
    sent = changes.get("sent_on", current.sent_on)
    if answered and sent and answered < sent:
        raise CaseworkError(
            {"answered_on": _("La date de réponse précède la date d'envoi de l'orientation.")}
        )
    return cast(
        d.Referral,
        territory.save("referral", {"status": status, **changes}, row_id=referral_id, rev=rev),
    )


def mark_sent(
    territory: Territory, referral_id: str, rev: int, sent_on: str | None = None
) -> d.Referral:
    """``envoyee`` on ``sent_on`` (today by default)."""
    errors: dict[str, str] = {}
    sent = _date(sent_on, "sent_on", N_("Indiquez la date d'envoi."), errors) or _today()
    if errors:
        raise CaseworkError(errors)
    return _move(
        territory, referral_id, rev, ReferralStatus.SENT, {"sent_on": sent, "answered_on": None}
    )


def mark_taken(
    territory: Territory,
    referral_id: str,
    rev: int,
    answered_on: str | None = None,
    outcome: str = "",
) -> d.Referral:
    """``prise_en_charge``: the structure takes the porteur on."""
    errors: dict[str, str] = {}
    answered = (
        _date(answered_on, "answered_on", N_("Indiquez la date de réponse."), errors) or _today()
    )
    if errors:
        raise CaseworkError(errors)
    changes = {"answered_on": answered, "refusal_reason": ""}
    if outcome.strip():
        changes["outcome"] = outcome.strip()
    return _move(territory, referral_id, rev, ReferralStatus.TAKEN_ON, changes)


def mark_refused(
    territory: Territory, referral_id: str, rev: int, reason: str, answered_on: str | None = None
) -> d.Referral:
    """``refusee``; the reason is required."""
    errors: dict[str, str] = {}
    answered = (
        _date(answered_on, "answered_on", N_("Indiquez la date de réponse."), errors) or _today()
    )
    if not (reason or "").strip():
        errors["refusal_reason"] = _("Indiquez pourquoi la structure a refusé.")
    if errors:
        raise CaseworkError(errors)
    changes = {"answered_on": answered, "refusal_reason": reason.strip()}
    return _move(territory, referral_id, rev, ReferralStatus.REFUSED, changes)


def mark_no_answer(territory: Territory, referral_id: str, rev: int) -> d.Referral:
    return _move(territory, referral_id, rev, ReferralStatus.NO_ANSWER, {"answered_on": None})


def set_outcome(territory: Territory, referral_id: str, rev: int, outcome: str) -> d.Referral:
    """What came of it (free text), at any status."""
    return cast(
        d.Referral,
        territory.save(
            "referral", {"outcome": (outcome or "").strip()}, row_id=referral_id, rev=rev
        ),
    )


def no_answer_days(territory: Territory) -> int:
    """The delay after which a sent orientation counts as unanswered (territory settings)."""
    from municipaless.services.file import settings

    return settings.load(territory).referral_no_answer_days


def flag_unanswered(territory: Territory, today: dt.date | None = None) -> int:
    """Mark ``sans_reponse`` every orientation sent more than the delay ago and still
    ``envoyee``; returns how many. Does nothing on a read-only file."""
    if territory.read_only:
        return 0
    today = today or dt.date.today()
    cutoff = (today - dt.timedelta(days=no_answer_days(territory))).isoformat()
    rows = q.referrals_awaiting_answer(territory.tdb.db, cutoff)
    if not rows:  # the usual case at opening: no write transaction, no lock to wait for
        return 0
    with territory.tdb.write():
        for row_id, rev in rows:
            territory.save("referral", {"status": ReferralStatus.NO_ANSWER}, row_id=row_id, rev=rev)
    return len(rows)


def of_project(territory: Territory, project_id: str) -> list[d.Referral]:
    return q.children(territory.records["referral"], "project_id", project_id)


def organisation_stats(
    territory: Territory, organisation_id: str | None = None
) -> list[OrganisationStats]:
    """Per structure: porteurs oriented, counts per status and taux de prise en charge."""
    result = []
    for row in q.referral_stats(territory.tdb.db, organisation_id):
        by = row.by_status
        result.append(
            OrganisationStats(
                organisation_id=row.organisation_id,
                name=row.name,
                holders=row.holders,
                projects=row.projects,
                referrals=sum(by.values()),
                taken=by.get(ReferralStatus.TAKEN_ON, 0),
                refused=by.get(ReferralStatus.REFUSED, 0),
                no_answer=by.get(ReferralStatus.NO_ANSWER, 0),
                pending=by.get(ReferralStatus.PROPOSED, 0) + by.get(ReferralStatus.SENT, 0),
            )
        )
    return result


def holders_referred_to(territory: Territory, organisation_id: str) -> list[d.Referral]:
    """The orientations to one structure (newest first), for its page in the annuaire."""
    return q.children(
        territory.records["referral"], "organisation_id", organisation_id, "created_at DESC"
    )
