"""Demo generator, part 2: porteurs, projects and their case log (see services/demo/).

Every screen of the case log has something to show: orientations in every status (an
orientation sent more than 30 days ago without answer is already ``sans_reponse``, as
services/referrals.flag_unanswered would make it), funding plans of up to three funders,
relances due today and overdue, and the post-creation check-ins of created projects (done when
past, a few left overdue).
"""

from collections import defaultdict
from datetime import date, timedelta
from typing import cast

from municipaless.core import domain as d
from municipaless.core.statuses import FundingStatus, ProjectStatus, ReferralStatus
from municipaless.core.wording import plural
from municipaless.services.casework import CHECKIN_MONTHS, add_months, checkin_text
from municipaless.services.demo import data
from municipaless.services.demo.directory import DirectoryGenerator

DECIDED = (FundingStatus.GRANTED, FundingStatus.REFUSED, FundingStatus.PAID)


class CaseworkGenerator(DirectoryGenerator):
    """Projects with holders, case events, orientations, funding requests and relances."""

    # porteurs et projets ------------------------------------------------------------------
    def projects(self) -> None:
        rng, n = self.rng, self.scale.projects
        sectors = list(data.PROJECT_PATTERNS)
        firsts = sorted(self.days_ago(7, 3 * 365) for _ in range(n))
        showcase = {rng.randrange(n): s for s in data.SHOWCASE_PROJECTS}
        while len(showcase) < min(n, len(data.SHOWCASE_PROJECTS)):
            showcase.setdefault(rng.randrange(n), data.SHOWCASE_PROJECTS[len(showcase)])
        tags = [
            self.new(d.Tag, self.today - timedelta(days=1100), name=t, colour=c)
            for t, c in data.TAGS
        ]
        per_year: dict[int, int] = defaultdict(int)
        self.projects_info: list[tuple[d.Project, date, date]] = []  # project, first, last day
        for i, first in enumerate(firsts):
            if i in showcase:
                name, sector, insee = showcase[i]
                commune = next(c for c in self.communes if c[0] == insee)
            else:
                sector, commune = rng.choice(sectors), self.commune()
                name = self.fill(rng.choice(data.PROJECT_PATTERNS[sector]), commune)
            age = (self.today - first).days
            status = rng.choices(
                [
                    ProjectStatus.ACTIVE,
                    ProjectStatus.DORMANT,
                    ProjectStatus.CREATED,
                    ProjectStatus.ABANDONED,
                    ProjectStatus.CLOSED,
                ],
                [6, 1, 2 + age // 300, 1 + age // 400, age // 500],
            )[0]
            stage = {
                ProjectStatus.CREATED: rng.choice(["creation", "developpement", "consolidation"]),
                ProjectStatus.ACTIVE: rng.choice(["idee", "emergence", "emergence", "creation"]),
            }.get(status, rng.choice(["idee", "emergence"]))
            last = (
                self.today
                if status in (ProjectStatus.ACTIVE, ProjectStatus.DORMANT, ProjectStatus.CREATED)
                else self.between(first, self.today)
            )
            founded = (
                self.between(first + timedelta(days=min(age, 60)), last)
                if status == ProjectStatus.CREATED
                else None
            )
            per_year[first.year] += 1
            jobs = rng.randint(1, 8)
            project = self.new(
                d.Project,
                first,
                reference=f"P-{first.year}-{per_year[first.year]:04d}",
                name=name,
                sector=sector,
                commune_insee=commune[0],
                stage=stage,
                status=status,
                description=" ".join(rng.sample(data.DESCRIPTIONS, 2)).format(
                    sector_label=sector.replace("_", " "),
                    jobs=plural(jobs, "emploi local", "emplois locaux"),
                ),
                legal_status=rng.choice(data.PROJECT_LEGAL.get(sector, ("association",))),
                close_reason="Le collectif a renoncé faute de local"
                if status == ProjectStatus.ABANDONED
                else "",
                jobs_planned=jobs,
                jobs_created=rng.randint(0, jobs) if status == ProjectStatus.CREATED else None,
                first_contact_on=first.isoformat(),
                founded_on=founded.isoformat() if founded else None,
                referent=self.officer if rng.random() < 0.8 else "Camille Roux",
                challenges=self._challenges(sector),
            )
            self.projects_info.append((project, first, last))
            for k in range(1 if rng.random() < 0.7 else 2):
                person, woman = self.porteurs[(i * 2 + k) % len(self.porteurs)]
                role = data.HOLDER_ROLES[0] if k == 0 else rng.choice(data.HOLDER_ROLES[1:])
                self.new(
                    d.ProjectHolder,
                    first,
                    project_id=project.id,
                    person_id=person.id,
                    role=role[woman],
                )
            if rng.random() < 0.1:
                self.new(
                    d.Tagging,
                    first,
                    tag_id=rng.choice(tags).id,
                    target_table="project",
                    target_id=project.id,
                )
            self._referrals_and_funding(project, first, last)
            self._follow_ups(project, first, status)
            if founded:
                self._checkins(project, founded)

    def _challenges(self, sector: str) -> tuple[str, ...]:
        challenge = self.challenges.get(data.SECTOR_CHALLENGE.get(sector, ""))
        return (challenge,) if challenge else ()

    def case_events(self) -> None:
        rng, info = self.rng, self.projects_info
        extra = rng.choices(range(len(info)), k=max(0, self.scale.case_events - len(info)))
        kinds = ["entretien", "appel", "email", "visite", "atelier", "point_etape"]
        weights = [5, 5, 4, 1, 1, 2]
        holders = {
            h.project_id: h.person_id
            for h in cast(list[d.ProjectHolder], self.rows["ProjectHolder"])
        }
        # Every project opens with its accueil; the other entries fall on busy projects.
        for position, index in enumerate([*range(len(info)), *extra]):
            project, first, last = info[index]
            if position < len(info):
                day, kind = first, "accueil"
            else:
                day = self.between(first, last)
                kind = rng.choices(kinds, weights)[0]
                if project.founded_on and day.isoformat() > project.founded_on:
                    kind = "post_creation" if rng.random() < 0.5 else kind
            event = self.new(
                d.CaseEvent,
                day,
                project_id=project.id,
                kind=kind,
                occurred_on=day.isoformat(),
                duration_min=data.EVENT_MINUTES[kind],
                subject=rng.choice(data.EVENT_SUBJECTS[kind]),
                notes=" ".join(rng.sample(data.NOTE_SENTENCES, rng.randint(1, 2))),
            )
            if kind in ("accueil", "entretien", "visite") and rng.random() < 0.5:
                self.new(
                    d.CaseEventParticipant,
                    day,
                    case_event_id=event.id,
                    person_id=holders[project.id],
                )
            elif kind == "point_etape":
                org = rng.choice(self.referable)[0]
                self.new(
                    d.CaseEventParticipant, day, case_event_id=event.id, organisation_id=org.id
                )

    def _referrals_and_funding(self, project: d.Project, first: date, last: date) -> None:
        rng, today = self.rng, self.today
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            org, services = rng.choice(self.referable)
            consent = self.between(first, last)
            if (today - consent).days < 20:
                status = rng.choice([ReferralStatus.PROPOSED, ReferralStatus.SENT])
            else:
                status = rng.choices(
                    [
                        ReferralStatus.SENT,
                        ReferralStatus.TAKEN_ON,
                        ReferralStatus.REFUSED,
                        ReferralStatus.NO_ANSWER,
                    ],
                    [1, 6, 1, 1],
                )[0]
            sent = (
                consent + timedelta(days=rng.randint(0, 7))
                if status != ReferralStatus.PROPOSED
                else None
            )
            if status == ReferralStatus.SENT and sent and (today - sent).days > 30:
                status = ReferralStatus.NO_ANSWER
            answered = (
                min(sent + timedelta(days=rng.randint(3, 30)), today)
                if sent and status in (ReferralStatus.TAKEN_ON, ReferralStatus.REFUSED)
                else None
            )
            self.new(
                d.Referral,
                consent,
                project_id=project.id,
                organisation_id=org.id,
                need=rng.choice(services),
                consent_on=consent.isoformat(),
                consent_how=rng.choice(data.REFERRAL_CONSENT),
                status=status,
                sent_on=sent.isoformat() if sent else None,
                answered_on=answered.isoformat() if answered else None,
                refusal_reason=rng.choice(data.REFERRAL_REFUSALS)
                if status == ReferralStatus.REFUSED
                else "",
                outcome=rng.choice(data.REFERRAL_OUTCOMES)
                if status == ReferralStatus.TAKEN_ON
                else "",
            )
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            org, instruments = rng.choice(self.funders)
            instrument = rng.choice(instruments)
            low, high = data.FUNDING_RANGE_EUR[instrument]
            asked = rng.randint(low // 500, high // 500) * 500
            day = self.between(first, last)
            if (today - day).days < 30:
                funding_status = FundingStatus.PREPARATION
            else:
                funding_status = rng.choices(
                    [
                        FundingStatus.SUBMITTED,
                        FundingStatus.GRANTED,
                        FundingStatus.REFUSED,
                        FundingStatus.PAID,
                    ],
                    [2, 3, 1, 3],
                )[0]
            granted = (
                asked * rng.choice((10, 10, 8, 5)) // 10 // 500 * 500
                if funding_status in (FundingStatus.GRANTED, FundingStatus.PAID)
                else None
            )
            decided = (
                min(day + timedelta(days=rng.randint(30, 120)), today - timedelta(days=1))
                if funding_status
                in (FundingStatus.GRANTED, FundingStatus.REFUSED, FundingStatus.PAID)
                else None
            )
            self.new(
                d.FundingRequest,
                day,
                project_id=project.id,
                funder_id=org.id,
                scheme=rng.choice(data.FUNDING_SCHEMES[instrument]),
                instrument=instrument,
                asked_cents=asked * 100,
                granted_cents=granted * 100 if granted else None,
                status=funding_status,
                decided_on=decided.isoformat() if decided else None,
                report_due_on=(decided + timedelta(days=365)).isoformat()
                if decided and granted and instrument == "subvention"
                else None,
                is_commune=org.acronym == "CAPCA",
            )

    def _follow_ups(self, project: d.Project, first: date, status: str) -> None:
        """Past relances are done; an active project keeps one open, a third of them overdue."""
        rng, today = self.rng, self.today
        count = rng.randint(0, 3)
        for k in range(count):
            if status in (ProjectStatus.ACTIVE, ProjectStatus.DORMANT) and k == count - 1:
                late = 0 if rng.random() < 0.02 else rng.randint(-30, 60)  # some due today
                due, done = today + timedelta(days=late), None
            else:
                due = self.between(first, today - timedelta(days=1))
                done = max(
                    first, min(due + timedelta(days=rng.randint(-5, 10)), today - timedelta(days=1))
                )
            self.new(
                d.FollowUp,
                first,
                project_id=project.id,
                due_on=due.isoformat(),
                what=rng.choice(data.FOLLOW_UPS),
                done_on=done.isoformat() if done else None,
            )

    def _checkins(self, project: d.Project, founded: date) -> None:
        """The four post-creation check-ins: past ones mostly done, future ones open."""
        rng, today = self.rng, self.today
        for months in CHECKIN_MONTHS:
            due = add_months(founded, months)
            done = None
            if due < today and rng.random() < 0.85:
                done = min(due + timedelta(days=rng.randint(-10, 20)), today - timedelta(days=1))
            self.new(
                d.FollowUp,
                founded,
                project_id=project.id,
                due_on=due.isoformat(),
                what=checkin_text(months),
                done_on=done.isoformat() if done else None,
                kind="checkin",
                checkin_months=months,
            )
