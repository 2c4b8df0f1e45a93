"""The annuaire's use cases: structures with their offers, people with their jobs, tags, list
filters, and the orientation matcher ("to whom do I send this porteur?").

Everything the UI and the case log call lives here; storage/directory_queries.py holds the SQL.
Saves validate first (French message per field, :class:`InvalidInput`) and write a structure
with its offers and tags, or a person with their tags, in one transaction: a failure leaves
the file as it was. A change of job never rewrites the old affiliation's role: it ends it and
starts a new one, so "who was chargée de mission at France Active in 2023" stays answerable.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast

from municipaless.core.domain import Affiliation, Organisation, Person, ServiceOffer, Tag
from municipaless.core.i18n import N_, _
from municipaless.core.text import fold, sort_key
from municipaless.services.directory.checks import (  # noqa: F401 - part of this module's API
    OFFER_FIELDS,
    DuplicateRecord,
    InvalidInput,
    Values,
    other_establishments,
    refuse_same_siret,
    validate_affiliation,
    validate_offer,
    validate_organisation,
    validate_person,
)
from municipaless.services.geography.communes import commune_area
from municipaless.storage import directory_queries as q
from municipaless.storage.listing import Where

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory

TAGGABLE = ("organisation", "person")
NATIONAL = "pays:FR"  # territory code of a structure working everywhere in France


def _today(today: str | None) -> str:
    return today or date.today().isoformat()


# --- saving -------------------------------------------------------------------------------------


def _collect(
    errors: dict[str, str], check: Callable[..., Values], *args: Any, **kwargs: Any
) -> Values:
    """Run one validation, adding its messages to ``errors`` so the form shows them all."""
    try:
        return check(*args, **kwargs)
    except InvalidInput as exc:
        errors.update(exc.errors)
        return {}


def save_organisation(
    territory: "Territory",
    changes: Mapping[str, Any],
    *,
    row_id: str | None = None,
    rev: int | None = None,
    offers: Sequence[Mapping[str, Any]] | None = None,
    tags: Sequence[str] | None = None,
) -> Organisation:
    """Create (no ``row_id``) or update a structure, its offers and its tags in one transaction.

    ``offers`` (None: leave them alone) is the whole offer table as the form shows it: a dict
    with ``id`` and ``rev`` updates that offer (ConflictError if a colleague changed it), one
    without ``id`` creates an offer, and a live offer missing from the list is deleted.
    ``tags`` (None: leave them) are tag names; unknown names create the tag."""
    errors: dict[str, str] = {}
    clean = _collect(errors, validate_organisation, changes, creating=row_id is None)
    clean_offers = [_collect(errors, validate_offer, o, i) for i, o in enumerate(offers or ())]
    if errors:
        raise InvalidInput(errors)
    with territory.tdb.write():  # checked inside the write: no colleague's save in between
        refuse_same_siret(territory.tdb.db, clean, row_id)
        org = cast(Organisation, territory.save("organisation", clean, row_id=row_id, rev=rev))
        if offers is not None:
            _save_offers(territory, org.id, offers, clean_offers)
        if tags is not None:
            set_tags(territory, "organisation", org.id, tags)
    return org


def _save_offers(
    territory: "Territory", org_id: str, raw: Sequence[Mapping[str, Any]], clean: list[Values]
) -> None:
    records = territory.records["service_offer"]
    existing = {o.id: o for o in q.offers_of(territory.tdb.db, org_id)}
    kept: set[str] = set()
    for given, values in zip(raw, clean, strict=True):
        offer_id = given.get("id")
        if offer_id:
            kept.add(offer_id)
            rev = given.get("rev") or (existing[offer_id].rev if offer_id in existing else 0)
            records.update(offer_id, rev, **values)
        else:
            records.insert(ServiceOffer(organisation_id=org_id, **values))
    for offer_id, offer in existing.items():
        if offer_id not in kept:
            records.delete(offer_id, offer.rev)


def save_person(
    territory: "Territory",
    changes: Mapping[str, Any],
    *,
    row_id: str | None = None,
    rev: int | None = None,
    tags: Sequence[str] | None = None,
) -> Person:
    """Create or update a person (and their tags) in one transaction."""
    clean = validate_person(changes, creating=row_id is None)
    with territory.tdb.write():
        person = cast(Person, territory.save("person", clean, row_id=row_id, rev=rev))
        if tags is not None:
            set_tags(territory, "person", person.id, tags)
    return person


def add_affiliation(
    territory: "Territory",
    person_id: str,
    organisation_id: str,
    *,
    role: str = "",
    email: str | None = None,
    phone: str | None = None,
    start_on: str | None = None,
    end_on: str | None = None,
) -> Affiliation:
    """A job of a person at a structure (a past one when ``end_on`` is given)."""
    values = validate_affiliation(
        {"role": role, "email": email, "phone": phone, "start_on": start_on, "end_on": end_on}
    )
    territory.records["person"].get(person_id)
    territory.records["organisation"].get(organisation_id)
    return cast(
        Affiliation,
        territory.save(
            "affiliation", {"person_id": person_id, "organisation_id": organisation_id, **values}
        ),
    )


def update_affiliation(
    territory: "Territory", affiliation_id: str, rev: int, changes: Mapping[str, Any]
) -> Affiliation:
    """Correct an affiliation (a typo, a date); a new one is :func:`change_affiliation`."""
    current = territory.records["affiliation"].get(affiliation_id)
    clean = validate_affiliation(
        {"start_on": current.start_on, "end_on": current.end_on, **changes}
    )
    clean = {k: v for k, v in clean.items() if k in changes}
    return cast(Affiliation, territory.save("affiliation", clean, row_id=affiliation_id, rev=rev))


def end_affiliation(
    territory: "Territory", affiliation_id: str, rev: int, end_on: str
) -> Affiliation:
    """The person left this structure on ``end_on``; the affiliation stays as history."""
    return update_affiliation(territory, affiliation_id, rev, {"end_on": end_on})


def change_affiliation(
    territory: "Territory",
    person_id: str,
    organisation_id: str,
    *,
    role: str = "",
    start_on: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    ending: Sequence[str] | None = None,
    today: str | None = None,
) -> Affiliation:
    """The person moves to a new job: the affiliations in ``ending`` (default: every current
    one) end the day before ``start_on`` (default today), and a new one starts. One
    transaction; the old roles are never rewritten."""
    start = validate_affiliation({"start_on": start_on}).get("start_on") or _today(today)
    end = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
    with territory.tdb.write():
        for row in q.affiliation_history(territory.tdb.db, person_id, start):
            a = row.affiliation
            if (ending is None and row.current) or (ending is not None and a.id in ending):
                if a.end_on and a.end_on <= end:
                    continue
                territory.save(
                    "affiliation", {"end_on": max(end, a.start_on or end)}, row_id=a.id, rev=a.rev
                )
        return add_affiliation(
            territory,
            person_id,
            organisation_id,
            role=role,
            email=email,
            phone=phone,
            start_on=start,
        )


# --- tags ---------------------------------------------------------------------------------------


def all_tags(territory: "Territory") -> list[tuple[Tag, int]]:
    """Every tag with the number of records carrying it, by name."""
    return q.all_tags(territory.tdb.db)


def tags_of(territory: "Territory", table: str, row_id: str) -> list[Tag]:
    return [tag for _table, _id, tag in q.taggings_of(territory.tdb.db, table, row_id)]


def tag_named(territory: "Territory", name: str, *, create: bool = True) -> Tag | None:
    """The tag of that name (case and accents ignored), created when missing and ``create``."""
    wanted = fold(name)
    if not wanted:
        return None
    for tag, _count in q.all_tags(territory.tdb.db):
        if fold(tag.name) == wanted:
            return tag
    if not create:
        return None
    return cast(Tag, territory.save("tag", {"name": " ".join(name.split())}))


def set_tags(territory: "Territory", table: str, row_id: str, names: Sequence[str]) -> list[Tag]:
    """Make the record carry exactly these tags (by name), in one transaction."""
    if table not in TAGGABLE:
        raise ValueError(f"tags are for {TAGGABLE}, not {table}")
    with territory.tdb.write():
        wanted: dict[str, Tag] = {}
        for name in names:
            tag = tag_named(territory, name)
            if tag is not None:
                wanted[tag.id] = tag
        current = {
            tag.id: (tid, trev) for tid, trev, tag in q.taggings_of(territory.tdb.db, table, row_id)
        }
        for tag_id, (tagging_id, trev) in current.items():
            if tag_id not in wanted:
                territory.remove("tagging", tagging_id, trev)
        for tag_id in wanted:
            if tag_id not in current:
                territory.save(
                    "tagging", {"tag_id": tag_id, "target_table": table, "target_id": row_id}
                )
    return sorted(wanted.values(), key=lambda t: sort_key(t.name))


# --- lists --------------------------------------------------------------------------------------


def area_codes(territory: "Territory | None", commune_insee: str | None) -> tuple[str, ...]:
    """Every territory code covering a commune: itself, its EPCIs (declared in the file's
    meta), its département, its région and ``pays:FR``. Empty for an unknown commune."""
    area = commune_area(commune_insee)
    if area is None:
        return ()
    epcis = tuple(q.epcis_of(territory.tdb.db, area.insee)) if territory is not None else ()
    return (area.territory_codes()[0], *epcis, *area.territory_codes()[1:], NATIONAL)


def organisation_filter(
    territory: "Territory | None" = None,
    *,
    kind: str | Sequence[str] | None = None,
    service: str | None = None,
    instrument: str | None = None,
    sector: str | None = None,
    commune: str | None = None,
    territory_code: str | None = None,
    tag: str | None = None,
    text: str | None = None,
) -> Where:
    """The organisation list's filter from what the officer picked (None: not filtered).

    ``commune`` (INSEE) keeps structures covering it (through its EPCI, département or région
    too); ``territory_code`` keeps those naming one code (``dep:07``); ``tag`` is a tag id;
    ``text`` matches words of the name, acronym, SIRET or e-mail, accents ignored."""
    where = q.org_kind(kind) & q.org_service(service, instrument) & q.org_sector(sector)
    if commune:
        where &= q.org_territory(area_codes(territory, commune) or (f"commune:{commune}",))
    if territory_code:
        where &= q.org_territory((territory_code,))
    return where & q.tagged("organisation", tag) & q.text("organisation", text)


def person_filter(
    territory: "Territory | None" = None,
    *,
    organisation: str | None = None,
    past: bool = False,
    role: str | None = None,
    has_email: bool | None = None,
    contact: bool | None = None,
    tag: str | None = None,
    text: str | None = None,
    today: str | None = None,
) -> Where:
    """The people list's filter. ``organisation`` (id) keeps its current people (or every one,
    ``past=True``); ``role`` keeps people whose current role contains those words, accents
    ignored (needs ``territory``); ``contact`` True keeps interlocuteurs (any affiliation),
    False everyone else; ``has_email`` True/False."""
    day = _today(today)
    where = q.person_organisation(organisation, day, past=past)
    if role and role.strip():
        assert territory is not None, "filtering by role needs the territory"
        where &= q.person_roles(roles_matching(territory, role), day)
    where &= q.person_has_email(has_email, day) & q.person_is_contact(contact)
    return where & q.tagged("person", tag) & q.text("person", text)


def roles_matching(territory: "Territory", typed: str) -> list[str]:
    """Roles in use that contain every typed word, accents and case ignored."""
    words = fold(typed).split()
    return [
        role
        for role, _count in q.distinct_roles(territory.tdb.db)
        if all(w in fold(role) for w in words)
    ]


def roles(territory: "Territory") -> list[tuple[str, int]]:
    """Roles in use with how many affiliations carry them, for a role picker."""
    return q.distinct_roles(territory.tdb.db)


# --- reading ------------------------------------------------------------------------------------


def offers_of(territory: "Territory", organisation_id: str) -> list[ServiceOffer]:
    return q.offers_of(territory.tdb.db, organisation_id)


def people_of(
    territory: "Territory", organisation_id: str, *, today: str | None = None
) -> list[q.AffiliationRow]:
    """A structure's people (:class:`~storage.directory_queries.AffiliationRow`), current first."""
    return q.people_of_organisation(territory.tdb.db, organisation_id, _today(today))


