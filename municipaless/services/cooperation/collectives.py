"""Collectifs (PTCE, SCIC, tiers-lieux, groupements d'employeurs, réseaux…): their member
structures, referents, projects, enjeux, instance and money (docs/cooperation.md, Collectifs).

Rules the screens and the documents rely on:

- A collectif needs a name no other live collectif has (folded: accents, case, apostrophes):
  two look-alikes would split its members and meetings; ``DuplicateCollective.existing`` is
  the one to open instead.
- A member is a structure of the annuaire with a role (vocabulary ``membership_role``) and a
  joining date; its leaving is recorded as a date on the same line (``left_on`` ≥
  ``joined_on``), never by deleting it, so the history of past members stays. A structure
  already a current member cannot join again; one that left may come back (a new line)
  from its leaving date on.
- Its instance is an ordinary meeting series of the réunions module, created from the
  collectif (``create_instance``): named after it, code derived from the name, kind ``ptce``
  for a PTCE, ``libre`` otherwise.
- Its money is what its projects were granted (funding requests ``accordee`` / ``versee``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core import validation
from municipaless.core.formats import format_date
from municipaless.core.i18n import _
from municipaless.core.text import fold
from municipaless.services.file.territory import Territory
from municipaless.services.meetings import series as meeting_series
from municipaless.storage import activity_queries
from municipaless.storage import collective_queries as q
from municipaless.storage.collective_queries import (  # noqa: F401  (re-exported for the UI)
    MemberRow,
    OrganisationCollective,
    ProjectRow,
    ReferentRow,
)
from municipaless.storage.errors import RefusedChange
from municipaless.storage.listing import ListSource, Where

# Any: a record's fields by name, each value of its own field's type (checked here, then by
# storage's Records, which takes them as Any).

KINDS = ("ptce", "scic", "tiers_lieu", "groupement_employeurs", "reseau", "autre")
ROLES = ("fondateur", "membre", "partenaire", "collectivite")
_FIELDS = tuple(co.Collective.content_fields())
_STOP_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "au", "aux", "a"}


class CollectiveError(RefusedChange):
    """A change refused (French ``message``); ``errors`` maps fields to their message, and
    nothing was written."""


class DuplicateCollective(CollectiveError):
    """Another live collectif already has this name: ``existing`` is the one to use."""

    def __init__(self, message: str, existing: co.Collective):
        super().__init__({"name": message})
        self.existing = existing


def _today(today: dt.date | str | None) -> str:
    if today is None:
        return dt.date.today().isoformat()
    return today if isinstance(today, str) else today.isoformat()


def _date(errors: dict[str, str], name: str, value: object) -> str | None:
    checked = validation.check_date(cast(str | None, value))
    if not checked.ok:
        errors[name] = checked.error or _("Date invalide.")
        return None
    return checked.value


# the collectif -----------------------------------------------------------------------------
def _check(
    territory: Territory, values: dict[str, Any], row_id: str | None, *, unique: bool = True
) -> dict[str, Any]:
    errors: dict[str, str] = {}
    clean = dict(values)
    name = (clean.get("name") or "").strip()
    clean["name"] = name
    if not name:
        errors["name"] = _("Donnez un nom au collectif (par exemple « PTCE Val de Drôme »).")
    kind = clean.get("kind") or None
    clean["kind"] = kind
    if kind and kind not in activity_queries.vocabulary_labels(territory.tdb.db, "collective_kind"):
        errors["kind"] = _("Type de collectif inconnu : « {kind} ».").format(kind=kind)
    for field in ("founded_on", "closed_on"):
        if field in clean:
            clean[field] = _date(errors, field, clean[field])
    founded, closed = clean.get("founded_on"), clean.get("closed_on")
    if founded and closed and closed < founded:
        errors.setdefault(
            "closed_on",
            _("La date de fin ({closed}) précède la date de création ({founded}).").format(
                closed=format_date(closed), founded=format_date(founded)
            ),
        )
    if "challenges" in clean:
        clean["challenges"] = tuple(dict.fromkeys(clean.get("challenges") or ()))
    if errors:
        raise CollectiveError(errors)
    existing = q.same_name(territory.tdb.db, name, row_id) if unique else None
    if existing is not None:
        raise DuplicateCollective(
            _(
                "Le collectif « {name} » existe déjà : ouvrez-le pour le compléter, ou "
                "donnez un autre nom au nouveau."
            ).format(name=existing.name),
            existing,
        )
    return clean


def create_collective(territory: Territory, fields: dict[str, Any]) -> co.Collective:
    """A new collectif from Collective fields (name required, unique among live ones)."""
    with territory.transaction():
        clean = _check(territory, {k: v for k, v in fields.items() if k in _FIELDS}, None)
        if clean.get("organisation_id"):
            territory.records["organisation"].get(clean["organisation_id"])
        return cast(co.Collective, territory.save("collective", clean))


def update_collective(
    territory: Territory, collective_id: str, rev: int, changes: dict[str, Any]
) -> co.Collective:
    """Save edited fields (rev-checked) with the same checks as creating it."""
    with territory.transaction():
        current = get(territory, collective_id)
        merged = {n: getattr(current, n) for n in _FIELDS}
        merged.update(changes)
        # A name is checked against the others only when it changes: two look-alikes a merge
        # brought in can still be edited apart.
        clean = _check(territory, merged, collective_id, unique="name" in changes)
        if changes.get("organisation_id"):
            territory.records["organisation"].get(changes["organisation_id"])
        changed = {k: clean[k] for k in changes if k in _FIELDS}
        return cast(
            co.Collective, territory.save("collective", changed, row_id=collective_id, rev=rev)
        )


def close_collective(
    territory: Territory, collective_id: str, rev: int, closed_on: str | None
) -> co.Collective:
    """Close (``closed_on``) or reopen (None) a collectif; its members and history stay."""
    return update_collective(territory, collective_id, rev, {"closed_on": closed_on})


def delete_collective(territory: Territory, collective_id: str, rev: int) -> None:
    """To the corbeille with its member, referent and project lines (one operation, restored
    together). Its instance and meetings stay: they are the réunions module's records."""
    with territory.transaction():
        for table in ("membership", "collective_referent", "collective_project"):
            for row in territory.records[table].where("collective_id = ?", [collective_id]):
                territory.remove(table, row.id, row.rev)
        territory.remove("collective", collective_id, rev)


