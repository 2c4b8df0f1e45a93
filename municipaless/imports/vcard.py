"""Contacts from vCard files (2.1, 3.0, 4.0) as Outlook, Gmail, iPhone and Thunderbird write them.

vobject unfolds the logical lines (3.0 folding and 2.1 quoted-printable soft breaks) and splits
each line into name, parameters and value; the rest is done here, card by card, because
vobject's own value decoding loses data on real exports: it cuts a text value at its first
comma ("Mr. John Richter, James Doe Sr." → "Mr. John Richter"), decodes quoted-printable as
UTF-8 whatever the CHARSET, and one bad card makes it give up the whole file
(docs/known-traps.md#9).

So: each card is read on its own; a card that cannot be read (a line that is not a property,
no END:VCARD, no name at all) becomes a :class:`CardProblem` with its number and a French
reason, and the others are still read. Photos, keys and sounds (base64 blobs) are skipped.
"""

import io
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from municipaless.core.i18n import _
from municipaless.imports import sniff
from municipaless.imports.errors import ImportFileError

_BLOBS = {"PHOTO", "LOGO", "SOUND", "KEY"}
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_CIVILITIES = {
    "m": "M.",
    "mr": "M.",
    "monsieur": "M.",
    "mme": "Mme",
    "madame": "Mme",
    "mrs": "Mme",
    "ms": "Mme",
    "mlle": "Mme",
    "mademoiselle": "Mme",
    "miss": "Mme",
    "dr": "Dr",
    "docteur": "Dr",
    "me": "Me",
    "maitre": "Me",
}


@dataclass(frozen=True)
class Phone:
    number: str
    kinds: frozenset[str] = frozenset()  # lower-case TYPEs: work, home, cell, fax, voice, pref…
    extension: str = ""


@dataclass(frozen=True)
class Address:
    street: str = ""  # post box, extended address and street, one per line
    locality: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    kinds: frozenset[str] = frozenset()

    def lines(self) -> list[str]:
        town = " ".join(p for p in (self.postcode, self.locality) if p)
        return [p for p in (self.street, town, self.region, self.country) if p]