def history_of(
    territory: "Territory", person_id: str, *, today: str | None = None
) -> list[q.AffiliationRow]:
    """A person's jobs (AffiliationRow), current first, then the past ones."""
    return q.affiliation_history(territory.tdb.db, person_id, _today(today))


CARD_LIMIT = 10  # lines of projects or meetings a person's card lists (the count says the rest)


def projects_held(
    territory: "Territory", person_id: str, limit: int = CARD_LIMIT
) -> tuple[list[q.HeldProject], int]:
    """The projects a person carries as porteur (latest first), and their number."""
    return q.projects_held(territory.tdb.db, person_id, limit)


def meetings_attended(
    territory: "Territory", person_id: str, limit: int = CARD_LIMIT
) -> tuple[list[q.AttendedMeeting], int]:
    """The meetings a person was invited to, with her presence (latest first), and their
    number."""
    return q.meetings_attended(territory.tdb.db, person_id, limit)


def current_affiliations(
    territory: "Territory", person_id: str, *, today: str | None = None
) -> list[q.AffiliationRow]:
    return [r for r in history_of(territory, person_id, today=today) if r.current]


# --- orientation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationFit:
    """A structure that fits a porteur's need, with its best-fitting offer and why."""

    organisation: Organisation
    offer: ServiceOffer
    score: int  # 0-100, higher fits better
    reasons: tuple[str, ...]  # French, e.g. « couvre la commune »
    other_offers: tuple[ServiceOffer, ...] = ()