def get(territory: Territory, collective_id: str) -> co.Collective:
    return cast(co.Collective, territory.records["collective"].get(collective_id))


def is_active(collective: co.Collective, today: dt.date | str | None = None) -> bool:
    return not collective.closed_on or collective.closed_on > _today(today)


# the list ----------------------------------------------------------------------------------
def collective_where(
    *,
    kind: str | None = None,
    challenge_id: str | None = None,
    state: str | None = None,
    text: str = "",
    today: dt.date | str | None = None,
) -> Where:
    """Filter of the list: kind, enjeu, state « active » / « closed », words of the name."""
    return q.collective_where(
        kind=kind, challenge_id=challenge_id, state=state, text=text or "", today=_today(today)
    )


class CollectiveList(ListSource):
    """The SQL-paged list; the commune column reads as the commune's name."""

    def fetch(
        self, offset: int, limit: int, sort_column: int | None = None, descending: bool = False
    ) -> list[tuple[Any, ...]]:
        from municipaless.services.geography.communes import commune_name

        rows = super().fetch(offset, limit, sort_column, descending)
        at = 1 + [c.key for c in self.columns].index("commune_insee")
        return [
            (*row[:at], commune_name(row[at]) if row[at] else None, *row[at + 1 :]) for row in rows
        ]


def collective_list(territory: Territory, where: Where | None = None) -> CollectiveList:
    return CollectiveList(territory.tdb.db, q.SPEC, where or Where())


