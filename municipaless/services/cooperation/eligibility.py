"""Eligibility of a candidature: computed from the call's rules, never typed
(docs/cooperation.md#appels-à-projets-coopératifs).

A candidature is eligible when it was received by the deadline, has at least the call's and
its category's number of partners, asks no more than the ceiling and holds every required
document. Each unmet rule is one French sentence. The officer may still declare it eligible
with a written reason (``eligibility_note``), which a later check keeps.

``apply_eligibility`` writes the verdict as the status of the candidatures still open to it
(received, eligible, non eligible); lauréats, refused and withdrawn ones are the jury's or the
porteur's and are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from municipaless.core import cooperation as c
from municipaless.core.formats import format_date, format_money
from municipaless.core.i18n import _
from municipaless.core.statuses import SubmissionStatus
from municipaless.core.text import fold
from municipaless.core.wording import enumerate_fr
from municipaless.services.cooperation.calls import CallError, category_minimum
from municipaless.services.file.territory import Territory
from municipaless.storage import call_queries as q

OPEN_TO_CHECK = (
    SubmissionStatus.RECEIVED,
    SubmissionStatus.ELIGIBLE,
    SubmissionStatus.INELIGIBLE,
)


@dataclass(frozen=True)
class Verdict:
    """The rules' verdict: ``reasons`` are the unmet rules, one French sentence each;
    ``overridden`` when the officer declared it eligible anyway (``note`` says why)."""

    reasons: tuple[str, ...]
    note: str = ""

    @property
    def by_rules(self) -> bool:
        return not self.reasons

    @property
    def overridden(self) -> bool:
        return bool(self.reasons) and bool(self.note)

    @property
    def eligible(self) -> bool:
        return self.by_rules or bool(self.note)


def _partners_sentence(minimum: int, count: int, category: str | None) -> str:
    if category is not None:
        head = (
            _("Au moins 1 partenaire est exigé pour la catégorie « {category} »")
            if minimum == 1
            else _("Au moins {n} partenaires sont exigés pour la catégorie « {category} »")
        ).format(n=minimum, category=category)
    else:
        head = (
            _("Au moins 1 partenaire est exigé pour cet appel")
            if minimum == 1
            else _("Au moins {n} partenaires sont exigés pour cet appel")
        ).format(n=minimum)
    if count == 0:
        tail = _("aucun n'est indiqué.")
    elif count == 1:
        tail = _("1 seul est indiqué.")
    else:
        tail = _("{n} seulement sont indiqués.").format(n=count)
    return f"{head} : {tail}"


def judge(call: c.ProjectCall, submission: c.Submission, partners: int) -> Verdict:
    """The verdict of the rules on one candidature with ``partners`` distinct partners."""
    reasons: list[str] = []
    if call.deadline_on:
        if not submission.received_on:
            reasons.append(_("La date de réception n'est pas indiquée."))
        elif submission.received_on > call.deadline_on:
            reasons.append(
                _("Reçue le {received}, après la date limite du {deadline}.").format(
                    received=format_date(submission.received_on),
                    deadline=format_date(call.deadline_on),
                )
            )
    if call.categories:
        minimum = category_minimum(call, submission.category) if submission.category else None
        if not submission.category:
            reasons.append(_("La catégorie de la candidature n'est pas indiquée."))
        elif minimum is None:
            reasons.append(
                _("La catégorie « {category} » n'est pas une catégorie de l'appel.").format(
                    category=submission.category
                )
            )
        elif partners < minimum:
            label = next(
                str(cat["label"])
                for cat in call.categories
                if fold(str(cat["label"])) == fold(submission.category)
            )
            reasons.append(_partners_sentence(minimum, partners, label))
    if call.min_partners and partners < call.min_partners:
        reasons.append(_partners_sentence(call.min_partners, partners, None))
    asked = submission.asked_cents
    if call.max_amount_cents is not None and asked is not None and asked > call.max_amount_cents:
        reasons.append(
            _("Le montant demandé ({asked}) dépasse le plafond de l'appel ({ceiling}).").format(
                asked=format_money(asked), ceiling=format_money(call.max_amount_cents)
            )
        )
    received = {fold(doc) for doc in submission.documents}
    missing = [doc for doc in call.required_documents if fold(doc) not in received]
    if missing:
        quoted = [f"« {doc} »" for doc in missing]
        reasons.append(
            (
                _("Pièce manquante : {documents}.")
                if len(missing) == 1
                else _("Pièces manquantes : {documents}.")
            ).format(documents=enumerate_fr(quoted))
        )
    return Verdict(tuple(reasons), submission.eligibility_note.strip())


def check(territory: Territory, submission_id: str) -> Verdict:
    """The verdict on one candidature as the file holds it."""
    row = q.submissions(territory.tdb.db, _call_of(territory, submission_id), submission_id)[0]
    call = territory.records["project_call"].get(row.record.call_id)
    return judge(call, row.record, row.partners)


def check_call(territory: Territory, call_id: str) -> dict[str, Verdict]:
    """The verdict on every live candidature of the call, by candidature id."""
    call = territory.records["project_call"].get(call_id)
    return {
        row.record.id: judge(call, row.record, row.partners)
        for row in q.submissions(territory.tdb.db, call_id)
    }


@dataclass(frozen=True)
class Applied:
    eligible: int
    ineligible: int
    untouched: int  # lauréats, refused, withdrawn


def apply_eligibility(territory: Territory, call_id: str) -> Applied:
    """Set « éligible » / « non éligible » on the candidatures open to the check (received,
    eligible, non eligible), in one transaction; the jury's and withdrawn ones stay."""
    eligible = ineligible = untouched = 0
    with territory.transaction():
        call = territory.records["project_call"].get(call_id)
        for row in q.submissions(territory.tdb.db, call_id):
            record = row.record
            if record.status not in OPEN_TO_CHECK:
                untouched += 1
                continue
            verdict = judge(call, record, row.partners)
            status = SubmissionStatus.ELIGIBLE if verdict.eligible else SubmissionStatus.INELIGIBLE
            if verdict.eligible:
                eligible += 1
            else:
                ineligible += 1
            if record.status != status:
                territory.save("submission", {"status": status}, row_id=record.id, rev=record.rev)
    return Applied(eligible, ineligible, untouched)


