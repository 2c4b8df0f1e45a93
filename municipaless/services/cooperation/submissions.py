"""Candidatures to an appel à projets: the project (existing, or created on the spot as a
project of the case log with its porteur as holder), the porteur, the structure porteuse, the
category, the amount asked, the date received, the documents received from the call's
checklist, and the partner structures (docs/cooperation.md#appels-à-projets-coopératifs).

Partners are rows (``submission_partner``), so two colleagues adding different partners both
keep theirs when their copies merge; the same structure twice is refused here. A project has
at most one live candidature per call. Withdrawing keeps the candidature (status « retirée »).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from municipaless.core import cooperation as c
from municipaless.core import validation
from municipaless.core.i18n import _
from municipaless.core.statuses import SubmissionStatus
from municipaless.core.text import fold
from municipaless.services import casework
from municipaless.services.cooperation import eligibility
from municipaless.services.cooperation.calls import CallError, category_minimum
from municipaless.services.file.territory import Territory
from municipaless.storage import call_queries as q
from municipaless.storage.errors import NotFound

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

FIELDS = (
    "project_id",
    "person_id",
    "organisation_id",
    "category",
    "asked_cents",
    "received_on",
    "documents",
)
DECIDED = (SubmissionStatus.AWARDED, SubmissionStatus.REFUSED)


@dataclass(frozen=True)
class Line:
    """A candidature as its table shows it: names, counts and the rules' verdict."""

    record: c.Submission
    project_reference: str
    project_name: str
    porteur: str
    organisation: str
    partners: int
    documents_received: int
    documents_required: int
    verdict: eligibility.Verdict


def _check(
    territory: Territory, call: c.ProjectCall, values: dict[str, Any], submission_id: str | None
) -> dict[str, Any]:
    """Normalise and check the merged state of a candidature; raise CallError."""
    errors: dict[str, str] = {}
    clean = dict(values)
    if not clean.get("project_id"):
        errors["project_id"] = _("Choisissez le projet candidat (ou créez-le).")
    else:
        try:
            territory.records["project"].get(clean["project_id"])
        except NotFound:
            errors["project_id"] = _("Ce projet n'est plus dans le suivi.")
        else:
            other = q.project_submission(territory.tdb.db, call.id, clean["project_id"])
            if other is not None and other != submission_id:
                errors["project_id"] = _("Ce projet a déjà une candidature à cet appel.")
    for name, table, message in (
        ("person_id", "person", _("Ce porteur n'est plus dans l'annuaire.")),
        ("organisation_id", "organisation", _("Cette structure n'est plus dans l'annuaire.")),
    ):
        if clean.get(name):
            try:
                territory.records[table].get(clean[name])
            except NotFound:
                errors[name] = message
        else:
            clean[name] = None
    category = " ".join(str(clean.get("category") or "").split())
    if call.categories:
        if not category:
            errors["category"] = _("Choisissez la catégorie de l'appel visée.")
        elif category_minimum(call, category) is None:
            errors["category"] = _(
                "La catégorie « {category} » n'est pas une catégorie de l'appel."
            ).format(category=category)
        else:  # the call's own spelling
            category = next(
                str(cat["label"])
                for cat in call.categories
                if fold(str(cat["label"])) == fold(category)
            )
    clean["category"] = category
    asked = clean.get("asked_cents")
    if asked in (None, ""):
        clean["asked_cents"] = None
    elif isinstance(asked, int) and not isinstance(asked, bool):
        clean["asked_cents"] = asked
    else:
        checked = validation.check_money(str(asked))
        if checked.ok:
            clean["asked_cents"] = checked.value
        else:
            errors["asked_cents"] = checked.error or _("Montant invalide.")
            clean["asked_cents"] = None
    if (clean.get("asked_cents") or 0) < 0:
        errors["asked_cents"] = _("Un montant ne peut pas être négatif.")
    raw = clean.get("received_on")
    checked_date = validation.check_date(raw if raw is None else str(raw))
    if checked_date.ok:
        clean["received_on"] = checked_date.value
    else:
        errors["received_on"] = checked_date.error or _("Date invalide.")
    checklist = {fold(doc): doc for doc in call.required_documents}
    documents = []
    for doc in clean.get("documents") or ():
        label = checklist.get(fold(str(doc)))
        if label is None:
            errors["documents"] = _(
                "La pièce « {label} » n'est pas dans la liste de l'appel."
            ).format(label=doc)
        elif label not in documents:
            documents.append(label)
    clean["documents"] = tuple(doc for doc in call.required_documents if doc in documents)
    if errors:
        raise CallError(errors)
    return clean


