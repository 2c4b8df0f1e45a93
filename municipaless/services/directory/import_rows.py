"""One imported row → the structure, person and job it describes, checked field by field.

Every value goes through core.validation, as a form would (E.164 phones, 14-digit SIRET, ISO
dates…); a value that fails becomes a :class:`Problem` naming the row, the column and the
reason in French, and is kept aside (``kept``) so the officer may still import the row with
the value moved into the record's remarks. A row without a name cannot be imported at all
(``blocking``). Codes a spreadsheet shortened get their zero back when the official lists
confirm it, and the commune is found from its name and postcode.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from municipaless.core import validation
from municipaless.core.i18n import _
from municipaless.core.text import fold
from municipaless.imports.vcard import civility
from municipaless.imports.zeros import restore_zero
from municipaless.services.directory.checks import Values
from municipaless.services.directory.import_mapping import BY_KEY
from municipaless.services.geography import addresses as import_geo

# Country names (folded) → phone region; France and its overseas départements need none.
_FRANCE = {"france", "fr", "republique francaise", "france metropolitaine", "guadeloupe",
           "martinique", "guyane", "la reunion", "reunion", "mayotte"}  # fmt: skip
_REGIONS = {
    "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH",
    "luxembourg": "LU", "monaco": "MC", "allemagne": "DE", "germany": "DE", "espagne": "ES",
    "spain": "ES", "italie": "IT", "italy": "IT", "royaume uni": "GB", "united kingdom": "GB",
    "uk": "GB", "etats unis": "US", "usa": "US", "u s a": "US", "united states": "US",
    "united states of america": "US", "canada": "CA", "maroc": "MA", "algerie": "DZ",
    "tunisie": "TN", "senegal": "SN", "portugal": "PT", "pays bas": "NL", "netherlands": "NL",
}  # fmt: skip
_FRENCH_NATIONAL = re.compile(r"^0(\d)(?:[ .\-]?(\d\d)){4}$")
_PLACE_FIELDS = ("address", "postcode", "commune", "insee", "country")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    row: int
    where: str  # "Ligne 12", "Carte n° 3"
    column: str  # the column (or vCard field) the value came from
    value: str
    message: str
    blocking: bool = False  # the row cannot be imported at all
    key: str = ""  # the target (import_mapping) the value was for

    @property
    def text(self) -> str:
        if self.value:
            return _("{where} — {column} « {value} » : {message}").format(
                where=self.where, column=self.column, value=self.value, message=self.message
            )
        return _("{where} — {column} : {message}").format(
            where=self.where, column=self.column, message=self.message
        )


@dataclass
class RowRecords:
    row: int
    where: str
    label: str = ""
    organisation: Values | None = None  # values for an Organisation, checked
    person: Values | None = None
    affiliation: Values | None = None  # role and dates; ids are resolved when applying
    problems: list[Problem] = field(default_factory=list)
    kept: dict[str, list[str]] = field(default_factory=dict)  # record → "Colonne : valeur"
    restored: int = 0  # leading zeros put back

    @property
    def blocking(self) -> bool:
        return any(p.blocking for p in self.problems)


# A structure's values checked once: (values or None, phone region, problems as (key, value,
# message), leading zeros restored).
_CheckedOrganisation = tuple[Values | None, str, list[tuple[str, str, str]], int]


@dataclass
class Context:
    """What converting rows needs besides the row: the vocabularies of this file."""

    kinds: dict[str, str] = field(default_factory=dict)  # folded label or code → code
    legal_statuses: dict[str, str] = field(default_factory=dict)
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)  # target → labels to show
    # A list of people names the same few structures on thousands of rows: each is checked
    # once (values → checked structure, region, problems, zeros restored).
    organisations: dict[tuple[tuple[str, str], ...], _CheckedOrganisation] = field(
        default_factory=dict
    )


@lru_cache(maxsize=1)
def _french_numbers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region("FR")
    kinds = [
        getattr(meta, name)
        for name in ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
                     "personal_number", "pager", "uan", "voicemail")
    ]  # fmt: skip
    patterns = [d.national_number_pattern for d in kinds if d and d.national_number_pattern]
    # phonenumbers ships France's metadata and its general description: never None here.
    assert meta is not None and meta.general_desc is not None
    general = re.compile(f"(?:{meta.general_desc.national_number_pattern})")
    return general, re.compile("|".join(f"(?:{p})" for p in patterns))


def check_phone(text: str, region: str = "FR") -> validation.Checked[str]:
    """core.validation.check_phone, with a fast path for ``04 75 12 34 56``.

    phonenumbers takes ~60 µs a number, most of a 10,000-row import. A metropolitan number
    written the usual way is checked against the same metadata patterns phonenumbers'
    ``is_valid_number`` uses (its general and per-type national patterns), so the answer is
    the same; anything else goes to check_phone.
    """
    raw = (text or "").strip()
    if region == "FR" and _FRENCH_NATIONAL.match(raw):
        national = re.sub(r"\D", "", raw)[1:]
        general, kinds = _french_numbers()
        if general.fullmatch(national) and kinds.fullmatch(national):
            return validation.Checked("+33" + national)
    return validation.check_phone(raw, region)


def split_full_name(text: str) -> tuple[str, str]:
    """``("Marie", "Dupont")`` from "Marie Dupont" or "DUPONT Marie" (capitals mark the name)."""
    words = text.split()
    if len(words) < 2:
        return "", text.strip()
    upper = [w for w in words if w.isupper() and len(w) > 1]
    if upper and len(upper) < len(words):
        last = " ".join(upper)
        first = " ".join(w for w in words if w not in upper)
        return first, last
    return " ".join(words[:-1]), words[-1]


def _website(text: str) -> str:
    return text if _SCHEME.match(text) else f"https://{text}"


class _Row:
    """Collects one row's values, problems and set-aside values while checking it."""

    def __init__(self, out: RowRecords, columns: dict[str, str]):
        self.out = out
        self.columns = columns

    def problem(self, key: str, value: str, message: str, *, blocking: bool = False) -> None:
        column = self.columns.get(key) or BY_KEY[key].label
        self.out.problems.append(
            Problem(self.out.row, self.out.where, column, value, message, blocking, key)
        )

    def check(
        self, key: str, value: str, checker: Callable[..., validation.Checked[str]], *args: Any
    ) -> str | None:
        checked = checker(value, *args)
        if checked.ok:
            return checked.value
        self.problem(key, value, checked.error or _("valeur invalide."))
        return None


