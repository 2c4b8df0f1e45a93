"""The jury of an appel à projets: its meeting, one numbered decision per candidature, the
awards feeding the plan de financement, and the envelope (docs/cooperation.md, « Jury
decisions »).

- The jury meeting is an ordinary meeting of the réunions module, in the territory's
  instance of kind ``jury`` (created when none exists: its code numbers the decisions,
  JURY-2026-03), on the call's jury date, with the jury members invited and one agenda item
  per candidature in ranking order (withdrawn ones left out: they need no decision).
- Each candidature gets one decision in that meeting's register (``submission.decision_id``).
  Deciding again rewrites that decision's text while the compte rendu may change; a decision
  taken in another meeting (the jury met again) is replaced by a new one, marked « remplacée
  par » in the register, as the register's rules want. An approved compte rendu refuses both,
  with the réunions module's own French message.
- « Lauréat » creates or updates the one funding request of the project carrying the
  candidature (``submission_id``): the call's funder (none: the commune), the call's title as
  scheme, a ``subvention`` asked the amount asked, granted the award, ``accordee`` on the
  day of the jury meeting. « Non retenue » afterwards sets it ``refusee``; it is never deleted.
- An award may exceed neither the call's ceiling nor what remains of its envelope.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core.formats import format_money
from municipaless.core.i18n import _
from municipaless.core.statuses import FundingStatus, SubmissionStatus
from municipaless.services import meetings
from municipaless.services.casework import funding
from municipaless.services.cooperation import eligibility, scoring
from municipaless.services.cooperation.calls import Envelope as Envelope  # the jury's money
from municipaless.services.cooperation.calls import envelope as envelope
from municipaless.services.meetings import series as meeting_series
from municipaless.storage import scoring_queries as q
from municipaless.storage.errors import StorageError

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory


class JuryError(StorageError):
    """A jury step refused (French message); nothing was written."""


def award_limits(territory: Territory, submission_id: str) -> tuple[int | None, int | None]:
    """(ceiling, what remains of the envelope for this candidature: its own award left
    out), None where the call sets none: what « Lauréat… » tells before asking."""
    submission = cast(co.Submission, territory.records["submission"].get(submission_id))
    call = _call(territory, submission.call_id)
    remaining = None
    if call.envelope_cents is not None:
        others = q.committed_cents(territory.tdb.db, call.id, except_submission=submission_id)
        remaining = max(call.envelope_cents - others, 0)
    return call.max_amount_cents, remaining


def _call(territory: Territory, call_id: str) -> co.ProjectCall:
    return cast(co.ProjectCall, territory.records["project_call"].get(call_id))


def _project(territory: Territory, submission: co.Submission) -> d.Project:
    return cast(d.Project, territory.records["project"].get(submission.project_id))


def candidature_label(project: d.Project) -> str:
    """« P-2026-0042 « Épicerie solidaire » »: how decisions and the agenda name it."""
    return f"{project.reference} « {project.name} »".strip()


# the meeting --------------------------------------------------------------------------------
def jury_meeting(territory: Territory, call_id: str) -> d.Meeting | None:
    """The call's jury meeting, when it has one that still exists."""
    call = _call(territory, call_id)
    if not call.jury_meeting_id:
        return None
    try:
        return cast(d.Meeting, territory.records["meeting"].get(call.jury_meeting_id))
    except StorageError:
        return None


