"""Demo generator, part 3: meeting series and their meetings (see services/demo/).

Each instance has a template (its kind's agenda sections, a stable membership from the
annuaire, its quorum), and its meetings follow one another as they would in real life:

- the members are invited to every meeting (a guest now and then, a name typed free);
- the open actions of the series are points en suspens at its next meeting, where about half
  are closed (done that day), some carried with a new due date, the rest left open — so the
  global Actions view has overdue actions, carried ones and closed ones;
- a compte rendu is diffused a week or two after its meeting and approved at the next meeting
  of the series, with its snapshots in ``minutes_version``; now and then an approved one is
  reopened, corrected and approved again as version 2. The latest meetings stay diffused or
  in draft, as they would be on the day the demo is made.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from municipaless.core import domain as d
from municipaless.core.formats import format_long_date
from municipaless.core.statuses import (
    ActionItemStatus,
    AttendanceStatus,
    DecisionStatus,
    MinutesStatus,
)
from municipaless.services.demo import data
from municipaless.services.demo.casework import CaseworkGenerator
from municipaless.services.meetings.series import Invitee, Template, default_template

OPEN = (ActionItemStatus.TODO, ActionItemStatus.IN_PROGRESS)

Member = tuple[d.Person, str, d.Organisation]  # person, role, organisation of the annuaire
# Who was invited and how they came: a free name has neither person nor organisation.
Invited = tuple[d.Person | None, d.Organisation | None, str]
Present = tuple[d.Person, d.Organisation]
# How an action will end: (outcome, done on, may be carried).
Plan = tuple[str, date | None, bool]


@dataclass
class _Series:
    record: d.MeetingSeries
    sectors: tuple[str, ...]
    challenge: str | None
    members: list[Member]
    template: Template
    open_actions: list[d.ActionItem] = field(default_factory=list)
    awaiting: list[d.Meeting] = field(default_factory=list)  # minutes diffused, not approved
    active: list[d.Decision] = field(default_factory=list)


class Generator(CaseworkGenerator):
    """The whole territory: meetings with attendance, agenda, numbered decisions and actions."""

    # réunions -----------------------------------------------------------------------------
    def meetings(self) -> None:
        rng, today = self.rng, self.today
        series = [self._series(*row) for row in data.SERIES]
        self.series = {s.record.code: s for s in series}  # the cooperation levers' instances
        self._numbers: dict[tuple[str, int], int] = defaultdict(int)
        self._versions: dict[str, int] = {}
        self._snapshots: dict[str, dict[str, Any]] = {}  # JSON, as minutes_version.content
        self._diffused: dict[str, date] = {}
        self._free_names: dict[str, str] = {}
        self._plans: dict[str, Plan] = {}  # action id -> how it will end
        projects = [p for p, _, _ in self.projects_info]
        n = self.scale.meetings
        upcoming = max(1, n // 10)  # so the calendar always has meetings to prepare
        days = [self.days_ago(-60, -1) for _ in range(upcoming)]
        days += [self.days_ago(0, 3 * 365) for _ in range(n - upcoming)]
        for day in sorted(days):
            s = rng.choices(series, [4, 3, 2, 2, 3, 2, 2, 1])[0]
            self._meeting(s, day, day < today, projects)
        for s in series:  # done since the last meeting of the series
            for action in s.open_actions:
                outcome, done = self._plans[action.id][:2]
                if done is not None and done < today:
                    action.status, action.done_on = outcome, done.isoformat()

    def _series(
        self,
        name: str,
        code: str,
        kind: str,
        quorum: int | None,
        sectors: tuple[str, ...],
        challenge: str,
    ) -> _Series:
        rng = self.rng
        members = rng.sample(self.contacts, min(len(self.contacts), rng.randint(5, 12)))
        base = default_template(kind)
        invitees = tuple(Invitee(p.id, o.id) for p, _role, o in members)
        template = Template(base.agenda, invitees, quorum, base.duration_min)
        record = self.new(
            d.MeetingSeries,
            self.today - timedelta(days=1100),
            name=name,
            code=code,
            kind=kind,
            quorum=quorum,
            template=template.to_json(),
        )
        return _Series(record, sectors, self.challenges.get(challenge), members, template)

    def _meeting(self, s: _Series, day: date, past: bool, projects: list[d.Project]) -> None:
        rng = self.rng
        hour = rng.choice((9, 10, 14, 17, 18))
        place = rng.choice(data.PLACES)
        minutes = MinutesStatus.DRAFT
        if past and (self.today - day).days > 10 and s.record.kind != "temps_fort":
            minutes = MinutesStatus.CIRCULATED
        meeting = self.new(
            d.Meeting,
            day - timedelta(days=rng.randint(10, 40)),
            series_id=s.record.id,
            title=f"{s.record.name} du {format_long_date(day)}",
            starts_at=f"{day.isoformat()}T{hour:02d}:00",
            ends_at=f"{day.isoformat()}T{hour + s.template.duration_min // 60:02d}:00",
            place=place,
            visio_url=f"https://visio.exemple.fr/{s.record.code.lower()}"
            if place == "Visioconférence"
            else "",
            minutes_status=minutes,
            summary=rng.choice(data.AGENDA_NOTES) if past else "",
            sectors=s.sectors,
            challenges=(s.challenge,) if s.challenge else (),
        )
        linked = (
            rng.sample(projects, min(len(projects), rng.randint(2, 5)))
            if s.record.kind == "jury"
            else rng.sample(projects, 1 if rng.random() < 0.2 else 0)
        )
        for project in linked:
            self.new(d.MeetingProject, day, meeting_id=meeting.id, project_id=project.id)
        attendance = self._attendance(s, meeting, day, past)
        present = [
            (p, o)
            for p, o, status in attendance
            if status == AttendanceStatus.PRESENT and p and o is not None
        ]  # a person always comes with their organisation (_attendance)
        items = self._agenda(s, meeting, day, past, present, linked or projects)
        decisions: list[d.Decision] = []
        actions: list[d.ActionItem] = []
        if past:
            self._follow_up(s, day)
            self._approve(s, day)
            if s.record.kind != "temps_fort":
                decisions = self._decisions(s, meeting, day, items, linked or projects)
            actions = self._actions(s, meeting, day, items, present, decisions)
        if minutes == MinutesStatus.CIRCULATED:
            self._snapshots[meeting.id] = self._snapshot(
                s, meeting, attendance, items, decisions, actions
            )
            self._version(
                meeting, MinutesStatus.CIRCULATED, day + timedelta(days=rng.randint(5, 10))
            )
            s.awaiting.append(meeting)

    def _attendance(self, s: _Series, meeting: d.Meeting, day: date, past: bool) -> list[Invited]:
        """(person or None, organisation or None, status) of everyone invited."""
        rng = self.rng
        invited = list(s.members)
        members = {p.id for p, _role, _org in invited}
        guests = [c for c in rng.sample(self.contacts, 2) if c[0].id not in members]
        invited += guests[: rng.choice((0, 0, 1, 2))]
        out: list[Invited] = []
        for person, _role, org in invited:
            status = (
                rng.choices(
                    [
                        AttendanceStatus.PRESENT,
                        AttendanceStatus.EXCUSED,
                        AttendanceStatus.REPRESENTED,
                        AttendanceStatus.ABSENT,
                    ],
                    [14, 3, 1, 2],
                )[0]
                if past
                else AttendanceStatus.INVITED
            )
            self.new(
                d.Attendance,
                day,
                meeting_id=meeting.id,
                person_id=person.id,
                organisation_id=org.id,
                status=status,
                represented_by=f"{rng.choice(data.FIRST_NAMES_F)} {rng.choice(data.LAST_NAMES)}"
                if status == AttendanceStatus.REPRESENTED
                else "",
            )
            out.append((person, org, status))
        if rng.random() < 0.2:
            name = f"{rng.choice(data.FIRST_NAMES_M)} {rng.choice(data.LAST_NAMES)}"
            status = AttendanceStatus.PRESENT if past else AttendanceStatus.INVITED
            self.new(d.Attendance, day, meeting_id=meeting.id, status=status, free_name=name)
            out.append((None, None, status))
            self._free_names[meeting.id] = name
        return out

    def _agenda(
        self,
        s: _Series,
        meeting: d.Meeting,
        day: date,
        past: bool,
        present: list[Present],
        projects: list[d.Project],
    ) -> list[d.AgendaItem]:
        rng = self.rng
        sections = list(s.template.agenda)
        topical = rng.sample(data.AGENDA[2:-1], rng.randint(0, 2))
        at = max(1, len(sections) - 1)  # before the last section (questions diverses, clôture)
        sections[at:at] = [type(sections[0])(t, "", rng.choice((15, 20, 30))) for t in topical]
        items = []
        for position, section in enumerate(sections, start=1):
            presenter = rng.choice(present)[0].display_name if present else self.officer
            items.append(
                self.new(
                    d.AgendaItem,
                    day,
                    meeting_id=meeting.id,
                    position=position,
                    title=section.title.format(project=rng.choice(projects).name),
                    presenter=presenter,
                    duration_min=section.duration_min,
                    notes=rng.choice(data.AGENDA_NOTES) if past else "",
                )
            )
        return items

    def _decisions(
        self,
        s: _Series,
        meeting: d.Meeting,
        day: date,
        items: list[d.AgendaItem],
        projects: list[d.Project],
    ) -> list[d.Decision]:
        rng, code = self.rng, s.record.code
        made = []
        for _ in range(rng.randint(1, 3)):
            self._numbers[code, day.year] += 1
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
                number=f"{code}-{day.year}-{self._numbers[code, day.year]:02d}",
                text=text,
            )
            made.append(decision)
            if s.active and rng.random() < 0.05:  # replaces an older decision of the series
                old = s.active.pop(rng.randrange(len(s.active)))
                old.status, old.replaced_by = DecisionStatus.REPLACED, decision.id
                continue  # never replaced in turn: demo.py inserts replaced ones last
            if s.active and rng.random() < 0.02:
                s.active.pop(rng.randrange(len(s.active))).status = DecisionStatus.LAPSED
            s.active.append(decision)
        return made

    def _actions(
        self,
        s: _Series,
        meeting: d.Meeting,
        day: date,
        items: list[d.AgendaItem],
        present: list[Present],
        decisions: list[d.Decision],
    ) -> list[d.ActionItem]:
        rng = self.rng
        made = []
        for _ in range(rng.randint(1, 3)):
            owner = rng.choice(present) if present and rng.random() < 0.8 else None
            action = self.new(
                d.ActionItem,
                day,
                meeting_id=meeting.id,
                agenda_item_id=rng.choice(items).id,
                decision_id=rng.choice(decisions).id if decisions and rng.random() < 0.5 else None,
                what=rng.choice(data.ACTIONS),
                owner_person_id=owner[0].id if owner else None,
                owner_organisation_id=owner[1].id if owner else None,
                owner_text="" if owner else self.officer,
                due_on=(day + timedelta(days=rng.randint(14, 60))).isoformat(),
                status=rng.choice(
                    [ActionItemStatus.TODO, ActionItemStatus.TODO, ActionItemStatus.IN_PROGRESS]
                ),
            )
            made.append(action)
            s.open_actions.append(action)
            assert action.due_on is not None  # given just above
            self._plans[action.id] = self._plan(day, date.fromisoformat(action.due_on))
        return made

    def _plan(self, day: date, due: date) -> Plan:
        """How an action will end: done around its due date (sometimes late), abandoned,
        carried once at the first meeting after its due date, or never done (overdue)."""
        rng, roll, first = self.rng, self.rng.random(), day + timedelta(days=1)
        if roll < 0.62:
            return (
                ActionItemStatus.DONE,
                max(first, due + timedelta(days=rng.randint(-20, 15))),
                False,
            )
        if roll < 0.68:
            return (
                ActionItemStatus.ABANDONED,
                max(first, due + timedelta(days=rng.randint(-10, 30))),
                False,
            )
        if roll < 0.88:
            return ActionItemStatus.DONE, None, True
        return ActionItemStatus.DONE, None, False

    def _follow_up(self, s: _Series, day: date) -> None:
        """The points en suspens of the series at its meeting of ``day``: what was done since
        is closed (a third of it during the meeting itself), what is late may be carried."""
        rng, still_open = self.rng, []
        for action in s.open_actions:
            outcome, done, carry = self._plans[action.id]
            if done is not None and done <= day:
                action.status = outcome
                action.done_on = (day if rng.random() < 0.3 else done).isoformat()
                continue
            assert action.due_on is not None  # every demo action has one (_actions)
            if carry and action.due_on < day.isoformat():  # carried again, new due date
                action.status = ActionItemStatus.IN_PROGRESS
                due = day + timedelta(days=rng.randint(30, 75))
                action.due_on = due.isoformat()
                later = due + timedelta(days=rng.randint(-10, 20)) if rng.random() < 0.7 else None
                self._plans[action.id] = (ActionItemStatus.DONE, later, False)
            still_open.append(action)
        s.open_actions = still_open

    def _approve(self, s: _Series, day: date) -> None:
        """The diffused comptes rendus of the series are approved at its meeting of ``day``."""
        still = []
        for meeting in s.awaiting:
            if self._diffused[meeting.id] >= day:  # not yet sent to the members
                still.append(meeting)
                continue
            self._version(meeting, MinutesStatus.APPROVED, day, approved_at=day)
            if self.rng.random() < 0.04 and self._versions[meeting.id] == 1:
                # reopened for a correction, diffused again, approved at the next meeting
                self._versions[meeting.id] = 2
                self._version(meeting, MinutesStatus.CIRCULATED, day + timedelta(days=7))
                still.append(meeting)
                continue
            meeting.minutes_status, meeting.approved_on = MinutesStatus.APPROVED, day.isoformat()
        s.awaiting = still

    def _version(
        self, meeting: d.Meeting, status: str, on: date, approved_at: date | None = None
    ) -> None:
        version = self._versions.setdefault(meeting.id, 1)
        if status == MinutesStatus.CIRCULATED:
            self._diffused[meeting.id] = on
        content = dict(self._snapshots[meeting.id])
        if approved_at:
            content["approved_at"] = {"date": approved_at.isoformat()}
        self.new(
            d.MinutesVersion,
            on,
            meeting_id=meeting.id,
            version=version,
            status=status,
            status_on=min(on, self.today - timedelta(days=1)).isoformat(),
            content=content,
        )

    def _snapshot(
        self,
        s: _Series,
        meeting: d.Meeting,
        attendance: list[Invited],
        items: list[d.AgendaItem],
        decisions: list[d.Decision],
        actions: list[d.ActionItem],
    ) -> dict[str, Any]:
        """The compte rendu as services/minutes.snapshot stores it (format 2), as it stood
        when circulated: the approved minutes of the demo print from it."""
        people = []
        names = {p.id: p.display_name for p, _o, _s in attendance if p}
        orgs = {o.id: o.name for _p, o, _s in attendance if o}
        for person, org, status in attendance:
            name = person.display_name if person else self._free_names.get(meeting.id, "")
            people.append(
                {
                    "name": name,
                    "organisation": org.name if org else "",
                    "status": status,
                    "represented_by": "",
                }
            )
        positions = {i.id: n for n, i in enumerate(items, 1)}

        def owner(a: d.ActionItem) -> str:
            person = names.get(a.owner_person_id or "", "")
            org = orgs.get(a.owner_organisation_id or "", "")
            if person:
                return person + (f" ({org})" if org else "")
            return org or a.owner_text

        return {
            "format": 2,
            "meeting": {
                "title": meeting.title,
                "starts_at": meeting.starts_at,
                "ends_at": meeting.ends_at,
                "place": meeting.place,
                "visio_url": meeting.visio_url,
                "summary": meeting.summary,
                "series": s.record.name,
                "series_code": s.record.code,
            },
            "attendance": people,
            "agenda": [
                {
                    "position": i.position,
                    "title": i.title,
                    "presenter": i.presenter,
                    "duration_min": i.duration_min,
                    "notes": i.notes,
                }
                for i in items
            ],
            "decisions": [
                {
                    "number": x.number,
                    "text": x.text,
                    "status": x.status,
                    "agenda": positions.get(x.agenda_item_id or ""),
                    "replaced_by": "",
                }
                for x in decisions
            ],
            "actions": [
                {
                    "what": a.what,
                    "owner": owner(a),
                    "due_on": a.due_on,
                    "status": a.status,
                    "decided_on": meeting.starts_at[:10],
                }
                for a in actions
            ],
        }
