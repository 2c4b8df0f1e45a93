"""The meetings' documents, built as ``documents.model`` Documents and written by its writers.

- compte rendu (DOCX, PDF, ODT): commune header and logo, instance, date, place, présents /
  excusés / représentés / absents, points en suspens, ordre du jour with its notes, numbered
  decisions, table of actions qui / quoi / pour quand. Built from a snapshot's content
  (``minutes.printable``): once diffusé or approved, the same document at every export;
- relevé de décisions alone (one meeting, or the register filtered);
- feuille d'émargement (PDF): name / structure / signature, rows tall enough to sign;
- actions follow-up workbook (XLSX/ODS): one sheet per instance, overdue rows emphasised;
- ICS invitation for a meeting (documents/ics.py).

The commune's name, logo and Word template (whose styles, header and logo the Word exports
reuse) come from the territory settings (Fichier ▸ Paramètres du territoire). Names of people
appear: these are working documents of the instance, not
council statistics, so nothing is anonymised.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from municipaless.core import domain as d
from municipaless.core.formats import format_long_date
from municipaless.core.statuses import (
    ActionItemStatus,
    AttendanceStatus,
    DecisionStatus,
    MinutesStatus,
    french_label_of,
)
from municipaless.core.wording import plural
from municipaless.documents import write
from municipaless.documents.ics import Attendee as CalAttendee
from municipaless.documents.ics import CalendarEvent, write_ics
from municipaless.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
    Value,
)
from municipaless.services import meetings
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.territory import Territory
from municipaless.services.meetings import minutes
from municipaless.storage import meeting_queries as q
from municipaless.storage import privacy_queries

# Any: the register's filters passed through (series_id, year, status, text), each of its own
# type; decisions_document's signature checks them.

ATTENDANCE_HEADINGS = (
    (AttendanceStatus.PRESENT, "Présents"),
    (AttendanceStatus.REPRESENTED, "Représentés"),
    (AttendanceStatus.EXCUSED, "Excusés"),
    (AttendanceStatus.ABSENT, "Absents"),
    (AttendanceStatus.INVITED, "Invités (présence non relevée)"),
)


# builders ----------------------------------------------------------------------------------
# The calendar reminds the invitees the day before (a VALARM, ACTION:DISPLAY).
REMINDER_BEFORE = timedelta(days=1)
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def long_date(iso: str) -> str:
    """« jeudi 12 mars 2026 »."""
    day = date.fromisoformat(iso[:10])
    return f"{_DAYS[day.weekday()]} {format_long_date(day)}"


def _hour(iso: str | None) -> str:
    if not iso or len(iso) < 16:
        return ""
    h, m = int(iso[11:13]), iso[14:16]
    return f"{h} h {m}" if m != "00" else f"{h} h"


def when(meeting: d.Meeting) -> str:
    """« jeudi 12 mars 2026, de 14 h 30 à 16 h 30 »."""
    return when_text(meeting.starts_at, meeting.ends_at)


def when_text(starts_at: str, ends_at: str | None) -> str:
    text = long_date(starts_at)
    start, end = _hour(starts_at), _hour(ends_at)
    same_day = ends_at and ends_at[:10] == starts_at[:10]
    if start and end and same_day:
        return f"{text}, de {start} à {end}"
    return f"{text}, à {start}" if start else text


def _line(label: str, value: str) -> Paragraph:
    return Paragraph(Run(f"{label} : ", bold=True), value)


def _who(a: q.Attendee) -> str:
    text = a.name + (f" ({a.organisation_name})" if a.organisation_name else "")
    if a.record.status == AttendanceStatus.REPRESENTED and a.record.represented_by:
        text += f", représenté(e) par {a.record.represented_by}"
    return text


def _doc(territory: Territory, title: str, subtitle: str, today: date | None) -> Document:
    brand = territory_settings.document_branding(territory)  # commune, logo, Word template
    return Document(
        title,
        subtitle,
        Meta(commune=brand.commune, generated=today or date.today()),
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(line.strip()) for line in text.splitlines() if line.strip()]


def _decisions_table(
    title: str,
    decisions: list[d.Decision],
    agenda_titles: dict[str, str],
    numbers: dict[str, str],
) -> Table:
    rows: list[list[Value]] = []
    for x in decisions:
        status = french_label_of(DecisionStatus, x.status)
        if x.status == DecisionStatus.REPLACED and x.replaced_by and numbers.get(x.replaced_by):
            status = f"Remplacée par {numbers[x.replaced_by]}"
        rows.append([x.number, x.text, agenda_titles.get(x.agenda_item_id or "", ""), status])
    columns = [
        Column("N°", "code", width=15),
        Column("Décision", width=45),
        Column("Point de l'ordre du jour", width=20),
        Column("Statut", width=12),
    ]
    return Table(title, columns, rows)


def minutes_document(
    territory: Territory, meeting_id: str, *, today: date | None = None
) -> Document:
    """The compte rendu of one meeting: approved (or diffusé and unchanged since), printed
    from its snapshot, the same at every export (``minutes.printable``); else the live text."""
    return printable_document(territory, minutes.printable(territory, meeting_id, today=today))


def version_document(territory: Territory, version_id: str) -> Document:
    """One version of the history, as it was diffused or approved."""
    return printable_document(
        territory, minutes.of_version(minutes.version_record(territory, version_id))
    )


def printable_document(territory: Territory, p: minutes.Printable) -> Document:
    """The compte rendu from a snapshot's content only (never from the file's current rows),
    so the same snapshot always gives the same Document. A key an older snapshot lacks is
    left out of the document. « Document établi le » is the snapshot's day, and overdue
    actions are those open and due before it (``as_of``). The letterhead (commune name, logo,
    Word template) is the commune's current one: the presentation, not the content."""
    c, as_of = p.content, p.as_of
    m: dict[str, Any] = c.get("meeting") or {}
    subtitle = "Compte rendu" + (f" — version {p.version}" if p.version > 1 else "")
    on = date.fromisoformat(p.status_on) if p.status_on else date.fromisoformat(as_of)
    doc = _doc(territory, m.get("title", ""), subtitle, on)
    blocks: list[Block] = []
    if m.get("series"):
        blocks.append(_line("Instance", m["series"]))
    if m.get("starts_at"):
        blocks.append(_line("Date", when_text(m["starts_at"], m.get("ends_at"))))
    if m.get("place"):
        blocks.append(_line("Lieu", m["place"]))
    if m.get("visio_url"):
        blocks.append(_line("Visioconférence", m["visio_url"]))
    status = minutes.status_label(p.status)
    if p.status_on and p.status != MinutesStatus.DRAFT:
        status += f" le {format_long_date(p.status_on)}"
    if p.changed_since:
        status += f" (modifié depuis sa diffusion le {format_long_date(p.changed_since)})"
    blocks.append(_line("Compte rendu", status))
    blocks += _paragraphs(m.get("summary") or "")

    blocks.append(Heading("Participants", 1))
    attendance: list[dict[str, Any]] = c.get("attendance") or []
    for code, label in ATTENDANCE_HEADINGS:
        people = [a for a in attendance if a.get("status", AttendanceStatus.INVITED) == code]
        if people or code in (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED):
            blocks.append(Heading(f"{label} ({len(people)})", 2))
            items = [_who_text(a) for a in people]
            blocks.append(BulletList(items) if people else Paragraph("Aucun."))
    if quorum := c.get("quorum"):
        reached = "atteint" if quorum["reached"] else "non atteint"
        blocks.append(
            _line(
                "Quorum",
                f"{plural(quorum['present'], 'présent', 'présents')} ou "
                f"{plural(quorum['present'], 'représenté', 'représentés', number=False)} "
                f"pour {quorum['required']} requis : quorum {reached}.",
            )
        )
    if projects := c.get("projects"):
        blocks.append(Heading("Projets évoqués", 2))
        blocks.append(
            BulletList(
                [
                    f"{x['name']} ({x['reference']})" if x.get("reference") else x["name"]
                    for x in projects
                ]
            )
        )

    if pending := c.get("pending"):
        blocks.append(Heading("Points en suspens", 1))
        blocks.append(_frozen_actions("Actions des réunions précédentes", pending, as_of, True))

    agenda: list[dict[str, Any]] = c.get("agenda") or []
    decisions: list[dict[str, Any]] = c.get("decisions") or []
    blocks.append(Heading("Ordre du jour", 1))
    if agenda:
        blocks.append(BulletList([_agenda_text(i) for i in agenda], numbered=True))
    for n, item in enumerate(agenda, 1):
        blocks.append(Heading(f"{n}. {item.get('title', '')}", 2))
        if item.get("presenter"):
            blocks.append(Paragraph(Run(f"Présenté par {item['presenter']}", italic=True)))
        blocks += _paragraphs(item.get("notes") or "")
        for x in decisions:
            if x.get("agenda") == n:
                blocks.append(Paragraph(Run(f"Décision {x['number']} : ", bold=True), x["text"]))

    titles = {n: f"{n}. {i.get('title', '')}" for n, i in enumerate(agenda, 1)}
    blocks.append(Heading("Relevé de décisions", 1))
    if decisions:
        blocks.append(_frozen_decisions(decisions, titles))
    else:
        blocks.append(Paragraph("Aucune décision n'a été prise."))
    blocks.append(Heading("Actions", 1))
    if actions := c.get("actions"):
        blocks.append(_frozen_actions("Qui fait quoi, pour quand", actions, as_of))
    else:
        blocks.append(Paragraph("Aucune action n'a été décidée."))
    doc.sections.append(Section(blocks))
    return doc


