"""Contacts to vCard 3.0 text (UTF-8), the version every address book still reads.

vobject escapes commas and semicolons and folds lines at 75 bytes without cutting an accented
letter in two; the same :class:`~.vcard.Contact` the reader returns is what is written, so an
export read back gives the same contact.
"""

import dataclasses
from collections.abc import Iterable

from municipaless.core.cleaning import clean_text
from municipaless.imports.vcard import Contact

_PHONE_TYPES = ("work", "home", "cell", "voice", "fax", "pref")


def _clean(contact: Contact) -> Contact:
    """Text a vCard can carry (no controls, no lone surrogate): a record may predate cleaning."""
    texts = {
        f.name: clean_text(getattr(contact, f.name))
        for f in dataclasses.fields(contact)
        if isinstance(getattr(contact, f.name), str)
    }
    return dataclasses.replace(contact, **texts)


def contact_to_vcard(contact: Contact):
    import vobject

    contact = _clean(contact)

    card = vobject.vCard()
    if contact.is_organisation:
        card.add("fn").value = contact.organisation
        card.add("n").value = vobject.vcard.Name()
        card.add("x-abshowas").value = "COMPANY"
    else:
        card.add("n").value = vobject.vcard.Name(
            family=contact.last_name, given=contact.first_name, prefix=contact.civility
        )
        card.add("fn").value = contact.formatted_name or contact.label
    if contact.organisation:
        card.add("org").value = [p for p in (contact.organisation, contact.department) if p]
    if contact.title:
        card.add("title").value = contact.title
    if contact.role:
        card.add("role").value = contact.role
    for address, kinds in contact.emails:
        line = card.add("email")
        line.value = address
        line.type_param = ["INTERNET", *(k.upper() for k in sorted(kinds) if k != "internet")]
    for phone in contact.phones:
        line = card.add("tel")
        line.value = phone.number
        types = [k.upper() for k in sorted(phone.kinds) if k in _PHONE_TYPES]
        if types:
            line.type_param = types
    for address in contact.addresses:
        line = card.add("adr")
        line.value = vobject.vcard.Address(
            street=address.street,
            city=address.locality,
            region=address.region,
            code=address.postcode,
            country=address.country,
        )
        if address.kinds:
            line.type_param = [k.upper() for k in sorted(address.kinds)]
    for url, _kinds in contact.urls:
        card.add("url").value = url
    if contact.note:
        card.add("note").value = contact.note
    if contact.uid:
        card.add("uid").value = contact.uid
    return card


def to_vcard(contacts: Iterable[Contact]) -> str:
    """One vCard 3.0 per contact, CRLF line ends (RFC 2426)."""
    return "".join(contact_to_vcard(contact).serialize() for contact in contacts)