def organisations_for(
    territory: "Territory",
    need: str | None,
    stage: str | None = None,
    sector: str | None = None,
    commune_insee: str | None = None,
    *,
    limit: int | None = None,
) -> list[OrganisationFit]:
    """Structures whose offers fit need × stage × sector × commune, best fits first.

    A fit: the offer's service or instrument is the need, the stage and sector are named by the
    offer or the offer has no restriction, and its territory (else its structure's) covers the
    commune directly, through an EPCI, the département or the région. Ties are broken by name.
    """
    instruments = [v.code for v in territory.vocabulary("instrument")]
    area = area_codes(territory, commune_insee) if commune_insee else None
    if commune_insee and not area:
        area = (f"commune:{commune_insee}",)
    fits = q.offer_fits(territory.tdb.db, need, stage, sector, area, instruments=instruments)
    best: dict[str, tuple[int, tuple[str, ...], ServiceOffer, list[ServiceOffer]]] = {}
    for fit in fits:
        score, reasons = _score(fit, need, stage, sector, commune_insee)
        org_id = fit.offer.organisation_id
        if org_id not in best:
            best[org_id] = (score, reasons, fit.offer, [])
        elif score > best[org_id][0]:
            previous = best[org_id]
            best[org_id] = (score, reasons, fit.offer, [*previous[3], previous[2]])
        else:
            best[org_id][3].append(fit.offer)
    orgs = territory.records["organisation"]
    result = [
        OrganisationFit(orgs.get(org_id), offer, score, reasons, tuple(others))
        for org_id, (score, reasons, offer, others) in best.items()
    ]
    result.sort(key=lambda s: (-s.score, sort_key(s.organisation.name)))
    return result[:limit] if limit else result


