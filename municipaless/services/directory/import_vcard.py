"""A vCard contact as the values of an imported row, so vCards go through the same checks,
duplicate detection and single transaction as a spreadsheet.

A contact has many e-mails, phones and addresses; a person of the annuaire has one of each kind
plus the professional ones of their job. The preferred (or first) e-mail is the person's, a
different work e-mail goes to the job; the first mobile, the first home or untyped line and the
first work line (the job's, when there is a structure) are kept; fax and pager lines are
kept in the remarks. Whatever else the card carried (a third e-mail, a phone extension, a
personal web page, a second ORG or TITLE, middle names, suffixes, any property no field holds)
is written into the remarks rather than lost.
"""

from collections.abc import Iterable
from typing import TypeVar

from municipaless.imports.vcard import Address, Contact, Phone
from municipaless.services.geography.addresses import looks_french

_Email = tuple[str, frozenset[str]]  # an address and its TYPEs
_Typed = TypeVar("_Typed", _Email, Phone, Address)


def _first(items: Iterable[_Typed], wanted: str, *, without: tuple[str, ...] = ()) -> _Typed | None:
    return next(
        (i for i in items if wanted in _kinds(i) and not any(w in _kinds(i) for w in without)),
        None,
    )


def _kinds(item: _Email | Phone | Address) -> frozenset[str]:
    return item[1] if isinstance(item, tuple) else item.kinds


def _role(contact: Contact) -> str:
    parts = []
    for text in (contact.title, contact.role):
        if text and text not in parts:
            parts.append(text)
    role = ", ".join(parts)
    if contact.department:
        role = f"{role} – {contact.department}" if role else contact.department
    return role


def _put_address(values: dict[str, str], prefix: str, address: Address) -> None:
    """A French address goes to the address, postcode and commune fields; any other is kept
    whole, as written. Without a country, an address is French only when its postcode serves
    its commune: a US ZIP (« NY 12345 ») never becomes a French postcode, and the region is
    never dropped."""
    if not address.country and not looks_french(address.postcode, address.locality):
        values[f"{prefix}.address"] = "\n".join(address.lines())
        return
    values[f"{prefix}.address"] = address.street
    values[f"{prefix}.postcode"] = address.postcode
    locality = address.locality
    if address.region:
        if address.country:
            locality = f"{locality}, {address.region}" if locality else address.region
        else:  # a French region or département: kept in the address, not lost
            values[f"{prefix}.address"] = "\n".join(
                p for p in (address.street, address.region) if p
            )
    values[f"{prefix}.commune"] = locality
    values[f"{prefix}.country"] = address.country


def contact_values(contact: Contact) -> tuple[dict[str, str], bool]:
    """``(values, is_person)``: target keys of import_mapping → text, empty ones left out."""
    values: dict[str, str] = {}
    extras: list[str] = []
    has_org = bool(contact.organisation)
    person = not contact.is_organisation
    prefix = "person" if person else "org"
    if has_org:
        values["org.name"] = contact.organisation
    if person:
        values["person.civility"] = contact.civility
        values["person.first_name"] = contact.first_name
        values["person.last_name"] = contact.last_name
        if has_org:
            values["aff.role"] = _role(contact)

    emails = sorted(contact.emails, key=lambda e: "pref" not in e[1])
    if emails:
        values[f"{prefix}.email"] = emails[0][0]
    work = _first(emails[1:], "work") if person and has_org else None
    if work:
        values["aff.email"] = work[0]
    extras += [f"E-mail : {e}" for e, _ in emails[1:] if not work or e != work[0]]

    phones = [p for p in contact.phones if not p.kinds & {"fax", "pager"}]
    extras += [
        f"{'Fax' if 'fax' in p.kinds else 'Bip'} : {p.number}"
        for p in contact.phones
        if p.kinds & {"fax", "pager"}
    ]
    chosen = []
    mobile = _first(phones, "cell")
    if mobile and person:
        values["person.mobile"] = mobile.number
        chosen.append(mobile)
    job = _first(phones, "work", without=("cell",)) if has_org else None
    if job and person:
        values["aff.phone"] = job.number
        chosen.append(job)
    main = next((p for p in phones if p not in chosen), None)
    if main:
        values[f"{prefix}.phone"] = main.number
        chosen.append(main)
    extras += [f"Téléphone : {p.number}" for p in phones if p not in chosen]
    extras += [f"Poste {p.extension} ({p.number})" for p in chosen if p.extension]

    addresses = list(contact.addresses)
    home, work_address = _first(addresses, "home"), _first(addresses, "work")
    untyped = next((a for a in addresses if not a.kinds & {"home", "work"}), None)
    if person:
        personal = home or untyped or (None if has_org else work_address)
        if personal is not None:
            _put_address(values, "person", personal)
            addresses.remove(personal)
        if has_org and work_address is not None and work_address is not personal:
            _put_address(values, "org", work_address)  # used if the structure is new
            addresses.remove(work_address)
    elif addresses:
        address = work_address or addresses[0]
        _put_address(values, "org", address)
        addresses.remove(address)
    extras += ["Adresse : " + ", ".join(a.lines()).replace("\n", ", ") for a in addresses]

    urls = [u for u, _ in contact.urls]
    work_url = next((u for u, k in contact.urls if "work" in k), None)
    if has_org and (work_url or not person) and urls:
        values["org.website"] = work_url or urls[0]
    extras += [f"Site : {u}" for u in dict.fromkeys(urls) if u != values.get("org.website")]

    extras += contact.extras
    if contact.named_from_email:
        extras.insert(0, "Nom déduit de l'adresse e-mail (la carte n'en donnait aucun).")
    notes = "\n".join(p for p in (contact.note, "\n".join(extras)) if p)
    if notes:
        values[f"{prefix}.notes"] = notes
    return {k: v.strip() for k, v in values.items() if v and v.strip()}, person
