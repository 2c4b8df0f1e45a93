"""Demo generator, part 3: meeting series and their meetings (see services/demo.py)."""

from collections import defaultdict
from datetime import timedelta

from municipaless.core import domain as d
from municipaless.services import demo_data as data
from municipaless.services.demo_directory import french_date
from municipaless.services.demo_projects import ProjectGenerator


class Generator(ProjectGenerator):
    """The whole territory: meetings with attendance, agenda, numbered decisions and actions."""

    # réunions -----------------------------------------------------------------------------
    def meetings(self) -> None:
        rng, today = self.rng, self.today
        series = []
        for name, code, kind, quorum, sectors, challenge in data.SERIES:
            s = self.new(
                d.MeetingSeries,
                today - timedelta(days=1100),
                name=name,
                code=code,
                kind=kind,
                quorum=quorum,
                template={"agenda": [data.AGENDA[0], data.AGENDA[1], data.AGENDA[-1]]},
            )
            series.append((s, sectors, self.challenges.get(challenge)))
        numbers: dict[tuple[str, int], int] = defaultdict(int)
        active: dict[str, list[d.Decision]] = defaultdict(list)
        projects = [p for p, _, _ in self.projects_info]
        n = self.scale.meetings
        upcoming = max(1, n // 10)  # so the calendar always has meetings to prepare
        days = [self.days_ago(-60, -1) for _ in range(upcoming)]
        days += [self.days_ago(0, 3 * 365) for _ in range(n - upcoming)]
        for day in sorted(days):
            s, sectors, challenge = rng.choices(series, [4, 3, 2, 2, 3, 2, 2, 1])[0]
            past, hour = day < today, rng.choice((9, 10, 14, 17, 18))
            place = rng.choice(data.PLACES)
            minutes = "brouillon"
            if past:
                minutes = (
                    "approuve" if (today - day).days > 60 else rng.choice(["diffuse", "brouillon"])
                )
            meeting = self.new(
                d.Meeting,
                day - timedelta(days=rng.randint(10, 40)),
                series_id=s.id,
                title=f"{s.name} du {french_date(day)}",
                starts_at=f"{day.isoformat()}T{hour:02d}:00",
                ends_at=f"{day.isoformat()}T{hour + 2:02d}:00",
                place=place,
                visio_url=f"https://visio.exemple.fr/{s.code.lower()}"
                if place == "Visioconférence"
                else "",
                minutes_status=minutes,
                approved_on=(day + timedelta(days=rng.randint(20, 50))).isoformat()
                if minutes == "approuve"
                else None,
                summary=rng.choice(data.AGENDA_NOTES) if past else "",
                sectors=sectors,
                challenges=(challenge,) if challenge else (),
            )
            linked = (
                rng.sample(projects, min(len(projects), rng.randint(2, 5)))
                if s.kind == "jury"
                else rng.sample(projects, 1 if rng.random() < 0.2 else 0)
            )
            for project in linked:
                self.new(d.MeetingProject, day, meeting_id=meeting.id, project_id=project.id)
            present = self._attendance(meeting, day, past)
            items = self._agenda(meeting, day, past, present, linked or projects)
            if past and s.kind != "temps_fort":
                self._decisions(s, meeting, day, items, numbers, active, linked or projects)
            if past:
                self._actions(meeting, day, items, present)

    def _attendance(self, meeting, day, past) -> list[tuple[d.Person, d.Organisation]]:
        rng = self.rng
        present = []
        invited = rng.sample(self.contacts, min(len(self.contacts), rng.randint(5, 12)))
        for person, _role, org in invited:
            status = (
                rng.choices(["present", "excuse", "represente", "absent"], [14, 3, 1, 2])[0]
                if past
                else "invite"
            )
            if status == "present":
                present.append((person, org))
            self.new(
                d.Attendance,
                day,
                meeting_id=meeting.id,
                person_id=person.id,
                organisation_id=org.id,
                status=status,
                represented_by=f"{rng.choice(data.FIRST_NAMES_F)} {rng.choice(data.LAST_NAMES)}"
                if status == "represente"
                else "",
            )
        if rng.random() < 0.2:
            self.new(
                d.Attendance,
                day,
                meeting_id=meeting.id,
                status="present" if past else "invite",
                free_name=f"{rng.choice(data.FIRST_NAMES_M)} {rng.choice(data.LAST_NAMES)}",
            )
        return present

    def _agenda(self, meeting, day, past, present, projects) -> list[d.AgendaItem]:
        rng = self.rng
        middle = rng.sample(data.AGENDA[1:-1], rng.randint(1, 3))
        titles = [data.AGENDA[0], *middle, data.AGENDA[-1]]
        items = []
        for position, title in enumerate(titles, start=1):
            presenter = rng.choice(present)[0].display_name if present else self.officer
            items.append(
                self.new(
                    d.AgendaItem,
                    day,
                    meeting_id=meeting.id,
                    position=position,
                    title=title.format(project=rng.choice(projects).name),
                    presenter=presenter,
                    duration_min=rng.choice((10, 15, 20, 30)),
                    notes=rng.choice(data.AGENDA_NOTES) if past else "",
                )
            )
        return items

    def _decisions(self, s, meeting, day, items, numbers, active, projects) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 3)):
            numbers[s.code, day.year] += 1
            text = rng.choice(data.DECISIONS).format(
                year=day.year,
                amount=f"{rng.randint(2, 30) * 500:,}".replace(",", "\u202f"),
                project=rng.choice(projects).name,
            )
            decision = self.new(
                d.Decision,
                day,
                meeting_id=meeting.id,
                agenda_item_id=rng.choice(items).id,
                number=f"{s.code}-{day.year}-{numbers[s.code, day.year]:02d}",
                text=text,
            )
            earlier = active[s.code]
            if earlier and rng.random() < 0.05:  # replaces an older decision of the series
                old = earlier.pop(rng.randrange(len(earlier)))
                old.status, old.replaced_by = "remplacee", decision.id
            else:
                earlier.append(decision)

    def _actions(self, meeting, day, items, present) -> None:
        rng, today = self.rng, self.today
        decisions = [x for x in self.rows["Decision"][-3:] if x.meeting_id == meeting.id]
        for _ in range(rng.randint(1, 3)):
            due = day + timedelta(days=rng.randint(14, 60))
            if due < today:
                status = rng.choices(["fait", "en_cours", "a_faire", "abandonne"], [7, 1, 2, 1])[0]
            else:
                status = rng.choice(["a_faire", "a_faire", "en_cours"])
            owner = rng.choice(present) if present and rng.random() < 0.8 else None
            done = min(due - timedelta(days=rng.randint(0, 10)), today - timedelta(days=1))
            self.new(
                d.ActionItem,
                day,
                meeting_id=meeting.id,
                agenda_item_id=rng.choice(items).id,
                decision_id=rng.choice(decisions).id if decisions and rng.random() < 0.5 else None,
                what=rng.choice(data.ACTIONS),
                owner_person_id=owner[0].id if owner else None,
                owner_organisation_id=owner[1].id if owner else None,
                owner_text="" if owner else self.officer,
                due_on=due.isoformat(),
                status=status,
                done_on=max(day, done).isoformat() if status == "fait" else None,
            )