@dataclass
class Contact:
    index: int  # 1 for the first card of the file
    line: int  # line of its BEGIN:VCARD
    version: str = ""
    formatted_name: str = ""
    civility: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    role: str = ""
    emails: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    urls: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    note: str = ""
    is_organisation: bool = False  # a card for a company, not a person
    uid: str = ""
    extras: list[str] = field(default_factory=list)  # French "Label : value" of what no field holds
    named_from_email: bool = False  # no name on the card: the name was read from the e-mail

    @property
    def label(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.formatted_name or self.organisation or f"carte n° {self.index}"


@dataclass(frozen=True)
class CardProblem:
    index: int  # card number in the file (0: outside any card)
    line: int
    name: str  # what could be read of the name
    message: str

    @property
    def text(self) -> str:
        who = f" ({self.name})" if self.name else ""
        where = f"Carte n° {self.index}{who}" if self.index else "Hors de toute carte"
        return f"{where}, ligne {self.line} : {self.message}"


@dataclass
class VCardFile:
    contacts: list[Contact]
    problems: list[CardProblem]
    source: str = ""
    encoding: str = ""


@dataclass
class _Property:
    name: str
    value: str
    kinds: frozenset[str]
    params: dict[str, list[str]]
    line: int


@dataclass
class _RawCard:
    index: int
    line: int
    properties: list[_Property] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    depth: int = 1  # >1 inside an embedded card (vCard 2.1 AGENT), whose lines are skipped


# --- values -------------------------------------------------------------------------------------


def _unescape(text: str, version: str) -> str:
    if version == "2.1":  # 2.1 only escapes the semicolon
        return text.replace("\\;", ";")
    return re.sub(r"\\(.)", _unescape_one, text)


def _unescape_one(match: re.Match) -> str:
    """RFC escapes, and Gmail's ``\\"``: a backslash before punctuation stands for itself."""
    char = match.group(1)
    if char in _ESCAPES:
        return _ESCAPES[char]
    return match.group(0) if char.isalnum() else char


def _components(value: str, version: str) -> list[str]:
    parts = re.split(r"(?<!\\);", value)
    return [_unescape(p, version).strip() for p in parts]


def _decode_qp(value: str, charset: str | None, file_encoding: str) -> str:
    data = quopri.decodestring(value.encode(file_encoding or "utf-8", errors="replace"))
    for encoding in (charset, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _property(line: str, number: int, file_encoding: str) -> _Property | None:
    from vobject.base import parseLine

    name, raw_params, value, _group = parseLine(line, number)
    params: dict[str, list[str]] = {}
    singles: list[str] = []
    for param in raw_params:
        if len(param) == 1:
            singles.append(param[0].upper())
        else:
            params.setdefault(param[0].upper(), []).extend(param[1:])
    name = name.upper()
    encodings = {e.upper() for e in params.get("ENCODING", [])} | {
        s for s in singles if s in ("QUOTED-PRINTABLE", "BASE64", "B")
    }
    if name in _BLOBS or encodings & {"BASE64", "B"}:
        return None
    if "QUOTED-PRINTABLE" in encodings:
        charset = (params.get("CHARSET") or [None])[0]
        value = _decode_qp(value, charset, file_encoding)
    kinds = {s.lower() for s in singles if s not in ("QUOTED-PRINTABLE", "BASE64", "B")}
    for types in params.get("TYPE", []):
        kinds.update(t.strip().lower() for t in types.split(",") if t.strip())
    if params.get("PREF"):
        kinds.add("pref")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _Property(name, value, frozenset(kinds), params, number)


# --- cards --------------------------------------------------------------------------------------


def civility(prefix: str) -> str:
    """``M.``, ``Mme``, ``Dr`` from the spellings address books and spreadsheets use."""
    key = re.sub(r"[.\s]", "", prefix).lower().replace("î", "i")
    return _CIVILITIES.get(key, prefix.strip())


def _phone(value: str, kinds: frozenset[str]) -> Phone | None:
    number, extension = value.strip(), ""
    if number.lower().startswith("tel:"):
        number = number[4:]
        number, _sep, rest = number.partition(";")
        match = re.search(r"(?:^|;)ext=([^;]+)", rest)
        extension = match.group(1) if match else ""
    return Phone(number.strip(), kinds, extension) if number.strip() else None


def _email(value: str) -> str:
    value = value.strip()
    return value[7:].strip() if value.lower().startswith("mailto:") else value


# Properties that say nothing about the contact (how the file was made), never kept.
_TECHNICAL = {"VERSION", "PRODID", "REV", "UID", "KIND", "X-ABSHOWAS", "CLASS", "SOURCE",
              "NAME", "MAILER", "SORT-STRING", "X-ABUID", "X-ABLABEL",
              "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "X-MS-CARDPICTURE",
              "X-PHONETIC-FIRST-NAME",
              "X-PHONETIC-LAST-NAME", "BEGIN", "END", "AGENT", "LABEL"}  # fmt: skip
_LABELS = {"NICKNAME": "Surnom", "BDAY": "Date de naissance", "ANNIVERSARY": "Anniversaire",
           "CATEGORIES": "Catégories", "GEO": "Coordonnées", "TZ": "Fuseau horaire",
           "IMPP": "Messagerie", "X-AIM": "AIM", "X-SKYPE": "Skype", "X-JABBER": "Jabber",
           "RELATED": "Relation", "GENDER": "Genre", "LANG": "Langue",
           "X-ANNIVERSARY": "Anniversaire", "X-ASSISTANT": "Assistant(e)",
           "X-MANAGER": "Responsable", "X-SPOUSE": "Conjoint(e)",
           "X-MS-MANAGER": "Responsable", "X-MS-ASSISTANT": "Assistant(e)",
           "X-MS-SPOUSE": "Conjoint(e)", "X-GENDER": "Genre"}  # fmt: skip


def _name_from_email(address: str) -> tuple[str, str]:
    """``("Marie", "Dupont")`` from marie.dupont@…, ``("", "Contact")`` from contact@…."""
    local = address.split("@", 1)[0]
    words = [w for w in re.split(r"[._\-+]+", local) if w and not w.isdigit()]
    words = [w.capitalize() for w in words] or [local]
    if len(words) == 1:
        return "", words[0]
    return " ".join(words[:-1]), words[-1]


def _build(raw: _RawCard) -> Contact:
    contact = Contact(index=raw.index, line=raw.line)
    props = raw.properties
    contact.version = next((p.value.strip() for p in props if p.name == "VERSION"), "")
    version = contact.version
    extras = contact.extras
    for prop in props:
        text = _unescape(prop.value, version).strip()
        if prop.name == "FN" and not contact.formatted_name:
            contact.formatted_name = text
        elif prop.name == "N" and not (contact.first_name or contact.last_name):
            parts = _components(prop.value, version) + [""] * 5
            contact.last_name, contact.first_name = parts[0], parts[1]
            contact.civility = civility(parts[3]) if parts[3] else ""
            if parts[2]:
                extras.append(f"Autres prénoms : {parts[2].replace(',', ' ')}")
            if parts[4]:
                extras.append(f"Suffixe : {parts[4]}")
        elif prop.name == "ORG" and not contact.organisation:
            parts = [p for p in _components(prop.value, version) if p]
            if parts:
                contact.organisation, contact.department = parts[0], " / ".join(parts[1:])
        elif prop.name == "TITLE" and not contact.title:
            contact.title = text
        elif prop.name == "ROLE" and not contact.role:
            contact.role = text
        elif prop.name in ("ORG", "TITLE", "ROLE", "N", "FN"):
            shown = " / ".join(p for p in _components(prop.value, version) if p)
            label = {"ORG": "Autre organisation", "TITLE": "Autre fonction", "ROLE": "Autre rôle",
                     "N": "Autre nom", "FN": "Autre nom affiché"}[prop.name]  # fmt: skip
            if shown:
                extras.append(f"{label} : {shown}")
        elif prop.name == "EMAIL" and _email(text):
            contact.emails.append((_email(text), prop.kinds))
        elif prop.name == "TEL" and (phone := _phone(prop.value, prop.kinds)):
            contact.phones.append(phone)
        elif prop.name == "ADR":
            parts = _components(prop.value, version) + [""] * 7
            street = "\n".join(p for p in parts[:3] if p)
            address = Address(street, parts[3], parts[4], parts[5], parts[6], prop.kinds)
            if address.lines():
                contact.addresses.append(address)
        elif prop.name == "URL" and text:
            contact.urls.append((text, prop.kinds))
        elif prop.name == "NOTE" and text:
            contact.note = f"{contact.note}\n{text}".strip()
        elif prop.name == "UID" and text:
            contact.uid = text
        elif (prop.name, text.upper()) in (("KIND", "ORG"), ("X-ABSHOWAS", "COMPANY")):
            contact.is_organisation = True  # vCard 4.0 and Apple's mark of a company card
        elif prop.name not in _TECHNICAL and text:
            label = _LABELS.get(prop.name) or prop.name.title()
            extras.append(f"{label} : {text}")
    if not (contact.first_name or contact.last_name) and contact.formatted_name:
        if contact.formatted_name == contact.organisation:
            contact.is_organisation = True
        elif not contact.is_organisation:
            first, _space, last = contact.formatted_name.rpartition(" ")
            contact.first_name, contact.last_name = first.strip(), last.strip()
    if not (contact.first_name or contact.last_name) and contact.organisation:
        contact.is_organisation = True
    shown = contact.formatted_name
    names = {" ".join(p for p in (contact.first_name, contact.last_name) if p),
             " ".join(p for p in (contact.last_name, contact.first_name) if p)}  # fmt: skip
    if shown and shown not in names and shown != contact.organisation and contact.last_name:
        extras.insert(0, f"Nom affiché : {shown}")
    if not (contact.first_name or contact.last_name or contact.organisation) and contact.emails:
        contact.first_name, contact.last_name = _name_from_email(contact.emails[0][0])
        contact.named_from_email = True
    return contact


def _name_hint(raw: _RawCard) -> str:
    """What a problem can show of a card it could not read: "Marie Dupont", "France Active"."""
    for name in ("FN", "N", "ORG"):
        for prop in raw.properties:
            if prop.name == name and prop.value.strip(" ;"):
                parts = prop.value.split(";")
                shown = (
                    " ".join(p for p in (parts[1:2] + parts[:1]) if p) if name == "N" else parts[0]
                )
                return shown.strip()[:60]
    return ""


def _finish(raw: _RawCard, out: VCardFile) -> None:
    name = _name_hint(raw)
    if raw.errors:
        out.problems.append(CardProblem(raw.index, raw.line, name, raw.errors[0]))
        return
    contact = _build(raw)
    if not (contact.first_name or contact.last_name or contact.organisation):
        out.problems.append(
            CardProblem(raw.index, raw.line, name, _("carte sans nom ni organisation, ignorée."))
        )
        return
    out.contacts.append(contact)


def parse_vcards(text: str, source: str = "", encoding: str = "utf-8", progress=None) -> VCardFile:
    """Every card of ``text``; ``progress`` (a French line; may raise to stop) every 500."""
    from vobject.base import ParseError, getLogicalLines

    out = VCardFile([], [], source, encoding)
    card: _RawCard | None = None
    index = 0
    stray: int | None = None
    for line, start in getLogicalLines(io.StringIO(text), allowQP=True):
        number = max(start, 1)
        head = line.strip().upper()
        if head == "BEGIN:VCARD":
            if card is not None and card.properties and card.properties[-1].name == "AGENT":
                card.depth += 1
                continue
            if card is not None:
                card.errors.append("la ligne END:VCARD manque avant la carte suivante.")
                _finish(card, out)
            index += 1
            if progress is not None and index % 500 == 0:
                progress(_("Lecture : {count} cartes…").format(count=index))
            card = _RawCard(index, number)
            continue
        if head == "END:VCARD" and card is not None:
            card.depth -= 1
            if card.depth == 0:
                _finish(card, out)
                card = None
            continue
        if card is None:
            if head and stray is None:
                stray = number
            continue
        if card.depth > 1:
            continue
        try:
            prop = _property(line, number, encoding)
        except (ParseError, ValueError):
            shown = line.strip()[:40]
            card.errors.append(
                _("la ligne {number} n'est pas une propriété vCard (« {text} »).").format(
                    number=number, text=shown
                )
            )
            continue
        if prop is not None:
            card.properties.append(prop)
    if card is not None:
        card.errors.append(_("la carte est incomplète (END:VCARD manque : fichier tronqué ?)."))
        _finish(card, out)
    if index == 0:
        raise ImportFileError(
            _(
                "Le fichier « {source} » ne contient aucune carte de visite vCard "
                "(BEGIN:VCARD) : ce n'est pas un fichier de contacts .vcf."
            ).format(source=source)
        )
    if stray is not None:
        out.problems.append(
            CardProblem(0, stray, "", _("texte hors de toute carte, ignoré (fichier abîmé ?)."))
        )
    return out


def read_vcards(path: Path | str, progress=None) -> VCardFile:
    """Every readable contact of the file, and a problem for each card that is not."""
    path = Path(path)
    data = sniff.read_bytes(path)
    kind = sniff.kind_of(data)
    if kind not in ("text", "utf16"):
        raise ImportFileError(sniff.describe(kind, path.name, "vcard"))
    text, encoding = sniff.decode_text(data)
    return parse_vcards(text, path.name, encoding, progress)
