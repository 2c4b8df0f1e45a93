"""Checks for what officers type or import, with messages the UI can show as they are.

Every check takes raw text and returns a ``Checked``: the normalised value to store when the text
is valid, a French message when it is not. Empty text is valid and means "no value", because
almost every field is optional and a blank must never block a save.

phonenumbers and python-stdnum are imported on first use: together they cost ~90 ms at import,
which the start-up of a desktop app should not pay for a form nobody has opened yet.
"""

import re
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from municipaless.core.formats import parse_date, parse_money
from municipaless.core.i18n import _

T = TypeVar("T")


@dataclass(frozen=True)
class Checked(Generic[T]):
    """``value`` is what to store (None for "no value"); ``error`` is set only when invalid.

    ``suggestion`` is a likely correction the UI may offer, never apply on its own.
    """

    value: T | None = None
    error: str | None = None
    suggestion: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _invalid(message: str, suggestion: str | None = None) -> Checked[Any]:
    # Any: an invalid result holds no value, so it stands for a Checked of every value type.
    return Checked(None, message, suggestion)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


# --- SIRET / SIREN ------------------------------------------------------------------------------

# stdnum's compact() removes only spaces and dots (docs/known-traps.md#10): pasted numbers
# also carry hyphens, tabs and the no-break spaces of French typography.
_SEPARATORS = re.compile(r"[\s.\-\u00a0\u202f\u2007\u2009\u2010\u2011\u2012\u2013\u2014_/]+")
# What Excel shows once a 14-digit code became a float: the last digits are gone for good.
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?\s*[eE]\s*[+-]?\d+$")
# A float read back: « 41237900000000 » or « 41237900000000.0 ». A SIRET ends with a 5-digit
# establishment number (NIC) that is never 00000; six zeros at the end mean a rounded number,
# whose check digit can pass by chance (one time in ten).
_FLOAT_DIGITS = re.compile(r"^(\d{14})(?:[.,]0+)?$")


def _check_company_number(text: str | None, kind: str) -> Checked[str]:
    raw = (text or "").strip()
    if not raw:
        return Checked()
    if _SCIENTIFIC.match(raw):
        return _invalid(
            _(
                "Numéro {kind} abîmé par un tableur (« {raw} ») : ses derniers "
                "chiffres ont été perdus et ne peuvent pas être retrouvés. Reprenez le "
                "numéro d'origine (avis de situation INSEE, annuaire des entreprises)."
            ).format(kind=kind, raw=raw)
        )
    if kind == "SIRET" and (found := _FLOAT_DIGITS.match(raw)):
        raw = found.group(1)  # « 73282932000074.0 »: a float, but exact
        if raw.endswith("000000"):
            return _invalid(
                _(
                    "Numéro SIRET sans doute abîmé par un tableur (« {group} ») : il a été "
                    "enregistré comme un nombre, arrondi (ses derniers chiffres sont des "
                    "zéros) ; même si sa clé de contrôle tombe juste, vérifiez-le sur "
                    "l'avis de situation INSEE ou l'annuaire des entreprises."
                ).format(group=found.group(0))
            )
    digits = _SEPARATORS.sub("", raw)
    stray = next((c for c in digits if not c.isdigit() or not c.isascii()), None)
    if stray is not None:
        return _invalid(
            _("Numéro {kind} invalide : seuls des chiffres sont attendus (« {stray} »).").format(
                kind=kind, stray=stray
            )
        )
    expected = 14 if kind == "SIRET" else 9
    if len(digits) != expected:
        message = _("Numéro {kind} invalide : {expected} chiffres attendus ({plural}).").format(
            kind=kind, expected=expected, plural=_plural(len(digits), "saisi")
        )
        if kind == "SIRET" and len(digits) == 9:
            message += _(
                " C'est peut-être un SIREN : le SIRET y ajoute les 5 chiffres de l'établissement."
            )
        elif kind == "SIREN" and len(digits) == 14:
            message += _(" C'est peut-être un SIRET : le SIREN en est les 9 premiers chiffres.")
            return _invalid(message, suggestion=digits[:9])
        return _invalid(message)
    from stdnum.exceptions import ValidationError
    from stdnum.fr import siren, siret

    try:
        (siret if kind == "SIRET" else siren).validate(digits)
    except ValidationError:
        return _invalid(
            _(
                "Numéro {kind} invalide : la clé de contrôle ne correspond pas. Un "
                "chiffre est sans doute erroné ou inversé."
            ).format(kind=kind)
        )
    return Checked(digits)


