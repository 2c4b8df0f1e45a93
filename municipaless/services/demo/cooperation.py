"""Demo generator, part 5: the cooperation levers (see services/demo/ and docs/cooperation.md).

- Enjeux: the five seeded ones get their description, the shared diagnosis they come from
  and indicators with dated measures; the small demo adds a sixth, « Accès aux droits et
  inclusion numérique », that no project, meeting, call, collectif, atelier or euro carries,
  so the coverage matrix always shows a « Non couvert » line. The large demo has twelve,
  tied to thousands of projects by sector.
- Calls for projects (demo/calls.py): one in the small demo (12 candidatures, a jury of 5);
  twenty in the large one, one of them with 200 candidatures scored by 6 members on 5
  criteria, for the ranking benchmark.
- Collectifs: the PTCE Centre Ardèche (its instance is the demo's « Réunion du PTCE »
  series, one member has left), a SCIC and a tiers-lieu; 50 in the large demo.
- Ateliers for porteurs over the year, with registrations, attendance and satisfaction.
- Needs of the plan de financement (``budget_line``) for projects with funding: some plans
  balance their resources exactly, the others are short.

Everything comes from the same seeded generator, after the meetings, so the territory the
earlier parts make is unchanged by this one's size.
"""

from datetime import date, timedelta
from typing import Any, cast

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core.statuses import (
    ChallengeStatus,
    FundingStatus,
    RegistrationStatus,
    SubmissionStatus,
    WorkshopStatus,
)
from municipaless.services.demo import cooperation_data as cd
from municipaless.services.demo import data
from municipaless.services.demo.calls import OPEN_PROJECT, CallPlan, CallsGenerator
from municipaless.services.demo.directory import de

REFUSED = (FundingStatus.REFUSED,)