def _who_text(a: dict[str, Any]) -> str:
    text = str(a.get("name") or "")
    text += f" ({a['organisation']})" if a.get("organisation") else ""
    if a.get("status") == AttendanceStatus.REPRESENTED and a.get("represented_by"):
        text += f", représenté(e) par {a['represented_by']}"
    return text


def _agenda_text(item: dict[str, Any]) -> str:
    """An ordre du jour item; the list numbers it (never « • 1. »)."""
    minutes_ = item.get("duration_min")
    extra = ", ".join(
        x for x in (item.get("presenter") or "", f"{minutes_} min" if minutes_ else "") if x
    )
    return f"{item.get('title', '')}" + (f" ({extra})" if extra else "")


def _frozen_actions(
    title: str, rows: list[dict[str, Any]], as_of: str, origin: bool = False
) -> Table:
    """Qui / quoi / pour quand as the snapshot holds them; red when open and due before
    ``as_of`` (the snapshot's day)."""
    columns = [
        Column("Qui", width=22),
        Column("Quoi", width=36),
        Column("Pour quand", "date", width=13),
    ]
    columns.append(Column("Statut", width=10))
    if origin:
        columns.append(Column("Décidée le", "date", width=13))
    values: list[list[Value]] = []
    emphasis: list[int] = []
    for n, a in enumerate(rows):
        code = a.get("status") or ""
        row: list[Value] = [a.get("owner") or "", a.get("what") or "", a.get("due_on")]
        row.append(french_label_of(ActionItemStatus, code) if code else "")
        if origin:
            row.append(a.get("decided_on"))
        values.append(row)
        due = a.get("due_on")
        if code in q.OPEN_STATUSES and due and due < as_of:
            emphasis.append(n)
    note = "En rouge : échéance dépassée." if emphasis else ""
    return Table(title, columns, values, note=note, emphasis=emphasis)