def check_siret(text: str | None) -> Checked[str]:
    """Store the 14 digits only, so that two spellings of one SIRET compare equal."""
    return _check_company_number(text, "SIRET")


def check_siren(text: str | None) -> Checked[str]:
    """Store the 9 digits only, so that two spellings of one SIREN compare equal."""
    return _check_company_number(text, "SIREN")


# --- RNA (répertoire national des associations) -------------------------------------------------

_RNA = re.compile(r"^W\d{9}$")


def check_rna(text: str | None) -> Checked[str]:
    """Upper-case 'W' and 9 digits: the form the Journal officiel and the RNA both print."""
    raw = _SEPARATORS.sub("", (text or "").strip()).upper()
    if not raw:
        return Checked()
    if _RNA.match(raw) and raw[1:].isascii():
        return Checked(raw)
    return _invalid(
        _("Numéro RNA invalide : la lettre W suivie de 9 chiffres est attendue (ex. W751234567).")
    )


# --- Postcode -----------------------------------------------------------------------------------


def check_postcode(text: str | None) -> Checked[str]:
    """Five digits, kept as text: a spreadsheet that made it a number dropped the leading zero.

    A four-digit code is refused with the likely fix as ``suggestion``; only the UI, with the
    officer or the commune list confirming it, may apply it (docs/known-traps.md#10).
    """
    raw = re.sub(r"[\s\u00a0\u202f]+", "", text or "")
    if not raw:
        return Checked()
    if not (raw.isdigit() and raw.isascii()):
        return _invalid("Code postal invalide : 5 chiffres attendus (ex. 69001).")
    if len(raw) == 4 and raw[0] != "0":
        fixed = "0" + raw
        return _invalid(
            _(
                "Code postal incomplet : 4 chiffres saisis. Un tableur a sans doute "
                "supprimé le zéro initial : s'agit-il de « {fixed} » ?"
            ).format(fixed=fixed),
            suggestion=fixed,
        )
    if len(raw) != 5:
        return _invalid(
            f"Code postal invalide : 5 chiffres attendus ({_plural(len(raw), 'saisi')})."
        )
    if raw.startswith("00"):
        return _invalid("Code postal invalide : aucun code postal ne commence par 00.")
    return Checked(raw)


# --- Phone --------------------------------------------------------------------------------------

# The overseas départements share the French numbering plan (dial 0262… from Paris) but have
# their own metadata in phonenumbers, so a national number that is not metropolitan is tried
# against each of them before being refused.
_FRENCH_REGIONS = ("FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF")