_TERRITORY_REASON = {
    5: N_("intervient sur la commune"),
    4: N_("intervient sur l'intercommunalité"),
    3: N_("intervient sur le département"),
    2: N_("intervient sur la région"),
    1: N_("intervient dans toute la France"),
}


def _score(
    fit: q.OfferFit,
    need: str | None,
    stage: str | None,
    sector: str | None,
    commune: str | None,
) -> tuple[int, tuple[str, ...]]:
    """40 for the service, 20 each for stage and sector, 20 for the territory; a criterion the
    offer does not restrict earns half, one not asked earns it all."""
    reasons: list[str] = []
    score = 40 if fit.service_fit == 2 or not need else 25
    if need and fit.service_fit != 2:
        reasons.append(_("propose un financement (instrument non précisé)"))
    for asked, value, explicit, open_ in (
        (stage, fit.stage_fit, N_("accompagne ce stade du projet"), N_("tous stades")),
        (sector, fit.sector_fit, N_("connaît cette filière"), N_("toutes filières")),
    ):
        if not asked:
            score += 20
        elif value == 2:
            score += 20
            reasons.append(_(explicit))
        else:
            score += 10
            reasons.append(_(open_))
    if not commune:
        score += 20
    elif fit.territory_fit:
        score += {5: 20, 4: 18, 3: 16, 2: 14, 1: 12}[fit.territory_fit]
        reasons.append(_(_TERRITORY_REASON[fit.territory_fit]))
    else:
        reasons.append(_("territoire d'intervention non précisé"))
    return score, tuple(reasons)
