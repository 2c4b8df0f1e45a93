"""What the annuaire's forms may save: French messages per field, values normalised.

The editing kit's fields already check each value as it is typed (core.validation); these
checks run again in the services, so an import, a script or a stale form can never store a
bad SIRET, and add the rules that span fields (SIREN vs SIRET, end before start, a name).
"""

from collections.abc import Callable, Mapping
from typing import Any

from sqlite_utils import Database

from municipaless.core import formats, validation
from municipaless.core.i18n import _
from municipaless.storage import duplicate_queries as dq
from municipaless.storage.errors import StorageError

# What a form (or an import, a script) hands over: field name -> typed value, of as many types
# as the domain's fields (text, dates, tuples of codes, None); each check narrows its own.
Values = dict[str, Any]

OFFER_FIELDS = ("service", "instrument", "conditions", "stages", "sectors", "territory")


class InvalidInput(StorageError):
    """What the officer typed cannot be saved; ``errors`` maps each field to a French message
    (``offers[2].service`` for a line of the offer table). Nothing was written."""

    def __init__(self, errors: dict[str, str]):
        lines = "\n".join(f"• {message}" for message in errors.values())
        super().__init__(_("La fiche n'a pas été enregistrée :\n{lines}").format(lines=lines))
        self.errors = errors


class DuplicateRecord(InvalidInput):
    """The record would repeat one already in the file (same SIRET): nothing was written;
    ``existing_id`` / ``existing_name`` name the fiche to open instead."""

    def __init__(self, errors: dict[str, str], table: str, existing_id: str, existing_name: str):
        super().__init__(errors)
        self.table, self.existing_id, self.existing_name = table, existing_id, existing_name


def refuse_same_siret(db: Database, clean: Mapping[str, Any], row_id: str | None) -> None:
    """One establishment, one fiche: a SIRET another live structure holds is refused (raises
    :class:`DuplicateRecord`). The same SIREN with another SIRET is another establishment of
    the same company, which is fine (:func:`other_establishments`)."""
    siret = clean.get("siret")
    if not siret:
        return
    existing = dq.same_siret(db, siret, row_id)
    if existing is None:
        return
    message = _(
        "Cette structure existe déjà : {name} (SIRET {siret}). Ouvrez sa fiche plutôt que "
        "d'en créer une seconde, ou corrigez le SIRET."
    ).format(name=existing["name"], siret=formats.format_siret(siret))
    raise DuplicateRecord({"siret": message}, "organisation", existing["id"], existing["name"])


def other_establishments(
    db: Database, siren: str | None, siret: str | None, row_id: str | None = None
) -> list[dict[str, Any]]:
    """Live structures with the same SIREN and another SIRET (id, name, siret)."""
    return dq.same_siren(db, siren, siret, row_id) if siren else []


_Check = Callable[[str | None], validation.Checked[str]]

_ORG_CHECKS: dict[str, _Check] = {
    "siret": validation.check_siret,
    "siren": validation.check_siren,
    "rna": validation.check_rna,
    "postcode": validation.check_postcode,
    "phone": validation.check_phone,
    "email": validation.check_email,
}
_PERSON_CHECKS: dict[str, _Check] = {
    "email": validation.check_email,
    "phone": validation.check_phone,
    "mobile": validation.check_phone,
    "postcode": validation.check_postcode,
}
_AFFILIATION_CHECKS: dict[str, _Check] = {
    "email": validation.check_email,
    "phone": validation.check_phone,
    "start_on": validation.check_date,
    "end_on": validation.check_date,
}


def _apply_checks(
    values: Mapping[str, Any], checks: dict[str, _Check], errors: dict[str, str], prefix: str = ""
) -> Values:
    """Normalise each checked field (E.164 phone, 14-digit SIRET…); collect French errors."""
    clean = dict(values)
    for name, check in checks.items():
        if name not in values:
            continue
        raw = values[name]
        checked = check(raw if raw is None else str(raw))
        if checked.ok:
            clean[name] = checked.value
        else:
            errors[prefix + name] = checked.error or _("Valeur invalide.")
    return clean