def _frozen_decisions(decisions: list[dict[str, Any]], titles: dict[int, str]) -> Table:
    rows: list[list[Value]] = []
    for x in decisions:
        code = x.get("status") or ""
        status = french_label_of(DecisionStatus, code) if code else ""
        if code == DecisionStatus.REPLACED and x.get("replaced_by"):
            status = f"Remplacée par {x['replaced_by']}"
        rows.append(
            [x.get("number", ""), x.get("text", ""), titles.get(x.get("agenda") or 0, ""), status]
        )
    columns = [
        Column("N°", "code", width=15),
        Column("Décision", width=45),
        Column("Point de l'ordre du jour", width=20),
        Column("Statut", width=12),
    ]
    return Table("Décisions", columns, rows)


def _agenda_line(n: int, item: d.AgendaItem) -> str:
    extra = ", ".join(
        x for x in (item.presenter, f"{item.duration_min} min" if item.duration_min else "") if x
    )
    return f"{n}. {item.title}" + (f" ({extra})" if extra else "")


def decisions_document(
    territory: Territory,
    meeting_id: str | None = None,
    *,
    series_id: str | None = None,
    year: int | None = None,
    status: str | None = None,
    text: str = "",
    today: date | None = None,
) -> Document:
    """Relevé de décisions: of one meeting, or the register across instances as filtered."""
    if meeting_id:
        view = meetings.open_meeting(territory, meeting_id, with_pending=False)
        doc = _doc(territory, "Relevé de décisions", view.meeting.title, today)
        numbers = {x.id: x.number for x in view.decisions}
        numbers.update(
            q.decision_numbers(territory.tdb.db, [x.replaced_by for x in view.decisions])
        )
        titles = {i.id: f"{n}. {i.title}" for n, i in enumerate(view.agenda, 1)}
        blocks: list[Block] = [_line("Date", when(view.meeting))]
        if view.series:
            blocks.insert(0, _line("Instance", view.series.name))
        blocks.append(_decisions_table("Décisions", view.decisions, titles, numbers))
        doc.sections.append(Section(blocks))
        return doc
    rows = q.decision_register(
        territory.tdb.db, series_id=series_id, year=year, status=status, text=text
    )
    scope: list[str] = []
    if series_id and (series := q.get_series(territory.tdb.db, series_id)):
        scope.append(series.name)
    if year:
        scope.append(str(year))
    if status:
        scope.append(french_label_of(DecisionStatus, status).lower())
    if text.strip():
        scope.append(f"« {text.strip()} »")
    doc = _doc(territory, "Registre des décisions", ", ".join(scope), today)
    table = Table(
        "Décisions",
        [
            Column("N°", "code", width=15),
            Column("Date", "date", width=13),
            Column("Instance", width=18),
            Column("Décision", width=45),
            Column("Statut", width=14),
        ],
        [
            [
                r.record.number,
                r.meeting_starts_at[:10],
                r.series_name,
                r.record.text,
                f"Remplacée par {r.replaced_by_number}"
                if r.record.status == DecisionStatus.REPLACED and r.replaced_by_number
                else french_label_of(DecisionStatus, r.record.status),
            ]
            for r in rows
        ],
    )
    doc.sections.append(Section([table], orientation="landscape"))
    return doc