# members -----------------------------------------------------------------------------------
def _check_role(territory: Territory, role: str | None) -> str | None:
    role = role or None
    if role and role not in activity_queries.vocabulary_labels(territory.tdb.db, "membership_role"):
        raise CollectiveError({"role": _("Rôle inconnu : « {role} ».").format(role=role)})
    return role


def _check_period(joined_on: str | None, left_on: str | None) -> None:
    if joined_on and left_on and left_on < joined_on:
        raise CollectiveError(
            {
                "left_on": _(
                    "La date de départ ({left}) précède la date d'entrée ({joined}) : "
                    "une structure ne peut pas quitter le collectif avant d'y être entrée."
                ).format(left=format_date(left_on), joined=format_date(joined_on))
            }
        )


def add_member(
    territory: Territory,
    collective_id: str,
    organisation_id: str,
    role: str | None = "membre",
    joined_on: str | None = None,
    *,
    notes: str = "",
    today: dt.date | str | None = None,
) -> co.Membership:
    """A structure joins the collectif. Refused (French) when it is already a current member,
    or when it left after the new joining date (its periods would overlap)."""
    errors: dict[str, str] = {}
    joined = _date(errors, "joined_on", joined_on)
    if errors:
        raise CollectiveError(errors)
    with territory.transaction():
        collective = get(territory, collective_id)
        organisation = territory.records["organisation"].get(organisation_id)
        role = _check_role(territory, role)
        previous = q.open_membership(territory.tdb.db, collective_id, organisation_id)
        if previous is not None:
            if not previous.left_on or previous.left_on > _today(today):
                since = (
                    _(" depuis le {date}").format(date=format_date(previous.joined_on))
                    if previous.joined_on
                    else ""
                )
                raise CollectiveError(
                    {
                        "organisation_id": _(
                            "« {org} » est déjà membre de « {collective} »{since} : "
                            "enregistrez d'abord son départ pour l'inscrire à nouveau."
                        ).format(org=organisation.name, collective=collective.name, since=since)
                    }
                )
            if joined and joined < previous.left_on:
                raise CollectiveError(
                    {
                        "joined_on": _(
                            "« {org} » a quitté le collectif le {left} : sa nouvelle entrée "
                            "ne peut pas être antérieure."
                        ).format(org=organisation.name, left=format_date(previous.left_on))
                    }
                )
        return cast(
            co.Membership,
            territory.save(
                "membership",
                {
                    "collective_id": collective_id,
                    "organisation_id": organisation_id,
                    "role": role,
                    "joined_on": joined,
                    "notes": notes,
                },
            ),
        )


def record_leaving(
    territory: Territory, membership_id: str, rev: int, left_on: str | None, *, notes: str = ""
) -> co.Membership:
    """The structure leaves on ``left_on`` (its line stays, with its end date)."""
    errors: dict[str, str] = {}
    left = _date(errors, "left_on", left_on)
    if not left and not errors:
        errors["left_on"] = _("Indiquez la date de départ.")
    if errors:
        raise CollectiveError(errors)
    with territory.transaction():
        membership = territory.records["membership"].get(membership_id)
        _check_period(membership.joined_on, left)
        changes: dict[str, Any] = {"left_on": left}
        if notes:
            changes["notes"] = notes
        return cast(
            co.Membership, territory.save("membership", changes, row_id=membership_id, rev=rev)
        )


def update_membership(
    territory: Territory, membership_id: str, rev: int, changes: dict[str, Any]
) -> co.Membership:
    """Correct a member line's role, dates or notes (the same checks)."""
    errors: dict[str, str] = {}
    clean = {k: v for k, v in changes.items() if k in ("role", "joined_on", "left_on", "notes")}
    for field in ("joined_on", "left_on"):
        if field in clean:
            clean[field] = _date(errors, field, clean[field])
    if errors:
        raise CollectiveError(errors)
    with territory.transaction():
        membership = territory.records["membership"].get(membership_id)
        if "role" in clean:
            clean["role"] = _check_role(territory, clean["role"])
        _check_period(
            clean.get("joined_on", membership.joined_on), clean.get("left_on", membership.left_on)
        )
        return cast(
            co.Membership, territory.save("membership", clean, row_id=membership_id, rev=rev)
        )