class CooperationGenerator(CallsGenerator):
    """The whole demo territory, cooperation levers included."""

    def cooperation(self, large: bool) -> None:
        self.challenge_updates: dict[str, dict[str, Any]] = {}
        self.enjeux(large)
        self.calls(self.call_plans(large))
        self.collectives(50 if large else len(cd.COLLECTIVES))
        self.workshops(300 if large else 10)
        self.budgets(1_000 if large else 10)

    # enjeux --------------------------------------------------------------------------------
    def enjeux(self, large: bool) -> None:
        rng, today = self.rng, self.today
        year = (today - timedelta(days=500)).year
        diagnosis = min(date(year, 6, 12), today - timedelta(days=1))
        titles = list(cd.CHALLENGES)[: 12 if large else 6]
        position = len(self.challenges)
        for title in titles:
            description, indicators = cd.CHALLENGES[title]
            values: dict[str, Any] = {
                "description": description,
                "status": ChallengeStatus.ACTIVE,
                "diagnosis_on": diagnosis.isoformat(),
                "diagnosis_source": cd.DIAGNOSIS_SOURCE.format(year=year),
                "diagnosis_document": cd.DIAGNOSIS_DOCUMENT.format(year=year),
            }
            if title in self.challenges:  # seeded by the file: updated in place (demo/__init__)
                self.challenge_updates[self.challenges[title]] = values
            else:
                if large and rng.random() < 0.3:
                    values["status"] = ChallengeStatus.PROPOSED
                record = self.new(d.Challenge, diagnosis, title=title, position=position, **values)
                position += 1
                self.challenges[title] = record.id
            self._indicators(self.challenges[title], indicators, diagnosis)
        self._tag_projects_and_meetings(large)

    def _indicators(
        self,
        challenge_id: str,
        indicators: list[tuple[str, str, float | None, float, float]],
        diagnosis: date,
    ) -> None:
        rng = self.rng
        for position, (name, unit, target, first, drift) in enumerate(indicators):
            indicator = self.new(
                co.Indicator,
                diagnosis,
                challenge_id=challenge_id,
                name=name,
                unit=unit,
                target=target,
                position=position,
            )
            count = rng.randint(2, 4)
            for k in range(count):
                day = diagnosis + timedelta(days=int(k * (self.today - diagnosis).days / count))
                noise = rng.uniform(-0.2, 0.2) * abs(drift)
                self.new(
                    co.IndicatorValue,
                    day,
                    indicator_id=indicator.id,
                    measured_on=day.isoformat(),
                    value=round(first + drift * k + noise, 1 if unit == "%" else 0),
                    source=rng.choice(cd.INDICATOR_SOURCES),
                )

    def _tag_projects_and_meetings(self, large: bool) -> None:
        """Projects already carry their sector's enjeu (demo/casework.py); a ressourcerie also
        works for employment now and then, and some COPIL meetings discuss enjeux. The large
        demo ties its other enjeux to the projects of their sectors."""
        rng = self.rng
        emploi = self.challenges.get("Accès à l'emploi")
        for project, _first, _last in self.projects_info:
            extra = cd.EXTRA_SECTOR_CHALLENGE.get(project.sector or "") if large else None
            if extra and extra in self.challenges:
                project.challenges = (*project.challenges, self.challenges[extra])
            if emploi and project.sector == "economie_circulaire" and rng.random() < 0.3:
                project.challenges = (*project.challenges, emploi)
        seeded = [
            self.challenges[t] for t in data.SECTOR_CHALLENGE.values() if t in self.challenges
        ]
        copil = self.series["COPIL"].record.id
        for meeting in cast(list[d.Meeting], self.rows["Meeting"]):
            if meeting.series_id == copil and rng.random() < 0.4:
                meeting.challenges = tuple(rng.sample(seeded, rng.randint(1, 2)))

    def covered_challenges(self) -> list[str]:
        """Ids of the enjeux a collectif or an atelier may carry (never the uncovered one in the
        small demo)."""
        return [
            i for t, i in self.challenges.items() if t != cd.UNCOVERED or len(self.challenges) > 6
        ]

    # calls -----------------------------------------------------------------------------------
    def call_plans(self, large: bool) -> list[CallPlan]:
        today = self.today
        year = today.year if today > date(today.year, 7, 15) else today.year - 1
        if not large:
            return [CallPlan(cd.CALL_TITLES[0], date(year, 3, 2), 12, 5, 3, 60_000, 15_000, True)]
        plans = []
        for k in range(20):
            launch = today - timedelta(days=1000 - 52 * k)
            title = f"{cd.CALL_TITLES[k % len(cd.CALL_TITLES)]} {launch.year}"
            if k == 16:  # the benchmark's call: closed, scored, its jury to come
                plans.append(
                    CallPlan(title, today - timedelta(days=80), 200, 6, 5, 400_000, 20_000)
                )
                continue
            jury, criteria = self.rng.randint(4, 6), self.rng.randint(3, 5)
            plans.append(
                CallPlan(title, launch, self.rng.randint(8, 20), jury, criteria, 80_000, 15_000)
            )
        return plans

    # collectifs ------------------------------------------------------------------------------
    def collectives(self, count: int) -> None:
        rng, today = self.rng, self.today
        named = {o.acronym or o.name: o for o, _f in self.org_family}
        ess = [o for o, f in self.org_family if f == "ess"]
        enjeux = self.covered_challenges()
        by_title = {t: i for t, i in self.challenges.items()}
        self._carrying: dict[str, list[d.Project]] = {}  # enjeu id -> projects carrying it
        for p, _f, _l in self.projects_info:
            for c in p.challenges:
                self._carrying.setdefault(c, []).append(p)
        names: set[str] = set()
        for k in range(count):
            if k < len(cd.COLLECTIVES):
                name, kind, acronym, description = cd.COLLECTIVES[k]
                org = named.get(acronym) if acronym else None
            else:
                name = ""
                while not name or name in names:  # a name another collectif has is refused
                    template, kind = rng.choice(cd.COLLECTIVE_PATTERNS)
                    commune = self.commune()
                    name = template.format(de=de(commune[1]), name=rng.choice(data.NAME_WORDS))
                org, description = None, ""
            names.add(name)
            founded = self.days_ago(400, 2500)
            series = self.series["PTCE"].record.id if k == 0 else None
            if k == 0:
                challenges = [by_title[t] for t in ("Économie circulaire", "Accès à l'emploi")]
            elif k == 1:
                challenges = [by_title["Alimentation durable"]]
            else:
                challenges = rng.sample(enjeux, rng.randint(1, 2))
            collective = self.new(
                co.Collective,
                founded,
                name=name,
                kind=kind,
                organisation_id=org.id if org else None,
                description=description,
                founded_on=founded.isoformat(),
                commune_insee=org.commune_insee if org else None,
                series_id=series,
                challenges=tuple(challenges),
                closed_on=self.between(founded, today).isoformat()
                if k >= 3 and rng.random() < 0.06
                else None,
            )
            self._members(collective, founded, ess, first=k == 0)
            self._referents(collective, founded, k == 0)
            self._collective_projects(collective, founded, challenges)

    def _members(
        self, collective: co.Collective, founded: date, ess: list[d.Organisation], first: bool
    ) -> None:
        """Six members for the PTCE (one has left), three to twelve elsewhere; the commune
        sits in most of them as « collectivité »."""
        rng = self.rng
        size = 5 if first else rng.randint(2, 11)
        picked = rng.sample(ess, min(len(ess), size))
        rows = [
            (o, "fondateur" if i < 2 else rng.choice(("membre", "membre", "partenaire")))
            for i, o in enumerate(picked)
        ]
        if first or rng.random() < 0.6:
            rows.append((self.commune_org, "collectivite"))
        leaver = 2 if first else (rng.randrange(len(rows)) if rng.random() < 0.3 else -1)
        for i, (org, role) in enumerate(rows):
            joined = founded if role == "fondateur" else self.between(founded, self.today)
            left = None
            if i == leaver:
                role = "membre"
                joined = founded + timedelta(days=30)
                left = self.between(joined + timedelta(days=60), self.today - timedelta(days=1))
            self.new(
                co.Membership,
                joined,
                collective_id=collective.id,
                organisation_id=org.id,
                role=role,
                joined_on=joined.isoformat(),
                left_on=left.isoformat() if left else None,
                notes=cd.MEMBER_LEFT_NOTE if left else "",
            )

    def _referents(self, collective: co.Collective, founded: date, first: bool) -> None:
        rng = self.rng
        if first:  # the people who sit at the PTCE's meetings
            people = [p for p, _r, _o in self.series["PTCE"].members[:2]]
        else:
            people = [p for p, _r, _o in rng.sample(self.contacts, rng.randint(1, 2))]
        for person in people:
            self.new(
                co.CollectiveReferent,
                founded,
                collective_id=collective.id,
                person_id=person.id,
                role=rng.choice(cd.REFERENT_ROLES),
            )

    def _collective_projects(
        self, collective: co.Collective, founded: date, challenges: list[str]
    ) -> None:
        rng = self.rng
        fitting = list(
            {p.id: p for c in challenges for p in self._carrying.get(c, [])}.values()
        ) or [p for p, _f, _l in self.projects_info]
        for project in rng.sample(fitting, min(len(fitting), rng.randint(1, 4))):
            self.new(
                co.CollectiveProject,
                founded,
                collective_id=collective.id,
                project_id=project.id,
            )

    # ateliers --------------------------------------------------------------------------------
    def workshops(self, count: int) -> None:
        rng, today = self.rng, self.today
        trainers = [c for c in self.contacts if c[2].kind == "accompagnement"] or self.contacts
        enjeux = self.covered_challenges()
        porteurs = [
            (self._holder[p.id], p.id)
            for p, _f, _l in self.projects_info
            if p.status in OPEN_PROJECT and p.id in self._holder
        ]
        span = 300 if count <= 12 else 3 * 365  # the small demo: a year, upcoming ones included
        upcoming = max(2, count // 8)
        days = sorted(
            [today + timedelta(days=rng.randint(7, 70)) for _ in range(upcoming)]
            + [today - timedelta(days=rng.randint(3, span)) for _ in range(count - upcoming)]
        )
        for k, day in enumerate(days):
            title, theme = cd.WORKSHOPS[k % len(cd.WORKSHOPS)]
            person, _role, org = rng.choice(trainers)
            past = day < today
            status = WorkshopStatus.HELD if past else WorkshopStatus.PLANNED
            if past and count > 12 and rng.random() < 0.03:
                status = WorkshopStatus.CANCELLED
            hour = rng.choice((9, 14, 18))
            workshop = self.new(
                co.Workshop,
                day - timedelta(days=40),
                title=title,
                theme=theme,
                starts_at=f"{day.isoformat()}T{hour:02d}:00",
                ends_at=f"{day.isoformat()}T{hour + 3:02d}:00",
                place=rng.choice(data.PLACES[:-1]),
                trainer_person_id=person.id,
                trainer_organisation_id=org.id,
                capacity=rng.choice((12, 15, 20)),
                status=status,
                description=cd.WORKSHOP_DESCRIPTION,
                challenges=tuple(rng.sample(enjeux, 1)) if rng.random() < 0.4 else (),
            )
            self._registrations(workshop, day, status, porteurs)

    def _registrations(
        self,
        workshop: co.Workshop,
        day: date,
        status: str,
        porteurs: list[tuple[str, str]],
    ) -> None:
        rng = self.rng
        capacity = workshop.capacity or 12
        who = rng.sample(porteurs, min(len(porteurs), rng.randint(capacity // 2, capacity + 1)))
        # a porteur of two projects registers once (services/cooperation/workshops refuses twice)
        once = {p: j for p, j in reversed(who)}
        rows: list[tuple[str | None, str | None, str]] = [(p, j, "") for p, j in once.items()]
        if status == WorkshopStatus.HELD and rng.random() < 0.3:
            rows.append((None, None, rng.choice(cd.WALK_INS)))
        for person_id, project_id, free_name in rows:
            if status == WorkshopStatus.HELD:
                state = rng.choices(
                    [
                        RegistrationStatus.PRESENT,
                        RegistrationStatus.EXCUSED,
                        RegistrationStatus.ABSENT,
                    ],
                    [16, 2, 2],
                )[0]
            elif status == WorkshopStatus.CANCELLED:
                state = RegistrationStatus.EXCUSED
            else:
                state = RegistrationStatus.REGISTERED
            answered = state == RegistrationStatus.PRESENT and rng.random() < 0.75
            self.new(
                co.Registration,
                day - timedelta(days=rng.randint(3, 30)),
                workshop_id=workshop.id,
                person_id=person_id,
                project_id=project_id,
                free_name=free_name,
                registered_on=(day - timedelta(days=rng.randint(3, 30))).isoformat(),
                status=state,
                satisfaction=rng.choice((3, 4, 4, 5, 5)) if answered else None,
                comment=rng.choice(cd.WORKSHOP_COMMENTS) if answered else "",
            )

    # plan de financement ---------------------------------------------------------------------
    def budgets(self, count: int) -> None:
        """Needs for projects with funding: the award winners first, then others. About two in
        three plans balance their resources (granted or paid, and asked not yet refused)
        exactly; the others are short by a few thousand euros."""
        rng = self.rng
        resources: dict[str, int] = {}
        for f in cast(list[d.FundingRequest], self.rows["FundingRequest"]):
            if f.status in REFUSED:
                continue
            amount = (
                f.granted_cents
                if f.status in (FundingStatus.GRANTED, FundingStatus.PAID)
                else f.asked_cents
            )
            resources[f.project_id] = resources.get(f.project_id, 0) + (amount or 0)
        submissions = cast(list[co.Submission], self.rows["Submission"])
        for s in submissions:  # a candidature not decided yet counts as asked
            if s.status in (SubmissionStatus.RECEIVED, SubmissionStatus.ELIGIBLE):
                resources[s.project_id] = resources.get(s.project_id, 0) + (s.asked_cents or 0)
        awarded = [s.project_id for s in submissions if s.awarded_cents]
        taken = set(awarded)
        others = sorted(p for p in resources if p not in taken)
        chosen = list(dict.fromkeys(awarded))[:count]
        chosen += rng.sample(others, min(len(others), count - len(chosen)))
        info = {p.id: first for p, first, _l in self.projects_info}
        for k, project_id in enumerate(chosen):
            total = resources.get(project_id, 0)
            if k % 3 == 2 or total <= 0:
                total += rng.randint(6, 40) * 50_000  # reste à financer
            self._lines(project_id, total, info[project_id])

    def _lines(self, project_id: str, total: int, first: date) -> None:
        rng = self.rng
        labels = [
            ("investissement", lab)
            for lab in rng.sample(cd.BUDGET_LINES["investissement"], rng.randint(1, 2))
        ]
        labels += [
            ("fonctionnement", lab)
            for lab in rng.sample(cd.BUDGET_LINES["fonctionnement"], rng.randint(2, 3))
        ]
        weights = [rng.uniform(1, 3) for _ in labels]
        amounts = [int(total * w / sum(weights)) // 10_000 * 10_000 for w in weights]
        amounts[-1] = total - sum(amounts[:-1])  # the plan balances to the cent
        two_years = rng.random() < 0.4
        year = max(first, self.today - timedelta(days=365)).year
        for position, ((kind, label), amount) in enumerate(zip(labels, amounts, strict=True)):
            self.new(
                co.BudgetLine,
                first,
                project_id=project_id,
                kind=kind,
                label=label,
                year=year + (1 if two_years and kind == "fonctionnement" and position % 2 else 0),
                amount_cents=amount,
                position=position,
            )