def check_phone(text: str | None, region: str = "FR") -> Checked[str]:
    """Store E.164 (``+33123456789``) so one number has one spelling; show it with
    ``formats.format_phone``."""
    raw = (text or "").strip()
    if not raw:
        return Checked()
    import phonenumbers
    from phonenumbers import NumberParseException, ValidationResult

    if re.search(r"[^\W\d_]", raw):
        return _invalid(
            _(
                "Numéro de téléphone invalide : il contient des lettres (un numéro de "
                "poste se note dans les remarques)."
            )
        )
    international = raw.lstrip("( ").startswith(("+", "00"))
    digit_count = sum(c.isdigit() for c in raw)
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException:
        return _invalid(
            _(
                "Numéro de téléphone illisible : saisissez-le par exemple « 01 23 45 "
                "67 89 » ou « +33 1 23 45 67 89 »."
            )
        )
    if number.extension:
        return _invalid(
            _(
                "Numéro de téléphone avec un numéro de poste : saisissez la ligne "
                "seule et notez le poste dans les remarques."
            )
        )
    if region == "FR" and not international:
        # A French national number is 0 + 9 digits. Anything else is kept as typed and said,
        # never completed into another country (« 234567 » is not Saint-Pierre-et-Miquelon,
        # « 123456789 » is not +33 1 23 45 67 89).
        if not raw.lstrip("( ").startswith("0"):
            return _invalid(
                _(
                    "Numéro de téléphone invalide : un numéro français commence par 0 (ex. "
                    "« 04 75 12 34 56 ») ; un numéro étranger s'écrit en international "
                    "(+…)."
                )
            )
        if digit_count != 10:
            return _invalid(
                _("Numéro de téléphone invalide : 10 chiffres attendus ({plural}).").format(
                    plural=_plural(digit_count, "saisi")
                )
            )
    if not phonenumbers.is_valid_number(number) and region == "FR" and not international:
        for overseas in _FRENCH_REGIONS[1:]:
            candidate = phonenumbers.parse(raw, overseas)
            if phonenumbers.is_valid_number(candidate):
                number = candidate
                break
    if phonenumbers.is_valid_number(number):
        abroad = number.country_code != phonenumbers.country_code_for_region(region)
        if region != "FR" and not international and abroad:  # national: the address's country
            return _invalid(
                _(
                    "Numéro de téléphone invalide pour le pays de l'adresse : saisissez-le "
                    "en international (+…)."
                )
            )
        return Checked(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    reason = phonenumbers.is_possible_number_with_reason(number)
    # country_code is always set on a parsed number; 0 (no region) keeps mypy's int happy
    french = phonenumbers.region_code_for_country_code(number.country_code or 0) == "FR"
    hint = _(" (10 chiffres pour un numéro français)") if french else ""
    if reason in (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        return _invalid(_("Numéro de téléphone trop court{hint}.").format(hint=hint))
    if reason == ValidationResult.TOO_LONG:
        return _invalid(_("Numéro de téléphone trop long{hint}.").format(hint=hint))
    return _invalid(
        _("Numéro de téléphone invalide : ce numéro n'existe pas dans le plan de numérotation")
        + (_(" français.") if french else _(" de ce pays."))
    )


# --- E-mail -------------------------------------------------------------------------------------

_LOCAL_CHARS = re.compile(r"^[\w!#$%&'*+/=?^`{|}~.-]+$")
_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")


def check_email(text: str | None) -> Checked[str]:
    """Syntax only, offline: a typo caught at the desk is worth more than a DNS answer the app
    cannot get. The domain is lower-cased (it is case-insensitive); the local part is kept as
    typed, because some servers do distinguish it."""
    raw = (text or "").strip()
    if raw.lower().startswith("mailto:"):
        raw = raw[7:].strip()
    if raw.startswith("<") and raw.endswith(">"):
        raw = raw[1:-1].strip()
    if not raw:
        return Checked()
    if any(c.isspace() for c in raw):
        return _invalid(_("Adresse e-mail invalide : elle contient une espace."))
    if raw.count("@") != 1:
        what = _("il manque « @ »") if "@" not in raw else _("elle contient plusieurs « @ »")
        return _invalid(f"Adresse e-mail invalide : {what}.")
    local, domain = raw.split("@")
    if not local or len(local) > 64:
        return _invalid(
            _("Adresse e-mail invalide : la partie avant « @ » est vide ou trop longue.")
        )
    if (
        not _LOCAL_CHARS.match(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
    ):
        return _invalid(
            _("Adresse e-mail invalide : « {local} » contient un caractère interdit.").format(
                local=local
            )
        )
    domain = domain.lower().rstrip(".")
    labels = domain.split(".")
    if (
        len(domain) > 253
        or len(labels) < 2
        or not all(_LABEL.match(label) and "_" not in label for label in labels)
        or labels[-1].isdigit()
        or len(labels[-1]) < 2
    ):
        return _invalid(
            _(
                "Adresse e-mail invalide : le domaine « {domain} » est incomplet ou "
                "mal écrit (ex. mairie-exemple.fr)."
            ).format(domain=domain)
        )
    return Checked(f"{local}@{domain}")


# --- Dates and money, for forms that want one shape for every field -----------------------------


def check_date(text: str | None) -> Checked[str]:
    """ISO date to store, from the spellings ``formats.parse_date`` accepts."""
    if not (text or "").strip():
        return Checked()
    iso = parse_date(text)
    if iso is None:
        return _invalid(
            _("Date invalide : saisissez-la sous la forme jj/mm/aaaa (ex. 26/11/2026).")
        )
    return Checked(iso)


def check_money(text: str | None) -> Checked[int]:
    """Integer cents to store, from the spellings ``formats.parse_money`` accepts."""
    if not (text or "").strip():
        return Checked()
    cents = parse_money(text)
    if cents is None:
        return _invalid(
            _(
                "Montant invalide : saisissez par exemple « 12 500 » ou « 12 500,50 € "
                "» (la virgule sépare les centimes)."
            )
        )
    return Checked(cents)