def signin_sheet_document(
    territory: Territory, meeting_id: str, *, today: date | None = None
) -> Document:
    """Feuille d'émargement: everyone invited, a blank signature column, room for late-comers."""
    view = meetings.open_meeting(territory, meeting_id, with_pending=False)
    m = view.meeting
    doc = _doc(territory, "Feuille d'émargement", m.title, today)
    blocks: list[Block] = []
    if view.series:
        blocks.append(_line("Instance", view.series.name))
    blocks.append(_line("Date", when(m)))
    if m.place:
        blocks.append(_line("Lieu", m.place))
    rows = [[a.name, a.organisation_name, ""] for a in view.attendance]
    rows += [["", "", ""] for _ in range(max(5, 12 - len(rows)))]
    blocks.append(
        Table(
            "Participants",
            [Column("Nom", width=24), Column("Structure", width=26), Column("Signature", width=22)],
            rows,
            row_height_cm=1.3,
        )
    )
    doc.sections.append(Section(blocks))
    return doc


def action_items_workbook_document(territory: Territory, *, today: date | None = None) -> Document:
    """Actions follow-up: one table (sheet) per instance, overdue rows emphasised."""
    today_iso = (today or date.today()).isoformat()
    doc = _doc(territory, "Suivi des actions", "Toutes les instances", today)
    groups: dict[str, list[q.ActionItemRow]] = {}
    tabs: dict[str, str] = {}  # a name too long for a tab (31): the instance's sigle
    for a in q.workbook_action_items(territory.tdb.db):
        name = a.series_name or "Hors instance"
        groups.setdefault(name, []).append(a)
        tabs.setdefault(name, name if len(name) <= 31 else a.series_code or name)
    columns = [
        Column("Réunion", "date"),
        Column("Quoi", width=40),
        Column("Qui", width=32),
        Column("Pour quand", "date", width=13),
        Column("Statut", width=10),
        Column("Fait le", "date"),
        Column("En retard", width=9),
    ]
    blocks: list[Block] = []
    overdue_total = 0
    for name, rows in groups.items():
        values: list[list[Value]] = []
        emphasis: list[int] = []
        for n, a in enumerate(rows):
            r, late = a.record, a.overdue(today_iso)
            values.append(
                [
                    a.meeting_starts_at[:10] or None,
                    r.what,
                    a.owner,
                    r.due_on,
                    french_label_of(ActionItemStatus, r.status),
                    r.done_on,
                    "oui" if late else "",
                ]
            )
            if late:
                emphasis.append(n)
        overdue_total += len(emphasis)
        note = f"{_late(len(emphasis), today_iso)}, en rouge."
        blocks.append(Table(name, columns, values, note=note, name=tabs[name], emphasis=emphasis))
    if not blocks:
        blocks.append(Paragraph("Aucune action n'a été enregistrée."))
    doc.subtitle = f"Toutes les instances — {_late(overdue_total, today_iso)}"
    doc.sections.append(Section(blocks, orientation="landscape"))
    return doc


def _late(n: int, today_iso: str) -> str:
    """« 1 action en retard au 3 décembre 2026 »."""
    return f"{plural(n, 'action', 'actions')} en retard au {format_long_date(today_iso)}"


# exports -----------------------------------------------------------------------------------
def export_minutes(
    territory: Territory,
    meeting_id: str,
    path: Path,
    fmt: str | None = None,
    *,
    today: date | None = None,
) -> list[Path]:
    """Write the compte rendu (docx honours meta ``docx_template``; pdf, odt)."""
    return write(minutes_document(territory, meeting_id, today=today), path, fmt)