CHECKED = (SubmissionStatus.ELIGIBLE, SubmissionStatus.INELIGIBLE)


def refresh_checked(territory: Territory, call_id: str, submission_id: str | None = None) -> int:
    """Keep the written verdict true after an edit (a partner added, a rule changed): the
    candidatures already checked (eligible, non eligible) are judged again; received ones wait
    for « Vérifier l'éligibilité ». Returns how many changed."""
    changed = 0
    with territory.transaction():
        call = territory.records["project_call"].get(call_id)
        for row in q.submissions(territory.tdb.db, call_id, submission_id):
            record = row.record
            if record.status not in CHECKED:
                continue
            verdict = judge(call, record, row.partners)
            status = SubmissionStatus.ELIGIBLE if verdict.eligible else SubmissionStatus.INELIGIBLE
            if record.status != status:
                territory.save("submission", {"status": status}, row_id=record.id, rev=record.rev)
                changed += 1
    return changed


def declare_eligible(
    territory: Territory, submission_id: str, rev: int, reason: str
) -> c.Submission:
    """The officer's override: eligible despite the rules, with the written reason the council
    summary prints. Refused without a reason, and on a decided or withdrawn candidature."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise CallError(
            {"eligibility_note": _("Indiquez pourquoi vous déclarez cette candidature éligible.")}
        )
    with territory.transaction():
        current: c.Submission = territory.records["submission"].get(submission_id)
        if current.status not in OPEN_TO_CHECK:
            raise CallError(
                _("Cette candidature est déjà décidée ou retirée : son éligibilité ne change plus.")
            )
        return cast(
            c.Submission,
            territory.save(
                "submission",
                {"status": SubmissionStatus.ELIGIBLE, "eligibility_note": reason},
                row_id=submission_id,
                rev=rev,
            ),
        )


def cancel_override(territory: Territory, submission_id: str, rev: int) -> c.Submission:
    """Forget the officer's reason: the rules' verdict applies again."""
    with territory.transaction():
        current: c.Submission = territory.records["submission"].get(submission_id)
        if current.status not in OPEN_TO_CHECK:
            raise CallError(
                _("Cette candidature est déjà décidée ou retirée : son éligibilité ne change plus.")
            )
        saved = territory.save(
            "submission", {"eligibility_note": ""}, row_id=submission_id, rev=rev
        )
        verdict = check(territory, submission_id)
        status = SubmissionStatus.ELIGIBLE if verdict.eligible else SubmissionStatus.INELIGIBLE
        return cast(
            c.Submission,
            territory.save("submission", {"status": status}, row_id=submission_id, rev=saved.rev),
        )


def _call_of(territory: Territory, submission_id: str) -> str:
    return str(territory.records["submission"].get(submission_id).call_id)