def create_jury_meeting(
    territory: Territory, call_id: str, *, starts_at: str | None = None
) -> d.Meeting:
    """The call's jury meeting (see the module docstring); the existing one when it has one.
    ``starts_at`` defaults to the call's jury date at 9:00."""
    existing = jury_meeting(territory, call_id)
    if existing is not None:
        return existing
    call = _call(territory, call_id)
    when = starts_at or call.jury_on
    if not when:
        raise JuryError(
            _(
                "Indiquez la date du jury dans le calendrier de l'appel à projets « {title} » "
                "avant de créer sa réunion."
            ).format(title=call.title)
        )
    db = territory.tdb.db
    members = q.jury_members(db, call_id)
    order = [line for line in scoring.ranking(territory, call_id).lines if not line.row.withdrawn]
    with territory.transaction():
        found = q.jury_series(db)
        series = found[0] if found else meeting_series.create_series(territory, "jury")
        starts = meetings.parse_starts_at(when)
        length = meeting_series.template_of(series).duration_min or 180
        ends = (datetime.fromisoformat(starts) + timedelta(minutes=length)).isoformat()[:16]
        meeting = meetings.create_meeting(
            territory,
            series.id,
            starts,
            ends_at=ends,
            title=f"Jury de l'appel à projets « {call.title} »",
            from_template=False,
        )
        if call.challenges:
            meeting = meetings.update_meeting(
                territory, meeting.id, meeting.rev, challenges=call.challenges
            )
        invited: set[str] = set()
        for member, name in members:
            key = member.person_id or name.strip().lower()
            if not key or key in invited:
                continue
            invited.add(key)
            meetings.add_invitee(
                territory,
                meeting.id,
                person_id=member.person_id,
                free_name="" if member.person_id else name,
                organisation_id=member.organisation_id,
            )
        for line in order:
            meetings.add_agenda_item(
                territory,
                meeting.id,
                candidature_label(_project(territory, line.submission)),
                duration_min=15,
            )
            meetings.link_project(territory, meeting.id, line.submission.project_id)
        territory.save(
            "project_call", {"jury_meeting_id": meeting.id}, row_id=call.id, rev=call.rev
        )
    return meeting


# decisions ----------------------------------------------------------------------------------
def decision_text(call: co.ProjectCall, project: d.Project, submission: co.Submission) -> str:
    """The decision's words (docs/cooperation.md): French whatever the officer's language,
    like every text the register keeps."""
    head = f"Appel à projets « {call.title} » — {candidature_label(project)}"
    if submission.status == SubmissionStatus.AWARDED:
        return f"{head} : lauréat, {format_money(submission.awarded_cents)} accordés."
    reason = submission.refusal_reason.strip()
    if reason and reason[-1] not in ".!?…":
        reason += "."
    return f"{head} : candidature non retenue. Motif : {reason}"


def award(territory: Territory, submission_id: str, amount_cents: int) -> co.Submission:
    """Lauréat with ``amount_cents``: the decision in the register and the granted funding
    request of the project, in one transaction (see the module docstring)."""
    submission = cast(co.Submission, territory.records["submission"].get(submission_id))
    call = _call(territory, submission.call_id)
    project = _project(territory, submission)
    label = candidature_label(project)
    if submission.status == SubmissionStatus.WITHDRAWN:
        raise JuryError(_("La candidature {label} a été retirée.").format(label=label))
    if not eligibility.check(territory, submission_id).eligible:
        raise JuryError(
            _(
                "La candidature {label} n'est pas éligible : elle ne peut pas être lauréate "
                "(déclarez-la éligible avec un motif d'abord)."
            ).format(label=label)
        )
    if amount_cents is None or amount_cents <= 0:
        raise JuryError(
            _("Indiquez le montant accordé à la candidature {label}.").format(label=label)
        )
    if call.max_amount_cents is not None and amount_cents > call.max_amount_cents:
        raise JuryError(
            _(
                "Le montant accordé ({amount}) dépasse le plafond par lauréat de l'appel à "
                "projets ({ceiling})."
            ).format(amount=format_money(amount_cents), ceiling=format_money(call.max_amount_cents))
        )
    if call.envelope_cents is not None:
        others = q.committed_cents(territory.tdb.db, call.id, except_submission=submission_id)
        remaining = call.envelope_cents - others
        if amount_cents > remaining:
            raise JuryError(
                _(
                    "Le montant accordé ({amount}) dépasse ce qui reste de l'enveloppe de "
                    "l'appel à projets : {remaining} sur {envelope}."
                ).format(
                    amount=format_money(amount_cents),
                    remaining=format_money(max(remaining, 0)),
                    envelope=format_money(call.envelope_cents),
                )
            )
    changes = {
        "status": SubmissionStatus.AWARDED,
        "awarded_cents": amount_cents,
        "refusal_reason": "",
    }
    return _decide(territory, submission, call, project, changes)