def export_version(
    territory: Territory, version_id: str, path: Path, fmt: str | None = None
) -> list[Path]:
    """Write one version of the history (docx, pdf, odt), as it was fixed."""
    return write(version_document(territory, version_id), path, fmt)


def export_decisions(
    territory: Territory,
    path: Path,
    fmt: str | None = None,
    meeting_id: str | None = None,
    *,
    today: date | None = None,
    **filters: Any,
) -> list[Path]:
    """Relevé de décisions of a meeting, or the register (filters: series_id, year, status,
    text)."""
    doc = decisions_document(territory, meeting_id, today=today, **filters)
    return write(doc, path, fmt)


def export_signin_sheet(
    territory: Territory, meeting_id: str, path: Path, *, today: date | None = None
) -> list[Path]:
    return write(signin_sheet_document(territory, meeting_id, today=today), path, "pdf")


def export_action_items_workbook(
    territory: Territory, path: Path, fmt: str = "xlsx", *, today: date | None = None
) -> list[Path]:
    return write(action_items_workbook_document(territory, today=today), path, fmt)


def invitation_event(territory: Territory, meeting_id: str) -> CalendarEvent:
    """The meeting as a calendar event: ordre du jour and invitees in the description."""
    view = meetings.open_meeting(territory, meeting_id, with_pending=False)
    m = view.meeting
    starts = datetime.fromisoformat(m.starts_at)
    ends = datetime.fromisoformat(m.ends_at) if m.ends_at else starts + timedelta(hours=2)
    emails = q.attendee_emails(territory.tdb.db, [a.record.id for a in view.attendance])
    for attendance_id in opposed_invitees(territory, [a.record.id for a in view.attendance]):
        emails.pop(attendance_id, None)  # objected: « ne plus contacter »
    lines: list[str] = []
    if view.agenda:
        lines.append("Ordre du jour :")
        lines += [_agenda_line(n, i) for n, i in enumerate(view.agenda, 1)]
    if view.attendance:
        lines += ["", "Invités :"] + [f"- {_who(a)}" for a in view.attendance]
    if m.visio_url:
        lines += ["", f"Visioconférence : {m.visio_url}"]
    settings = territory_settings.load(territory)
    officer, organizer_email = territory_settings.invitation_organizer(territory)
    organizer = officer or settings.commune_name
    opposed = opposed_invitees(territory, [a.record.id for a in view.attendance])
    return CalendarEvent(
        uid=f"{m.id}@municipaless",
        summary=m.title,
        starts_at=starts,
        ends_at=max(ends, starts),
        location=m.place or ("Visioconférence" if m.visio_url else ""),
        description="\n".join(lines),
        url=m.visio_url,
        # No officer e-mail: no ORGANIZER, so the file is published, not an invitation.
        organizer=CalAttendee(organizer, organizer_email),
        attendees=tuple(
            CalAttendee(a.name, emails.get(a.record.id, ""))
            for a in view.attendance
            if a.record.id not in opposed
            and a.record.status
            in (AttendanceStatus.INVITED, AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
        ),
        sequence=m.rev,
        reminder_before=REMINDER_BEFORE,
        reminder_text=f"Rappel : « {m.title} » demain à {_hour(m.starts_at)}"
        + (f", {m.place}." if m.place else "."),
    )


def opposed_invitees(territory: Territory, attendance_ids: list[str]) -> set[str]:
    """Attendance ids of invitees who objected (« ne plus contacter »): no invitation."""
    people = privacy_queries.attendance_people(territory.tdb.db, attendance_ids)
    opposed = privacy_queries.opposed_ids(territory.tdb.db, people.values())
    return {a for a, p in people.items() if p in opposed}


def invitation_note(territory: Territory, meeting_id: str) -> str:
    """« N invités … » left out of the invitation because they objected; "" when none."""
    view = meetings.open_meeting(territory, meeting_id, with_pending=False)
    count = len(opposed_invitees(territory, [a.record.id for a in view.attendance]))
    if not count:
        return ""
    if count == 1:
        return (
            "1 invité a fait opposition (« ne plus contacter ») : il n'est pas dans l'invitation."
        )
    return (
        f"{count} invités ont fait opposition (« ne plus contacter ») : "
        "ils ne sont pas dans l'invitation."
    )


def export_invitation(territory: Territory, meeting_id: str, path: Path) -> Path:
    """An ICS invitation (one VEVENT) for the meeting; the UI offers it for the next meeting
    of a series (``meetings.next_meeting``)."""
    return write_ics([invitation_event(territory, meeting_id)], path)