def _vocabulary(row: _Row, key: str, value: str, codes: dict[str, str], ctx: Context) -> str | None:
    """The code of a label or code of the file's vocabulary (accents and case ignored)."""
    code = codes.get(fold(value))
    if code is None:
        labels = ctx.labels.get(key, ())
        shown = " ; ".join(labels[:12]) + (" ; …" if len(labels) > 12 else "")
        row.problem(
            key,
            value,
            _("valeur inconnue de la liste (valeurs possibles : {shown}).").format(shown=shown),
        )
    return code


def _place(row: _Row, prefix: str, values: dict[str, str], record: Values) -> str:
    """Address, postcode and commune of ``record``; returns the phone region they imply."""
    if not any(f"{prefix}.{name}" in values for name in _PLACE_FIELDS):
        return "FR"
    address = values.get(f"{prefix}.address", "")
    postcode = values.get(f"{prefix}.postcode", "")
    commune = values.get(f"{prefix}.commune", "")
    insee = values.get(f"{prefix}.insee", "")
    country = values.get(f"{prefix}.country", "")
    if country and fold(country) not in _FRANCE:
        # A foreign address is kept as written: French postcode and commune rules do not apply.
        town = " ".join(p for p in (postcode, commune) if p)
        record["address"] = "\n".join(p for p in (address, town, country) if p)
        return _REGIONS.get(fold(country), "FR")
    record["address"] = address
    data = import_geo.geo()
    if postcode:
        postcode, restored = restore_zero(postcode, data.postcodes)
        row.out.restored += restored
        record["postcode"] = row.check(f"{prefix}.postcode", postcode, validation.check_postcode)
    code = None
    if insee:
        insee, restored = restore_zero(insee, data.insee_codes)
        row.out.restored += restored
        code = data.commune_of(insee.upper())
        if code is None:
            row.problem(
                f"{prefix}.insee", insee, _("code INSEE inconnu (5 caractères, ex. 07186).")
            )
    if code is None and commune:
        code, reason = import_geo.resolve(commune, record.get("postcode"))
        if reason:
            row.problem(f"{prefix}.commune", commune, reason)
    elif code is None and record.get("postcode") and not insee:
        code, _reason = import_geo.resolve("", record["postcode"])
    record["commune_insee"] = code
    return "FR"


def _organisation(row: _Row, values: dict[str, str], ctx: Context) -> tuple[Values | None, str]:
    name = values.get("org.name", "")
    if not name:
        return None, "FR"
    org: Values = {"name": name}
    region = _place(row, "org", values, org)
    for key, checker in (
        ("siret", validation.check_siret),
        ("siren", validation.check_siren),
        ("rna", validation.check_rna),
        ("email", validation.check_email),
    ):
        if value := values.get(f"org.{key}"):
            org[key] = row.check(f"org.{key}", value, checker)
    if value := values.get("org.phone"):
        org["phone"] = row.check("org.phone", value, check_phone, region)
    if org.get("siret") and org.get("siren") and not org["siret"].startswith(org["siren"]):
        row.problem("org.siren", values["org.siren"], _("ce SIREN ne correspond pas au SIRET."))
        org["siren"] = None
    elif org.get("siret") and not org.get("siren"):
        org["siren"] = org["siret"][:9]
    if value := values.get("org.kind"):
        org["kind"] = _vocabulary(row, "org.kind", value, ctx.kinds, ctx)
    if value := values.get("org.legal_status"):
        org["legal_status"] = _vocabulary(row, "org.legal_status", value, ctx.legal_statuses, ctx)
    org["acronym"] = values.get("org.acronym", "")
    org["website"] = _website(values["org.website"]) if values.get("org.website") else None
    org["notes"] = values.get("org.notes", "")
    return org, region