def validate_organisation(values: Mapping[str, Any], *, creating: bool = True) -> Values:
    """The values to store (codes normalised, text trimmed); raises :class:`InvalidInput`.

    On an update ``values`` holds only the changed fields; the name is required only when it is
    among them (or on creation)."""
    errors: dict[str, str] = {}
    clean = _apply_checks(values, _ORG_CHECKS, errors)
    if creating or "name" in values:
        name = (values.get("name") or "").strip()
        if not name:
            errors["name"] = _("Le nom de la structure est obligatoire.")
        clean["name"] = name
    siret, siren = clean.get("siret"), clean.get("siren")
    if siret and siren and "siret" not in errors and "siren" not in errors:
        if not siret.startswith(siren):
            errors["siren"] = _(
                "Le SIREN {siren} ne correspond pas au SIRET {siret} : le SIREN en est "
                "les 9 premiers chiffres."
            ).format(siren=siren, siret=siret)
    elif siret and not siren and "siret" not in errors and creating:
        clean["siren"] = siret[:9]
    for name in ("acronym", "address", "notes"):  # NOT NULL text: "no value" is ""
        if name in clean:
            clean[name] = str(clean[name] or "").strip()
    if "website" in clean:
        clean["website"] = _website(clean["website"])
    for name in ("territory", "sectors"):
        if name in clean:
            clean[name] = tuple(dict.fromkeys(c for c in (clean[name] or ()) if c))
    if errors:
        raise InvalidInput(errors)
    return clean


def _website(text: Any) -> str | None:
    raw = (text or "").strip()
    if not raw:
        return None
    return raw if "://" in raw else f"https://{raw}"


def validate_offer(values: Mapping[str, Any], index: int = 0) -> Values:
    """One offer line: the service is required; lists de-duplicated. Raises InvalidInput."""
    errors: dict[str, str] = {}
    clean = {k: values[k] for k in OFFER_FIELDS if k in values}
    if not (values.get("service") or "").strip():
        errors[f"offers[{index}].service"] = _(
            "Offre n° {number} : choisissez le service proposé (accueil, financement…)."
        ).format(number=index + 1)
    if values.get("instrument") and values.get("service") not in (None, "", "financement"):
        errors[f"offers[{index}].instrument"] = _(
            "Offre n° {number} : un instrument de financement va avec le service « Financement »."
        ).format(number=index + 1)
    for name in ("stages", "sectors", "territory"):
        if name in clean:
            clean[name] = tuple(dict.fromkeys(c for c in (clean[name] or ()) if c))
    clean["conditions"] = (values.get("conditions") or "").strip()
    if errors:
        raise InvalidInput(errors)
    return clean


def validate_person(values: Mapping[str, Any], *, creating: bool = True) -> Values:
    """The values to store; a person needs a first or last name. Raises InvalidInput."""
    errors: dict[str, str] = {}
    clean = _apply_checks(values, _PERSON_CHECKS, errors)
    for name in ("civility", "first_name", "last_name", "address", "notes"):
        if name in clean:
            clean[name] = (clean[name] or "").strip()
    both_asked = creating or ("first_name" in values and "last_name" in values)
    if both_asked and not (clean.get("first_name") or clean.get("last_name")):
        errors["last_name"] = _("Saisissez au moins le nom ou le prénom de la personne.")
    if errors:
        raise InvalidInput(errors)
    return clean


def validate_affiliation(values: Mapping[str, Any]) -> Values:
    """Dates as ISO, e-mail and phone normalised; the end cannot precede the start."""
    errors: dict[str, str] = {}
    clean = _apply_checks(values, _AFFILIATION_CHECKS, errors)
    if "role" in clean:
        clean["role"] = (clean["role"] or "").strip()
    start, end = clean.get("start_on"), clean.get("end_on")
    if start and end and end < start and not errors:
        errors["end_on"] = _("La date de fin précède la date de début de la fonction.")
    if errors:
        raise InvalidInput(errors)
    return clean