def _check_partners(
    territory: Territory, organisation_ids: Sequence[str], porteuse: str | None
) -> list[str]:
    seen: list[str] = []
    for organisation_id in organisation_ids:
        organisation = territory.records["organisation"].get(organisation_id)
        if organisation_id in seen:
            raise CallError(
                {
                    "partners": _(
                        "La structure « {name} » est déjà partenaire de cette candidature."
                    ).format(name=organisation.name)
                }
            )
        if organisation_id == porteuse:
            raise CallError(
                {
                    "partners": _(
                        "« {name} » porte la candidature : elle ne peut pas en être aussi "
                        "partenaire."
                    ).format(name=organisation.name)
                }
            )
        seen.append(organisation_id)
    return seen


def create_submission(
    territory: Territory,
    call_id: str,
    fields: dict[str, Any],
    *,
    partners: Sequence[str] = (),
    new_project: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> c.Submission:
    """A candidature with its partners (structure ids), in one transaction. With
    ``new_project`` (Project fields: name, description, sector…) the project is created in the
    case log first, the porteur (``person_id``) as its holder. Without a porteur, the
    project's first holder is taken. The received date defaults to today."""
    today = today or dt.date.today()
    with territory.transaction():
        call: c.ProjectCall = territory.records["project_call"].get(call_id)
        values = {"received_on": today.isoformat(), **fields}
        if new_project is not None:
            holders = []
            if values.get("person_id"):
                holders.append(casework.HolderInput(person_id=values["person_id"], role="Porteur"))
            try:
                project = casework.create_project(territory, new_project, holders, today=today)
            except casework.CaseworkError as exc:
                raise CallError(
                    {f"project_{k}" if k else "project_name": v for k, v in exc.errors.items()}
                ) from exc
            values["project_id"] = project.id
        if values.get("project_id") and not values.get("person_id"):
            holders_of = casework.holders(territory, values["project_id"])
            if holders_of:
                values["person_id"] = holders_of[0].person.id
        clean = _check(territory, call, {k: values.get(k) for k in FIELDS}, None)
        ids = _check_partners(territory, partners, clean["organisation_id"])
        submission = cast(
            c.Submission,
            territory.save(
                "submission",
                {"call_id": call_id, "status": SubmissionStatus.RECEIVED, **clean},
            ),
        )
        for organisation_id in ids:
            territory.save(
                "submission_partner",
                {"submission_id": submission.id, "organisation_id": organisation_id},
            )
    return submission


def update_submission(
    territory: Territory,
    submission_id: str,
    rev: int,
    changes: dict[str, Any],
    *,
    partners: Sequence[str] | None = None,
) -> c.Submission:
    """Save edited fields (rev-checked) and, when given, the whole list of partners (rows
    kept for the structures still there, added and removed for the others)."""
    with territory.transaction():
        current: c.Submission = territory.records["submission"].get(submission_id)
        call: c.ProjectCall = territory.records["project_call"].get(current.call_id)
        merged = {n: getattr(current, n) for n in FIELDS}
        merged.update({k: v for k, v in changes.items() if k in FIELDS})
        clean = _check(territory, call, merged, submission_id)
        changed = {k: clean[k] for k in changes if k in FIELDS}
        submission = current
        if changed or current.rev != rev:
            submission = cast(
                c.Submission,
                territory.save("submission", changed, row_id=submission_id, rev=rev),
            )
        if partners is not None:
            wanted = _check_partners(territory, partners, clean["organisation_id"])
            have: set[str] = set()
            for row in q.partners(territory.tdb.db, submission_id):
                organisation_id = row.record.organisation_id
                if organisation_id not in wanted or organisation_id in have:  # gone, or twice
                    territory.remove("submission_partner", row.record.id, row.record.rev)
                have.add(organisation_id)
            for organisation_id in wanted:
                if organisation_id not in have:
                    territory.save(
                        "submission_partner",
                        {"submission_id": submission_id, "organisation_id": organisation_id},
                    )
        if eligibility.refresh_checked(territory, call.id, submission_id):
            submission = get(territory, submission_id)
    return submission


def add_partner(
    territory: Territory, submission_id: str, organisation_id: str, role: str = ""
) -> c.SubmissionPartner:
    """One more partner structure; the same structure twice is refused in French."""
    with territory.transaction():
        current: c.Submission = territory.records["submission"].get(submission_id)
        have = [row.record.organisation_id for row in partners(territory, submission_id)]
        _check_partners(territory, [*have, organisation_id], current.organisation_id)
        partner = cast(
            c.SubmissionPartner,
            territory.save(
                "submission_partner",
                {
                    "submission_id": submission_id,
                    "organisation_id": organisation_id,
                    "role": (role or "").strip(),
                },
            ),
        )
        eligibility.refresh_checked(territory, current.call_id, submission_id)
    return partner


def remove_partner(territory: Territory, partner_id: str, rev: int) -> None:
    with territory.transaction():
        removed = cast(c.SubmissionPartner, territory.remove("submission_partner", partner_id, rev))
        submission = get(territory, removed.submission_id)
        eligibility.refresh_checked(territory, submission.call_id, submission.id)


def partners(territory: Territory, submission_id: str) -> list[q.PartnerRow]:
    """The candidature's partners with their names, in the order added (a structure two
    merged copies both added shows once)."""
    seen: set[str] = set()
    found = []
    for row in q.partners(territory.tdb.db, submission_id):
        if row.record.organisation_id not in seen:
            seen.add(row.record.organisation_id)
            found.append(row)
    return found


def withdraw(territory: Territory, submission_id: str, rev: int) -> c.Submission:
    """The porteur withdrew: status « retirée », kept with its partners and documents. A
    candidature the jury decided is refused (its decision must be reversed first)."""
    with territory.transaction():
        current: c.Submission = territory.records["submission"].get(submission_id)
        if current.status in DECIDED:
            raise CallError(
                _(
                    "Le jury a déjà décidé de cette candidature : revenez d'abord sur sa "
                    "décision pour la retirer."
                )
            )
        return cast(
            c.Submission,
            territory.save(
                "submission", {"status": SubmissionStatus.WITHDRAWN}, row_id=submission_id, rev=rev
            ),
        )


def reinstate(territory: Territory, submission_id: str, rev: int) -> c.Submission:
    """Undo a withdrawal: back to « reçue », to be checked again."""
    with territory.transaction():
        current: c.Submission = territory.records["submission"].get(submission_id)
        if current.status != SubmissionStatus.WITHDRAWN:
            return current
        return cast(
            c.Submission,
            territory.save(
                "submission", {"status": SubmissionStatus.RECEIVED}, row_id=submission_id, rev=rev
            ),
        )


def get(territory: Territory, submission_id: str) -> c.Submission:
    return cast(c.Submission, territory.records["submission"].get(submission_id))


def lines(territory: Territory, call_id: str) -> list[Line]:
    """The call's candidatures with their names, counts and verdict (one query)."""
    call: c.ProjectCall = territory.records["project_call"].get(call_id)
    required = len(call.required_documents)
    return [_line(call, row, required) for row in q.submissions(territory.tdb.db, call_id)]


def line(territory: Territory, submission_id: str) -> Line:
    submission = get(territory, submission_id)
    call: c.ProjectCall = territory.records["project_call"].get(submission.call_id)
    row = q.submissions(territory.tdb.db, call.id, submission_id)[0]
    return _line(call, row, len(call.required_documents))


def _line(call: c.ProjectCall, row: q.SubmissionRow, required: int) -> Line:
    wanted = {fold(doc) for doc in call.required_documents}
    received = sum(1 for doc in row.record.documents if fold(doc) in wanted)
    return Line(
        row.record,
        row.project_reference,
        row.project_name,
        row.porteur,
        row.organisation,
        row.partners,
        received,
        required,
        eligibility.judge(call, row.record, row.partners),
    )