def _organisation_once(
    row: _Row, values: dict[str, str], ctx: Context
) -> tuple[Values | None, str]:
    """_organisation, computed once per distinct set of structure values of the file."""
    key = tuple(sorted((k, v) for k, v in values.items() if k.startswith("org.")))
    found = ctx.organisations.get(key)
    if found is None:
        scratch = RowRecords(0, "")
        org, region = _organisation(_Row(scratch, row.columns), values, ctx)
        problems = [(p.key, p.value, p.message) for p in scratch.problems]
        found = ctx.organisations[key] = (org, region, problems, scratch.restored)
    org, region, problems, restored = found
    for target, value, message in problems:
        row.problem(target, value, message)
    row.out.restored += restored
    return (dict(org) if org is not None else None), region


def _person(row: _Row, values: dict[str, str]) -> tuple[Values, str]:
    first, last = values.get("person.first_name", ""), values.get("person.last_name", "")
    if not (first or last) and values.get("person.full_name"):
        first, last = split_full_name(values["person.full_name"])
    person: Values = {"first_name": first, "last_name": last}
    person["civility"] = civility(values.get("person.civility", ""))
    region = _place(row, "person", values, person)
    if value := values.get("person.email"):
        person["email"] = row.check("person.email", value, validation.check_email)
    for key in ("phone", "mobile"):
        if value := values.get(f"person.{key}"):
            person[key] = row.check(f"person.{key}", value, check_phone, region)
    person["notes"] = values.get("person.notes", "")
    return person, region


def _affiliation(row: _Row, values: dict[str, str], region: str) -> Values:
    aff: Values = {"role": values.get("aff.role", "")}
    if value := values.get("aff.email"):
        aff["email"] = row.check("aff.email", value, validation.check_email)
    if value := values.get("aff.phone"):
        aff["phone"] = row.check("aff.phone", value, check_phone, region)
    for key in ("start_on", "end_on"):
        if value := values.get(f"aff.{key}"):
            aff[key] = row.check(f"aff.{key}", value, validation.check_date)
    if aff.get("start_on") and aff.get("end_on") and aff["end_on"] < aff["start_on"]:
        row.problem("aff.end_on", values["aff.end_on"], _("la fin précède le début."))
        aff["end_on"] = None
    return aff


def convert(
    row_number: int,
    where: str,
    values: dict[str, str],
    columns: dict[str, str],
    ctx: Context,
    *,
    people: bool,
) -> RowRecords:
    """Check one row. ``values`` maps target keys to raw text (empty cells left out);
    ``columns`` names the column of each key for the messages; ``people`` is True when the
    file lists people (a row then needs a person's name, unless it describes a structure and
    no one), False for a list of structures."""
    out = RowRecords(row_number, where)
    row = _Row(out, columns)
    org, org_region = _organisation_once(row, values, ctx)
    about_someone = any(v for k, v in values.items() if k.startswith(("person.", "aff.")))
    about_it = any(v for k, v in values.items() if k.startswith("org.") and k != "org.name")
    if people and org is not None and about_it and not about_someone:
        # a partner's list of structures names a contact for some only: this one, alone (a
        # bare structure name with no one is rather a forgotten name: refused below)
        out.label = org["name"]
    elif people:
        person, region = _person(row, values)
        if not (person["first_name"] or person["last_name"]):
            key = next((k for k in ("person.last_name", "person.full_name") if k in columns),
                       "person.last_name")  # fmt: skip
            row.problem(key, "", _("ni nom ni prénom : la ligne ne peut pas être importée."),
                        blocking=True)  # fmt: skip
        out.person = person
        affiliation = _affiliation(row, values, region if region != "FR" else org_region)
        if org is not None:
            out.affiliation = affiliation
        elif any(values.get(k) for k in ("aff.role", "aff.email", "aff.phone")):
            row.problem("aff.role", values.get("aff.role", ""),
                        _("fonction sans structure : elle n'est pas importée."))  # fmt: skip
        name = " ".join(p for p in (person["first_name"], person["last_name"]) if p)
        name = name or _("sans nom")
        out.label = f"{name} ({org['name']})" if org else name
    else:
        if org is None:
            row.problem("org.name", "", _("nom de la structure vide : la ligne ne peut pas être "
                        "importée."), blocking=True)  # fmt: skip
        out.label = org["name"] if org else ""
    out.organisation = org
    order = {column: i for i, column in enumerate(columns.values())}
    out.problems.sort(key=lambda p: order.get(p.column, len(order)))  # in the file's order
    for problem in out.problems:
        if problem.value and not problem.blocking:
            record = BY_KEY[problem.key].record
            record = "person" if record == "affiliation" else record
            out.kept.setdefault(record, []).append(f"{problem.column} : {problem.value}")
    return out
