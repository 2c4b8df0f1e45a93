"""Demo generator, part 4: calls for projects with their jury (see services/demo/).

A call is generated as it would have been lived: launched, candidatures received with their
partners and documents, eligibility checked against the rules of docs/cooperation.md (the same
sentences, so a screen recomputing it agrees), every eligible candidature scored by every jury
member not in conflict, ranked by the weighted score, then decided in a meeting of the « Jury »
instance: one numbered decision per candidature in ranking order (the numbering of
services/meetings/decisions, the words of ``jury.decision_text``), awards within the ceiling
and the envelope, each award a ``funding_request`` of the project's plan de financement
(``submission_id`` set, status ``accordee``, scheme = the call's title).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core.formats import format_long_date
from municipaless.core.statuses import (
    ActionItemStatus,
    AttendanceStatus,
    CallStatus,
    FundingStatus,
    MinutesStatus,
    ProjectStatus,
    SubmissionStatus,
)
from municipaless.core.wording import plural
from municipaless.services.cooperation import jury
from municipaless.services.demo import cooperation_data as cd
from municipaless.services.demo import data
from municipaless.services.demo.meetings import Generator, Invited
from municipaless.services.meetings.decisions import decision_prefix

OPEN_PROJECT = (ProjectStatus.ACTIVE, ProjectStatus.CREATED, ProjectStatus.DORMANT)


def euros(cents: int) -> str:
    """« 12 000 € » as core.formats.format_money writes whole euros, without loading babel's
    locale data (a fifth of a second, a third of the small demo's cooperation part)."""
    return f"{cents // 100:,}".replace(",", "\u202f") + "\u00a0€"


@dataclass(frozen=True)
class CallPlan:
    """How big a call is and where it stands."""

    title: str
    launch: date
    candidatures: int
    jury: int
    criteria: int
    envelope_eur: int
    ceiling_eur: int
    showcase: bool = False  # the small demo's call: its deliberate special cases

    @property
    def deadline(self) -> date:
        return self.launch + timedelta(days=60)

    @property
    def jury_on(self) -> date:
        return self.launch + timedelta(days=98)

    @property
    def notification(self) -> date:
        return self.launch + timedelta(days=120)


@dataclass
class _Candidature:
    record: co.Submission
    project: d.Project
    partners: int
    unmet: list[str]
    score: float | None = None  # weighted, out of 100, once ranked


def unmet_rules(call: co.ProjectCall, sub: co.Submission, partners: int) -> list[str]:
    """The eligibility rules a candidature does not meet, one French sentence each
    (docs/cooperation.md)."""
    out = []
    category = next((c for c in call.categories if c.get("label") == sub.category), {})
    need = max(call.min_partners, int(category.get("min_partners", 0)))
    if partners < need:
        where = f"pour la catégorie « {sub.category} »" if category else "pour cet appel"
        have = (
            "aucun n'est indiqué"
            if partners == 0
            else plural(partners, "partenaire indiqué", "partenaires indiqués")
        )
        out.append(
            f"Au moins {plural(need, 'partenaire est exigé', 'partenaires sont exigés')} "
            f"{where} : {have}."
        )
    if call.deadline_on and sub.received_on and sub.received_on > call.deadline_on:
        out.append(f"Reçue le {format_long_date(sub.received_on)}, après la date limite.")
    if call.max_amount_cents and (sub.asked_cents or 0) > call.max_amount_cents:
        out.append(f"Le montant demandé dépasse le plafond de {euros(call.max_amount_cents)}.")
    for document in call.required_documents:
        if document not in sub.documents:
            out.append(f"Pièce manquante : « {document} ».")
    return out


class CallsGenerator(Generator):
    """Calls for projects, their candidatures, scorecards, jury meeting and awards."""

    def calls(self, plans: list[CallPlan]) -> None:
        self._holder: dict[str, str] = {}
        for h in cast(list[d.ProjectHolder], self.rows["ProjectHolder"]):
            self._holder.setdefault(h.project_id, h.person_id)
        self.commune_org = next(
            o for o, _f in self.org_family if o.acronym == "CAPCA"
        )  # the agglomeration is the demo's commune: it sits in most collectifs
        families = {o.id: f for o, f in self.org_family}
        self._partner_pool = [
            o for o, f in self.org_family if f in ("ess", "accompagnement") and o.acronym != "PTCE"
        ]
        self._jury_pool = [
            c for c in self.contacts if families[c[2].id] in ("public", "accompagnement", "finance")
        ]
        self._open = [(p, f) for p, f, _l in self.projects_info if p.status in OPEN_PROJECT]
        self.call_records: list[co.ProjectCall] = []
        used: set[str] = set()
        per_year: dict[int, int] = {}
        for plan in sorted(plans, key=lambda p: p.launch):
            per_year[plan.launch.year] = number = per_year.get(plan.launch.year, 0) + 1
            self._call(plan, number, used)

    # one call --------------------------------------------------------------------------------
    def _call(self, plan: CallPlan, number: int, used: set[str]) -> None:
        today = self.today
        year = plan.launch.year
        status = CallStatus.PREPARATION
        for stage, start in (
            (CallStatus.OPEN, plan.launch),
            (CallStatus.CLOSED, plan.deadline + timedelta(days=1)),
            (CallStatus.JURY, plan.jury_on + timedelta(days=1)),
            (CallStatus.NOTIFIED, plan.notification + timedelta(days=1)),
        ):
            if start <= today:
                status = stage
        challenges = [self.challenges[t] for t in self.call_challenges(plan)]
        call = self.new(
            co.ProjectCall,
            plan.launch - timedelta(days=45),
            reference=f"AAP-{year}-{number:02d}",
            title=plan.title,
            description=cd.CALL_DESCRIPTION,
            categories=(
                {"label": cd.COOPERATIVE_CATEGORY, "min_partners": 1},
                {"label": cd.EMERGING_CATEGORY, "min_partners": 0},
            ),
            min_partners=0,
            max_amount_cents=plan.ceiling_eur * 100,
            required_documents=cd.REQUIRED_DOCUMENTS,
            envelope_cents=plan.envelope_eur * 100,
            launch_on=plan.launch.isoformat(),
            deadline_on=plan.deadline.isoformat(),
            jury_on=plan.jury_on.isoformat(),
            notification_on=plan.notification.isoformat(),
            status=status,
            funder_id=None,  # the commune itself pays (docs/cooperation.md)
            challenges=tuple(challenges),
        )
        self.call_records.append(call)
        criteria = [
            self.new(
                co.CallCriterion,
                plan.launch - timedelta(days=45),
                call_id=call.id,
                label=label,
                description=description,
                weight=weight,
                max_score=5,
                position=i,
            )
            for i, (label, description, weight) in enumerate(cd.CRITERIA[: plan.criteria])
        ]
        jury = self._jury(call, plan)
        if plan.launch > today:
            return  # in preparation: its rules are written, nothing received yet
        candidatures = self._candidatures(call, plan, used)
        if plan.deadline >= today:
            return  # still open: received, not yet examined
        for c in candidatures:
            c.record.status = (
                SubmissionStatus.INELIGIBLE
                if c.unmet and not c.record.eligibility_note
                else SubmissionStatus.ELIGIBLE
            )
        eligible = [c for c in candidatures if c.record.status == SubmissionStatus.ELIGIBLE]
        self._scorecards(plan, eligible, jury, criteria)
        ranked = sorted(
            eligible,
            key=lambda c: (
                -(c.score or 0.0),
                c.record.received_on or "",
                c.project.reference,
            ),
        )
        if plan.jury_on < today:
            self._jury_meeting(call, plan, ranked, candidatures, jury)

    def call_challenges(self, plan: CallPlan) -> list[str]:
        """Titles of the enjeux a call carries (never the one left uncovered)."""
        titles = [t for t in data.SECTOR_CHALLENGE.values() if t in self.challenges]
        if plan.showcase:
            return [t for t in ("Économie circulaire", "Alimentation durable") if t in titles]
        return self.rng.sample(titles, min(len(titles), self.rng.randint(1, 2)))

    def _jury(self, call: co.ProjectCall, plan: CallPlan) -> list[tuple[co.JuryMember, Invited]]:
        members: list[tuple[co.JuryMember, Invited]] = []
        picked = self.rng.sample(self._jury_pool, min(len(self._jury_pool), plan.jury))
        for position, (person, _role, org) in enumerate(picked):
            woman = person.civility == "Mme"
            member = self.new(
                co.JuryMember,
                plan.launch - timedelta(days=30),
                call_id=call.id,
                person_id=person.id,
                organisation_id=org.id,
                role=cd.JURY_ROLES[0 if woman else 1] if position == 0 else "membre",
                position=position,
            )
            members.append((member, (person, org, AttendanceStatus.PRESENT)))
        return members

    def _candidatures(
        self, call: co.ProjectCall, plan: CallPlan, used: set[str]
    ) -> list[_Candidature]:
        rng, deadline = self.rng, plan.deadline
        pool = [(p, first) for p, first in self._open if first < deadline and p.id not in used]
        if plan.showcase:  # the fixed projects first, so the demo's call always shows them
            showcase = {name for name, _s, _i in data.SHOWCASE_PROJECTS}
            pool.sort(key=lambda x: x[0].name not in showcase)
            chosen = pool[: plan.candidatures]
        else:
            chosen = rng.sample(pool, min(len(pool), plan.candidatures))
        out = []
        for i, (project, first) in enumerate(chosen):
            used.add(project.id)
            cooperative = i % 3 != 2  # two in three ask for the cooperative category
            partners = rng.randint(1, 3) if cooperative else rng.randint(0, 2)
            faults = not plan.showcase and plan.candidatures < 100  # the benchmark's: all in
            if faults and cooperative and rng.random() < 0.06:
                partners = 0  # forgot to name them: not eligible
            documents = list(cd.REQUIRED_DOCUMENTS)
            if rng.random() < 0.5:
                documents.append(rng.choice(cd.EXTRA_DOCUMENTS))
            note = ""
            if plan.showcase and i == 1:
                partners = 0  # a cooperative candidature without partner: not eligible
            if plan.showcase and i == 2:  # the statutes are missing: eligible by the officer
                documents.remove(cd.REQUIRED_DOCUMENTS[2])
                note = cd.ELIGIBILITY_OVERRIDE
            elif faults and rng.random() < 0.04:
                documents.remove(rng.choice(cd.REQUIRED_DOCUMENTS))
            received = self.between(max(plan.launch, first), plan.deadline)
            sub = self.new(
                co.Submission,
                received,
                call_id=call.id,
                project_id=project.id,
                person_id=self._holder.get(project.id),
                category=cd.COOPERATIVE_CATEGORY if cooperative else cd.EMERGING_CATEGORY,
                asked_cents=rng.randint(8, plan.ceiling_eur // 500) * 50_000,
                received_on=received.isoformat(),
                documents=tuple(documents),
                status=SubmissionStatus.RECEIVED,
                eligibility_note=note,
            )
            for org in rng.sample(self._partner_pool, partners):
                self.new(
                    co.SubmissionPartner,
                    received,
                    submission_id=sub.id,
                    organisation_id=org.id,
                    role=rng.choice(cd.PARTNER_ROLES),
                )
            out.append(_Candidature(sub, project, partners, unmet_rules(call, sub, partners)))
        return out

    def _scorecards(
        self,
        plan: CallPlan,
        eligible: list[_Candidature],
        jury: list[tuple[co.JuryMember, Invited]],
        criteria: list[co.CallCriterion],
    ) -> None:
        """Every member scores every eligible candidature, except where in conflict (one in the
        small demo's call, now and then in the others): the weighted score follows the formula
        of docs/cooperation.md."""
        rng = self.rng
        day = plan.deadline + timedelta(days=20)
        conflict_at = (1, 3) if plan.showcase else None  # (candidature, member)
        for ci, c in enumerate(eligible):
            quality = rng.uniform(1.5, 4.8)
            sums = {k.id: [0.0, 0] for k in criteria}
            for mi, (member, _invited) in enumerate(jury):
                conflict = (ci, mi) == conflict_at or (not plan.showcase and rng.random() < 0.01)
                card = self.new(
                    co.Scorecard,
                    day,
                    submission_id=c.record.id,
                    jury_member_id=member.id,
                    conflict_of_interest=conflict,
                    comment=cd.CONFLICT_COMMENT if conflict else rng.choice(cd.SCORE_COMMENTS),
                )
                if conflict:
                    continue
                for k in criteria:
                    value = float(min(k.max_score, max(0, round(quality + rng.gauss(0, 0.8)))))
                    self.new(co.Score, day, scorecard_id=card.id, criterion_id=k.id, value=value)
                    sums[k.id][0] += value
                    sums[k.id][1] += 1
            scored = [(k, sums[k.id]) for k in criteria if sums[k.id][1]]
            weights = sum(k.weight for k, _s in scored)
            c.score = (
                100 * sum(k.weight * (s / n) / k.max_score for k, (s, n) in scored) / weights
                if weights
                else None
            )

    # the jury ----------------------------------------------------------------------------------
    def _jury_meeting(
        self,
        call: co.ProjectCall,
        plan: CallPlan,
        ranked: list[_Candidature],
        candidatures: list[_Candidature],
        jury: list[tuple[co.JuryMember, Invited]],
    ) -> None:
        rng, today, day = self.rng, self.today, plan.jury_on
        s = self.series["JURY"]
        meeting = self.new(
            d.Meeting,
            day - timedelta(days=21),
            series_id=s.record.id,
            title=f"Jury de l'appel à projets « {call.title} » du {format_long_date(day)}",
            starts_at=f"{day.isoformat()}T14:00",
            ends_at=f"{day.isoformat()}T17:00",
            place=data.PLACES[0],
            minutes_status=MinutesStatus.CIRCULATED,
            summary="Examen de "
            + plural(len(candidatures), "candidature reçue", "candidatures reçues")
            + ".",
            challenges=call.challenges,
        )
        call.jury_meeting_id = meeting.id
        attendance: list[Invited] = []
        for member, (person, org, _status) in jury:
            status = AttendanceStatus.PRESENT if rng.random() < 0.9 else AttendanceStatus.EXCUSED
            self.new(
                d.Attendance,
                day,
                meeting_id=meeting.id,
                person_id=member.person_id,
                organisation_id=org.id if org else None,
                status=status,
            )
            attendance.append((person, org, status))
        titles = ["Ouverture de la séance et déclarations de conflits d'intérêts"]
        titles += [f"{c.project.reference} « {c.project.name} »" for c in ranked]
        titles.append("Questions diverses")
        items = [
            self.new(
                d.AgendaItem,
                day,
                meeting_id=meeting.id,
                position=position,
                title=title,
                presenter=self.officer,
                duration_min=10 if 1 < position < len(titles) else 15,
            )
            for position, title in enumerate(titles, start=1)
        ]
        for c in candidatures:
            self.new(d.MeetingProject, day, meeting_id=meeting.id, project_id=c.project.id)
        decisions = self._decide(call, plan, ranked, items[1:-1], meeting, s.record)
        notified = plan.notification < today
        for c in candidatures:
            if c.record.status == SubmissionStatus.INELIGIBLE:
                c.record.refusal_reason = " ".join(c.unmet)
            if notified:
                c.record.notified_on = plan.notification.isoformat()
        action = self.new(
            d.ActionItem,
            day,
            meeting_id=meeting.id,
            agenda_item_id=items[-1].id,
            what=cd.JURY_ACTION.format(call=call.title),
            owner_text=self.officer,
            due_on=plan.notification.isoformat(),
            status=ActionItemStatus.DONE if notified else ActionItemStatus.TODO,
            done_on=plan.notification.isoformat() if notified else None,
        )
        self._snapshots[meeting.id] = self._snapshot(
            s, meeting, attendance, items, decisions, [action]
        )
        diffused = day + timedelta(days=7)
        self._version(meeting, MinutesStatus.CIRCULATED, diffused)
        # approved at the instance's next meeting held after the minutes went out, as always
        later = [
            m.starts_at[:10]
            for m in cast(list[d.Meeting], self.rows["Meeting"])
            if m.series_id == s.record.id and diffused.isoformat() < m.starts_at[:10]
        ]
        approved = date.fromisoformat(min(later)) if later else None
        if approved is not None and approved < today:
            self._version(meeting, MinutesStatus.APPROVED, approved, approved_at=approved)
            meeting.minutes_status = MinutesStatus.APPROVED
            meeting.approved_on = approved.isoformat()

    def _decide(
        self,
        call: co.ProjectCall,
        plan: CallPlan,
        ranked: list[_Candidature],
        items: list[d.AgendaItem],
        meeting: d.Meeting,
        series: d.MeetingSeries,
    ) -> list[d.Decision]:
        """Lauréats down the ranking while the envelope lasts, the others refused with a
        reason; each decision numbered after the last of the instance that year."""
        rng, day = self.rng, plan.jury_on
        remaining = plan.envelope_eur * 100
        prefix = decision_prefix(series, meeting.starts_at)
        made = []
        for c, item in zip(ranked, items, strict=True):
            sub = c.record
            asked = sub.asked_cents or 0
            award = min(asked * rng.choice((10, 10, 10, 8)) // 10 // 50_000 * 50_000, remaining)
            good = (c.score or 0) >= 55
            if good and award >= 200_000:
                remaining -= award
                sub.status, sub.awarded_cents = SubmissionStatus.AWARDED, award
            else:
                reason = cd.REFUSAL_REASONS[1] if good else rng.choice(cd.REFUSAL_REASONS[::2])
                sub.status, sub.refusal_reason = SubmissionStatus.REFUSED, reason.capitalize()
            self._numbers[series.code, day.year] += 1
            decision = self.new(
                d.Decision,
                day,
                meeting_id=meeting.id,
                agenda_item_id=item.id,
                number=f"{prefix}{self._numbers[series.code, day.year]:02d}",
                text=jury.decision_text(call, c.project, sub),  # the register's own words
            )
            sub.decision_id = decision.id
            made.append(decision)
            if sub.status == SubmissionStatus.AWARDED:
                self._award(call, sub, day)
        return made

    def _award(self, call: co.ProjectCall, sub: co.Submission, day: date) -> None:
        """The award as a line of the project's plan de financement (docs/cooperation.md)."""
        self.new(
            d.FundingRequest,
            day,
            project_id=sub.project_id,
            funder_id=call.funder_id,
            scheme=call.title,
            instrument="subvention",
            asked_cents=sub.asked_cents,
            granted_cents=sub.awarded_cents,
            status=FundingStatus.GRANTED,
            decided_on=day.isoformat(),
            report_due_on=(day + timedelta(days=365)).isoformat(),
            is_commune=call.funder_id is None,
            submission_id=sub.id,
            budget_year=day.year,
        )