def refuse(territory: Territory, submission_id: str, reason: str) -> co.Submission:
    """« Candidature non retenue » with its reason; an earlier award's funding request is set
    ``refusee`` (kept: the history shows it)."""
    submission = cast(co.Submission, territory.records["submission"].get(submission_id))
    call = _call(territory, submission.call_id)
    project = _project(territory, submission)
    if not (reason or "").strip():
        raise JuryError(
            _("Indiquez le motif pour lequel la candidature {label} n'est pas retenue.").format(
                label=candidature_label(project)
            )
        )
    changes = {
        "status": SubmissionStatus.REFUSED,
        "awarded_cents": None,
        "refusal_reason": reason.strip(),
    }
    return _decide(territory, submission, call, project, changes)


def _decide(
    territory: Territory,
    submission: co.Submission,
    call: co.ProjectCall,
    project: d.Project,
    changes: dict[str, Any],
) -> co.Submission:
    meeting = jury_meeting(territory, call.id)
    if meeting is None:
        raise JuryError(
            _(
                "Créez d'abord la réunion du jury de l'appel à projets « {title} » : chaque "
                "décision y prend son numéro."
            ).format(title=call.title)
        )
    meetings.ensure_editable(territory, meeting.id)
    decided = _merged(submission, changes)
    text = decision_text(call, project, decided)
    decided_on = meeting.starts_at[:10]  # the day the jury met and decided
    with territory.transaction():
        decision = _register(territory, submission, meeting, project, text)
        changes["decision_id"] = decision.id
        saved = cast(
            co.Submission,
            territory.save("submission", changes, row_id=submission.id, rev=submission.rev),
        )
        _feed_plan(territory, saved, call, decided_on)
    return saved


def _merged(submission: co.Submission, changes: dict[str, Any]) -> co.Submission:
    return replace(submission, **changes)


def _register(
    territory: Territory,
    submission: co.Submission,
    meeting: d.Meeting,
    project: d.Project,
    text: str,
) -> d.Decision:
    """The candidature's one decision: rewritten in place, or replaced when taken in another
    meeting (see the module docstring)."""
    item = next(
        (
            a.id
            for a in q.agenda_items(territory.tdb.db, meeting.id)
            if project.reference and a.title.startswith(project.reference)
        ),
        None,
    )
    old: d.Decision | None = None
    if submission.decision_id:
        try:
            old = cast(d.Decision, territory.records["decision"].get(submission.decision_id))
        except StorageError:
            old = None  # deleted from the register: a new number
    if old is not None and old.meeting_id == meeting.id:
        if old.text == text:
            return old
        return meetings.update_decision(territory, old.id, old.rev, text=text)
    new = meetings.add_decision(territory, meeting.id, text, agenda_item_id=item)
    if old is not None:
        meetings.replace_decision(territory, old.id, old.rev, new.id)
    return new


def _feed_plan(
    territory: Territory, submission: co.Submission, call: co.ProjectCall, decided_on: str
) -> None:
    requests = q.award_requests(territory.tdb.db, submission.id)
    if submission.status != SubmissionStatus.AWARDED:
        for request in requests:
            if request.status != FundingStatus.REFUSED:
                funding.set_status(
                    territory, request.id, request.rev, FundingStatus.REFUSED, decided_on=decided_on
                )
        return
    fields: dict[str, Any] = {
        "funder_id": call.funder_id,
        "scheme": call.title,
        "instrument": "subvention",
        "asked_cents": submission.asked_cents,
        "granted_cents": submission.awarded_cents,
        "status": FundingStatus.GRANTED,
        "decided_on": decided_on,
        "is_commune": call.funder_id is None,
    }
    if not requests:
        funding.add_request(
            territory, submission.project_id, {**fields, "submission_id": submission.id}
        )
        return
    first = requests[0]
    changed = {k: v for k, v in fields.items() if getattr(first, k) != v}
    if changed:
        funding.update_request(territory, first.id, first.rev, changed)