def remove_membership(territory: Territory, membership_id: str, rev: int) -> None:
    """A line typed by mistake (a departure is ``record_leaving``, which keeps the line)."""
    territory.remove("membership", membership_id, rev)


def members(
    territory: Territory, collective_id: str, today: dt.date | str | None = None
) -> list[MemberRow]:
    """Current members first, then past ones, each by joining date. The same line added in
    two colleagues' copies (merged) shows once."""
    seen: set[tuple[Any, ...]] = set()
    rows = []
    for row in q.members(territory.tdb.db, collective_id, _today(today)):
        m = row.membership
        key = (m.organisation_id, m.joined_on, m.left_on)
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


# referents and projects --------------------------------------------------------------------
def add_referent(
    territory: Territory, collective_id: str, person_id: str, role: str = ""
) -> co.CollectiveReferent:
    with territory.transaction():
        collective = get(territory, collective_id)
        person = territory.records["person"].get(person_id)
        if q.referent_link(territory.tdb.db, collective_id, person_id):
            raise CollectiveError(
                {
                    "person_id": _("{person} est déjà référent·e de « {collective} ».").format(
                        person=person.display_name, collective=collective.name
                    )
                }
            )
        return cast(
            co.CollectiveReferent,
            territory.save(
                "collective_referent",
                {"collective_id": collective_id, "person_id": person_id, "role": role.strip()},
            ),
        )


def remove_referent(territory: Territory, link_id: str, rev: int) -> None:
    territory.remove("collective_referent", link_id, rev)


def referents(territory: Territory, collective_id: str) -> list[ReferentRow]:
    """Its referents, each person once (two merged copies may both have added her)."""
    seen: set[str] = set()
    rows = []
    for row in q.referents(territory.tdb.db, collective_id):
        if row.referent.person_id not in seen:
            seen.add(row.referent.person_id)
            rows.append(row)
    return rows


def link_project(territory: Territory, collective_id: str, project_id: str) -> co.CollectiveProject:
    with territory.transaction():
        collective = get(territory, collective_id)
        project = territory.records["project"].get(project_id)
        if q.project_link(territory.tdb.db, collective_id, project_id):
            raise CollectiveError(
                {
                    "project_id": _("Le projet {ref} est déjà lié à « {collective} ».").format(
                        ref=project.reference or project.name, collective=collective.name
                    )
                }
            )
        return cast(
            co.CollectiveProject,
            territory.save(
                "collective_project", {"collective_id": collective_id, "project_id": project_id}
            ),
        )


def unlink_project(territory: Territory, link_id: str, rev: int) -> None:
    territory.remove("collective_project", link_id, rev)


def projects(territory: Territory, collective_id: str) -> list[ProjectRow]:
    return q.projects(territory.tdb.db, collective_id)


def money(territory: Territory, collective_id: str) -> int:
    """What its projects were granted, in cents (each project once)."""
    return q.money(territory.tdb.db, collective_id)


def set_challenges(
    territory: Territory, collective_id: str, rev: int, challenge_ids: tuple[str, ...]
) -> co.Collective:
    return update_collective(territory, collective_id, rev, {"challenges": tuple(challenge_ids)})


