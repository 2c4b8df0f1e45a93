"""Fichier ▸ Exporter les contacts (vCard): the annuaire's people for a phone or a mail client.

One vCard 3.0 per person (UTF-8, what Outlook, Gmail, iPhone and Thunderbird all read), with
the job they hold today: the structure as ORG, the role as TITLE, the job's e-mail and phone
as WORK. An address book is copied to phones and shared, so it keeps to the professional
sphere (RGPD minimisation; the Guide des structures' rule: a person's own address or mobile
never goes on paper):

- by default, only the people of structures (a current affiliation), with the structure's
  address and website, the job's e-mail and phone, and the e-mail and landline stored on the
  person; never their mobile or home address;
- porteurs de projet (holders of a live project with no current affiliation) only with
  ``Scope.holders``: name, e-mail, phones; their home address only with ``Scope.home_address``;
- nobody else (no structure today, no project): nothing says their coordinates are professional.

Remarks are never exported: they may hold what the officer noted about a person. Erased and
deleted people are left out, and so are those who objected (« ne plus contacter »,
``no_contact_since``): ``opposition_note`` says how many. The file is written under a
temporary name and renamed, so a failure leaves nothing.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.core.i18n import _
from municipaless.documents.safety import atomic_write
from municipaless.imports.vcard import Address, Contact, Phone
from municipaless.imports.vcard_writer import to_vcard
from municipaless.services.geography.communes import commune_name
from municipaless.storage import import_store
from municipaless.storage.listing import Where

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory


@dataclass(frozen=True)
class Scope:
    """Who and what goes in the file beyond the people of structures (both off by default)."""

    holders: bool = False  # porteurs de projet with no current affiliation
    home_address: bool = False  # and their home address (only with ``holders``)


def _address(street: str, postcode: str | None, insee: str | None, kind: str) -> Address | None:
    if not (street or postcode or insee):
        return None
    town = commune_name(insee) if insee else ""
    country = "France" if (postcode or insee) else ""  # else a foreign address kept as text
    return Address(street, town, "", postcode or "", country, frozenset({kind}))


def exported(row: import_store.PersonRow, scope: Scope) -> bool:
    """A person of a structure always; a porteur only when asked; nobody else."""
    return bool(row.organisation) or (scope.holders and row.holder)


def to_contact(row: import_store.PersonRow, scope: Scope = Scope()) -> Contact:
    """The card of an exported row: professional coordinates for a person of a structure; for
    a porteur, their own e-mail and phones, and their home address only with the scope's."""
    person = row.person
    private = not row.organisation  # a porteur: their own coordinates are all they have
    contact = Contact(
        index=0,
        line=0,
        civility=person.civility,
        first_name=person.first_name,
        last_name=person.last_name,
        formatted_name=person.display_name,
        organisation=row.organisation,
        title=row.role if row.organisation else "",
        uid=f"urn:uuid:{person.id}",
    )
    if person.email:
        contact.emails.append((person.email, frozenset({"pref"})))
    if row.job_email and row.job_email != person.email:
        contact.emails.append((row.job_email, frozenset({"work"})))
    if person.mobile and private:
        contact.phones.append(Phone(person.mobile, frozenset({"cell"})))
    if row.job_phone:
        contact.phones.append(Phone(row.job_phone, frozenset({"work", "voice"})))
    if person.phone and person.phone not in (row.job_phone, person.mobile if private else None):
        contact.phones.append(Phone(person.phone, frozenset({"voice"})))
    for address in (
        _address(person.address, person.postcode, person.commune_insee, "home")
        if private and scope.home_address
        else None,
        _address(row.org_address, row.org_postcode, row.org_commune_insee, "work")
        if row.organisation
        else None,
    ):
        if address is not None:
            contact.addresses.append(address)
    if row.org_website:
        contact.urls.append((row.org_website, frozenset({"work"})))
    return contact


def contacts(
    territory: "Territory",
    where: Where | None = None,
    today: str | None = None,
    scope: Scope = Scope(),
) -> list[Contact]:
    """The people of the annuaire (``where``: a person list filter) that ``scope`` lets out, as
    vCard contacts."""
    today = today or date.today().isoformat()
    rows = import_store.contacts(territory.tdb.db, today, where)
    return [
        to_contact(row, scope)
        for row in rows
        if exported(row, scope) and not row.person.no_contact_since
    ]


def opposition_note(
    territory: "Territory",
    where: Where | None = None,
    today: str | None = None,
    scope: Scope = Scope(),
) -> str:
    """« N personnes … » left out of the export because they objected; "" when none."""
    today = today or date.today().isoformat()
    rows = import_store.contacts(territory.tdb.db, today, where)
    count = sum(1 for r in rows if exported(r, scope) and r.person.no_contact_since)
    if not count:
        return ""
    if count == 1:
        return _("1 personne a fait opposition (« ne plus contacter ») : elle n'est pas exportée.")
    return _(
        "{count} personnes ont fait opposition (« ne plus contacter ») : "
        "elles ne sont pas exportées."
    ).format(count=count)


def export(
    territory: "Territory",
    path: Path | str,
    *,
    where: Where | None = None,
    today: str | None = None,
    scope: Scope = Scope(),
) -> int:
    """Write the contacts ``scope`` lets out to ``path`` (.vcf); returns how many were written."""
    found = contacts(territory, where, today, scope)
    text = to_vcard(found)
    with atomic_write(Path(path)) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
    return len(found)
