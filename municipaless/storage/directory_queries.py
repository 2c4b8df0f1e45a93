"""The annuaire's SQL: list filters (``Where``), a structure's people and offers, a person's
affiliation history, tags, and the orientation matcher.

Multi-valued fields (``sectors``, ``stages``, ``territory``) are JSON arrays of codes, read with
``json_each``. A territory code is ``commune:07186``, ``epci:<SIREN>``, ``dep:07``, ``reg:84`` or
``pays:FR`` (national);
callers (services/directory/) expand a commune into every code that covers it (its own, its
EPCIs, its département, its région), so storage never needs the geography file.

"Current" affiliation: no end date, or an end date not yet passed (``end_on >= today``); the
caller passes today so tests can pin it.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core.domain import Affiliation, ServiceOffer, Tag
from municipaless.storage import codec
from municipaless.storage.listing import Where
from municipaless.storage.search import match_expression

_LIVE_OFFER = "o.organisation_id = t.id AND o.deleted_at IS NULL"
_CURRENT = "(a.end_on IS NULL OR a.end_on = '' OR a.end_on >= ?)"


def _codes(values: str | Sequence[str] | None) -> list[str]:
    if values is None:
        return []
    return [values] if isinstance(values, str) else [v for v in values if v]


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


# --- organisation list filters ------------------------------------------------------------------


def org_kind(kinds: str | Sequence[str] | None) -> Where:
    """Structures of one of these kinds (vocabulary organisation_kind)."""
    codes = _codes(kinds)
    if not codes:
        return Where()
    return Where("t.kind IN (SELECT value FROM json_each(?))", (_json(codes),))


def org_service(service: str | None = None, instrument: str | None = None) -> Where:
    """Structures with a live offer of this service and/or funding instrument."""
    conditions, params = [], []
    if service:
        conditions.append("o.service = ?")
        params.append(service)
    if instrument:
        conditions.append("o.instrument = ?")
        params.append(instrument)
    if not conditions:
        return Where()
    matching = " AND ".join(conditions)
    return Where(
        f"EXISTS (SELECT 1 FROM service_offer o WHERE {_LIVE_OFFER} AND {matching})",
        tuple(params),
    )


def org_sector(sector: str | None) -> Where:
    """Structures naming this filière, on the structure itself or on one of its offers."""
    if not sector:
        return Where()
    return Where(
        "(EXISTS (SELECT 1 FROM json_each(t.sectors) WHERE value = ?)"
        f" OR EXISTS (SELECT 1 FROM service_offer o, json_each(o.sectors) s"
        f" WHERE {_LIVE_OFFER} AND s.value = ?))",
        (sector, sector),
    )


def org_territory(area_codes: Sequence[str]) -> Where:
    """Structures whose territory (or one offer's) names one of ``area_codes`` — e.g. every code
    covering a commune. A structure with no territory stated is *not* listed: unknown is not
    "everywhere" in a filter the officer reads as "who covers this commune"."""
    codes = _codes(area_codes)
    if not codes:
        return Where()
    area = _json(codes)
    return Where(
        "(EXISTS (SELECT 1 FROM json_each(t.territory) WHERE value IN"
        " (SELECT value FROM json_each(?)))"
        " OR EXISTS (SELECT 1 FROM service_offer o, json_each(o.territory) c"
        f" WHERE {_LIVE_OFFER} AND c.value IN (SELECT value FROM json_each(?))))",
        (area, area),
    )


def tagged(table: str, tag_id: str | None) -> Where:
    """Records of ``table`` carrying this tag."""
    if not tag_id:
        return Where()
    return Where(
        "EXISTS (SELECT 1 FROM tagging g WHERE g.target_table = ? AND g.target_id = t.id"
        " AND g.tag_id = ? AND g.deleted_at IS NULL)",
        (table, tag_id),
    )


def text(kind: str, query: str | None) -> Where:
    """Accent-insensitive word-prefix match through the search index (``kind`` is the table)."""
    expression = match_expression(query or "", kind)
    if expression is None:
        return Where()
    return Where(
        "t.id IN (SELECT row_id FROM search_index WHERE search_index MATCH ?)", (expression,)
    )


# --- person list filters ------------------------------------------------------------------------


def person_organisation(organisation_id: str | None, today: str, *, past: bool = False) -> Where:
    """People affiliated with this structure: currently, or (``past``) at any time."""
    if not organisation_id:
        return Where()
    current = "" if past else f" AND {_CURRENT}"
    params = (organisation_id,) if past else (organisation_id, today)
    return Where(
        "EXISTS (SELECT 1 FROM affiliation a WHERE a.person_id = t.id AND a.organisation_id = ?"
        f" AND a.deleted_at IS NULL{current})",
        params,
    )


def person_roles(roles: Sequence[str], today: str) -> Where:
    """People whose current affiliation has one of these exact roles (the service turns a typed
    text into the matching roles, accent-insensitively: SQLite's LIKE cannot fold accents)."""
    if roles is None:
        return Where()
    return Where(
        "EXISTS (SELECT 1 FROM affiliation a WHERE a.person_id = t.id AND a.deleted_at IS NULL"
        f" AND {_CURRENT} AND a.role IN (SELECT value FROM json_each(?)))",
        (today, _json(list(roles))),
    )


def person_has_email(has: bool | None, today: str) -> Where:
    """People with (or without) an e-mail, personal or of a current affiliation."""
    if has is None:
        return Where()
    any_email = (
        "(coalesce(t.email, '') <> '' OR EXISTS (SELECT 1 FROM affiliation a"
        f" WHERE a.person_id = t.id AND a.deleted_at IS NULL AND {_CURRENT}"
        " AND coalesce(a.email, '') <> ''))"
    )
    return Where(any_email if has else f"NOT {any_email}", (today,))


def person_is_contact(contact: bool | None) -> Where:
    """Interlocuteurs (any affiliation, even ended) or, with False, everyone else (porteurs)."""
    if contact is None:
        return Where()
    exists = (
        "EXISTS (SELECT 1 FROM affiliation a WHERE a.person_id = t.id AND a.deleted_at IS NULL)"
    )
    return Where(exists if contact else f"NOT {exists}")


# --- reading a structure, a person --------------------------------------------------------------


@dataclass(frozen=True)
class AffiliationRow:
    """One affiliation with the names a list shows on both sides."""

    affiliation: Affiliation
    person_name: str
    organisation_name: str
    current: bool


def _affiliation_rows(
    db: Database, where: str, params: list[Any], today: str
) -> list[AffiliationRow]:
    sql = f"""
        SELECT a.*, trim(p.first_name || ' ' || p.last_name) AS _person,
               o.name AS _organisation,
               (a.end_on IS NULL OR a.end_on = '' OR a.end_on >= ?) AS _current
        FROM affiliation a
        JOIN person p ON p.id = a.person_id
        JOIN organisation o ON o.id = a.organisation_id
        WHERE a.deleted_at IS NULL AND {where}
        ORDER BY _current DESC, coalesce(a.end_on, '9999') DESC, coalesce(a.start_on, '') DESC,
                 p.last_name COLLATE FR, p.first_name COLLATE FR
    """
    out = []
    for row in db.query(sql, [today, *params]):
        person, org, current = row.pop("_person"), row.pop("_organisation"), row.pop("_current")
        out.append(AffiliationRow(codec.from_row(Affiliation, row), person, org, bool(current)))
    return out


def people_of_organisation(db: Database, organisation_id: str, today: str) -> list[AffiliationRow]:
    """A structure's people, current first, then past ones, most recently ended first."""
    return _affiliation_rows(
        db, "a.organisation_id = ? AND p.deleted_at IS NULL", [organisation_id], today
    )


def affiliation_history(db: Database, person_id: str, today: str) -> list[AffiliationRow]:
    """A person's jobs, current first, then past ones, most recent first."""
    return _affiliation_rows(db, "a.person_id = ?", [person_id], today)


def offers_of(db: Database, organisation_id: str) -> list[ServiceOffer]:
    """A structure's live offers, in the order they were entered."""
    rows = db.query(
        "SELECT * FROM service_offer WHERE organisation_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at, rowid",
        [organisation_id],
    )
    return [codec.from_row(ServiceOffer, row) for row in rows]


def distinct_roles(db: Database) -> list[tuple[str, int]]:
    """Every role typed on a live affiliation, with how many affiliations carry it."""
    rows = db.execute(
        "SELECT role, count(*) FROM affiliation WHERE deleted_at IS NULL AND role <> ''"
        " GROUP BY role ORDER BY role COLLATE FR"
    )
    return [(r[0], r[1]) for r in rows.fetchall()]


def epcis_of(db: Database, commune_insee: str) -> list[str]:
    """EPCI codes (``epci:…``) the territory file declares as containing this commune.

    The shipped COG file has no EPCI membership, so a file may declare its EPCIs in ``meta``:
    key ``epci:<code>``, value a JSON array of INSEE codes."""
    rows = db.execute(
        "SELECT m.key FROM meta m, json_each(CASE WHEN json_valid(m.value) THEN m.value"
        " ELSE '[]' END) c WHERE m.key LIKE 'epci:%' AND c.value = ?",
        [commune_insee],
    )
    return [r[0] for r in rows.fetchall()]


# --- tags -----------------------------------------------------------------------------------


def all_tags(db: Database) -> list[tuple[Tag, int]]:
    """Every live tag with how many live records carry it, by name."""
    sql = """
        SELECT g.*, (SELECT count(*) FROM tagging x WHERE x.tag_id = g.id
                     AND x.deleted_at IS NULL) AS _uses
        FROM tag g WHERE g.deleted_at IS NULL ORDER BY g.name COLLATE FR
    """
    out = []
    for row in db.query(sql):
        uses = row.pop("_uses")
        out.append((codec.from_row(Tag, row), uses))
    return out


def taggings_of(db: Database, table: str, row_id: str) -> list[tuple[str, int, Tag]]:
    """(tagging id, tagging rev, tag) of one record's live tags, by tag name."""
    sql = """
        SELECT x.id AS _tid, x.rev AS _trev, g.*
        FROM tagging x JOIN tag g ON g.id = x.tag_id
        WHERE x.target_table = ? AND x.target_id = ? AND x.deleted_at IS NULL
          AND g.deleted_at IS NULL
        ORDER BY g.name COLLATE FR
    """
    out = []
    for row in db.query(sql, [table, row_id]):
        tid, trev = row.pop("_tid"), row.pop("_trev")
        out.append((tid, trev, codec.from_row(Tag, row)))
    return out


# --- orientation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferFit:
    """One live offer that fits a need, with how well each criterion fits.

    ``*_fit``: 2 named explicitly, 1 the offer has no restriction (all), 0 not asked.
    ``territory_fit``: 5 commune, 4 EPCI, 3 département, 2 région, 1 country (``pays:FR``),
    0 not asked or none stated.
    """

    offer: ServiceOffer
    service_fit: int  # 2 exact service or instrument, 1 a funding offer for a financing need
    stage_fit: int
    sector_fit: int
    territory_fit: int


_FIT = """
    SELECT o.*,
      CASE WHEN o.service = :need OR o.instrument = :need THEN 2 ELSE 1 END AS _service,
      CASE WHEN :stage IS NULL THEN 0
           WHEN EXISTS (SELECT 1 FROM json_each(o.stages) WHERE value = :stage) THEN 2
           WHEN json_array_length(o.stages) = 0 THEN 1 ELSE -1 END AS _stage,
      CASE WHEN :sector IS NULL THEN 0
           WHEN EXISTS (SELECT 1 FROM json_each(o.sectors) WHERE value = :sector) THEN 2
           WHEN json_array_length(o.sectors) = 0 THEN 1 ELSE -1 END AS _sector,
      CASE WHEN :area IS NULL THEN 0
           WHEN json_array_length(coalesce(nullif(o.territory, '[]'), t.territory)) = 0 THEN 0
           ELSE coalesce((
             SELECT max(CASE WHEN c.value LIKE 'commune:%' THEN 5
                             WHEN c.value LIKE 'epci:%' THEN 4
                             WHEN c.value LIKE 'dep:%' THEN 3
                             WHEN c.value LIKE 'reg:%' THEN 2 ELSE 1 END)
             FROM json_each(coalesce(nullif(o.territory, '[]'), t.territory)) c
             WHERE c.value IN (SELECT value FROM json_each(:area))), -1) END AS _territory
    FROM service_offer o JOIN organisation t ON t.id = o.organisation_id
    WHERE o.deleted_at IS NULL AND t.deleted_at IS NULL
      AND (:need IS NULL OR o.service = :need OR o.instrument = :need
           OR (:need = 'financement' AND o.instrument IS NOT NULL)
           OR (:need_is_instrument AND o.service = 'financement' AND o.instrument IS NULL))
"""


def offer_fits(
    db: Database,
    need: str | None,
    stage: str | None,
    sector: str | None,
    area_codes: Sequence[str] | None,
    *,
    instruments: Sequence[str] = (),
) -> list[OfferFit]:
    """Every live offer fitting the need, stage, sector and territory (a criterion left None is
    not asked). An offer's empty ``stages``/``sectors`` mean "all"; an empty ``territory``
    falls back to its structure's, and when both are empty the offer fits anywhere unranked.
    ``instruments`` lists the instrument codes, so a need that is an instrument (prêt
    d'honneur) also finds generic funding offers, ranked lower."""
    params = {
        "need": need or None,
        "stage": stage or None,
        "sector": sector or None,
        "area": _json(area_codes) if area_codes else None,
        "need_is_instrument": int(bool(need) and need in set(instruments)),
    }
    sql = (
        f"SELECT * FROM ({_FIT}) WHERE _stage >= 0 AND _sector >= 0 AND _territory >= 0"
        " ORDER BY created_at, id"
    )
    out = []
    for row in db.query(sql, params):
        fits = (row.pop("_service"), row.pop("_stage"), row.pop("_sector"), row.pop("_territory"))
        out.append(OfferFit(codec.from_row(ServiceOffer, row), *fits))
    return out


# --- a person's card: the projects she carries, the meetings she attended ----------------------
@dataclass(frozen=True)
class HeldProject:
    project_id: str
    reference: str
    name: str
    role: str
    status: str


@dataclass(frozen=True)
class AttendedMeeting:
    meeting_id: str
    starts_at: str
    title: str
    series_name: str | None
    status: str  # présent, excusé, représenté…


def projects_held(db: Database, person_id: str, limit: int) -> tuple[list[HeldProject], int]:
    """The live projects ``person_id`` carries (porteur), latest first contact first, at most
    ``limit`` of them, and how many there are in all."""
    base = """
        FROM project_holder h JOIN project p ON p.id = h.project_id
        WHERE h.person_id = ? AND h.deleted_at IS NULL AND p.deleted_at IS NULL
    """
    total = db.execute(f"SELECT count(*) {base}", [person_id]).fetchone()[0]
    rows = db.execute(
        f"SELECT p.id, p.reference, p.name, h.role, p.status {base} "
        "ORDER BY coalesce(p.first_contact_on, '') DESC, p.reference DESC LIMIT ?",
        [person_id, limit],
    ).fetchall()
    return [HeldProject(*row) for row in rows], total


def meetings_attended(
    db: Database, person_id: str, limit: int
) -> tuple[list[AttendedMeeting], int]:
    """The live meetings ``person_id`` was invited to (with her presence), latest first, at
    most ``limit``, and how many in all."""
    base = """
        FROM attendance a JOIN meeting m ON m.id = a.meeting_id
        LEFT JOIN meeting_series s ON s.id = m.series_id AND s.deleted_at IS NULL
        WHERE a.person_id = ? AND a.deleted_at IS NULL AND m.deleted_at IS NULL
    """
    total = db.execute(f"SELECT count(*) {base}", [person_id]).fetchone()[0]
    rows = db.execute(
        f"SELECT m.id, m.starts_at, m.title, s.name, a.status {base} "
        "ORDER BY m.starts_at DESC LIMIT ?",
        [person_id, limit],
    ).fetchall()
    return [AttendedMeeting(*row) for row in rows], total