# its instance ------------------------------------------------------------------------------
def instance_code(territory: Territory, name: str, kind: str) -> str:
    """A decision-number prefix from the name's words (« PTCE Val de Drôme » →
    « PTCE-VAL-DROME »), at most 20 characters, numbered when taken (…-2)."""
    words = [w for w in fold(name).split() if w not in _STOP_WORDS]
    base = ""
    for word in words:
        candidate = meeting_series.clean_code(f"{base}-{word}" if base else word)
        if len(candidate) > 17:
            break
        base = candidate
    if not base and words:
        base = meeting_series.clean_code(words[0])[:17].strip("-")
    base = base or meeting_series.DEFAULTS[kind].code
    code, n = base, 1
    while any(s.code.upper() == code for s in meeting_series.list_series(territory)):
        n += 1
        code = f"{base}-{n}"
    return code


def create_instance(territory: Territory, collective_id: str) -> d.MeetingSeries:
    """Its own instance in the réunions module, named after it (``series_id`` set); refused
    when it has one, or when an instance of that name exists already (« Rattacher »:
    ``attach_instance``)."""
    with territory.transaction():
        collective = get(territory, collective_id)
        if collective.series_id:
            existing = territory.records["meeting_series"].get(
                collective.series_id, include_deleted=True
            )
            if existing.deleted_at is None:
                raise CollectiveError(
                    _("« {collective} » a déjà son instance : « {series} ».").format(
                        collective=collective.name, series=existing.name
                    )
                )
        kind = "ptce" if collective.kind == "ptce" else "libre"
        code = instance_code(territory, collective.name, kind)
        try:
            series = meeting_series.create_series(territory, kind, collective.name, code)
        except meeting_series.DuplicateSeries as exc:
            raise CollectiveError(
                _(
                    "Une instance « {series} » existe déjà dans les réunions : rattachez-la "
                    "au collectif plutôt que d'en créer une seconde."
                ).format(series=exc.existing.name)
            ) from exc
        territory.save(
            "collective", {"series_id": series.id}, row_id=collective.id, rev=collective.rev
        )
        return series


def attach_instance(territory: Territory, collective_id: str, series_id: str) -> co.Collective:
    """Make an existing instance the collectif's own."""
    with territory.transaction():
        collective = get(territory, collective_id)
        territory.records["meeting_series"].get(series_id)
        return cast(
            co.Collective,
            territory.save(
                "collective", {"series_id": series_id}, row_id=collective.id, rev=collective.rev
            ),
        )


def same_name_series(territory: Territory, collective_id: str) -> d.MeetingSeries | None:
    """The instance named like the collectif, if one exists (to attach rather than create)."""
    name = fold(get(territory, collective_id).name)
    return next((s for s in meeting_series.list_series(territory) if fold(s.name) == name), None)


def instance(territory: Territory, collective: co.Collective) -> d.MeetingSeries | None:
    if not collective.series_id:
        return None
    series = territory.records["meeting_series"].get(collective.series_id, include_deleted=True)
    return None if series.deleted_at else cast(d.MeetingSeries, series)


def instance_meetings(
    territory: Territory, collective: co.Collective, last: int | None = None
) -> list[d.Meeting]:
    """The meetings of its instance, the latest first (``last`` of them)."""
    from municipaless.services import meetings

    if instance(territory, collective) is None:
        return []
    assert collective.series_id is not None
    found = list(reversed(meetings.series_meetings(territory, collective.series_id)))
    return found[:last] if last is not None else found


def latest_meeting(territory: Territory, collective_id: str) -> d.Meeting | None:
    found = instance_meetings(territory, get(territory, collective_id), 1)
    return found[0] if found else None


# a structure's collectifs ------------------------------------------------------------------
def collectives_of_organisation(
    territory: Territory, organisation_id: str, today: dt.date | str | None = None
) -> list[OrganisationCollective]:
    """The collectifs a structure is or was a member of (its card in the annuaire)."""
    return q.of_organisation(territory.tdb.db, organisation_id, _today(today))


def collectives_carried_by(territory: Territory, organisation_id: str) -> list[tuple[str, str]]:
    """(id, name) of the collectifs whose own legal structure is this structure (a SCIC, the
    association carrying a PTCE)."""
    return q.carried_by(territory.tdb.db, organisation_id)
