"""Export any list of the window — as filtered and sorted on screen — to XLSX or CSV.

The list's own SQL (``ListSource``: spec, ``Where``, sort) gives the rows, so the file holds
exactly what the officer sees, every page of it. Built as a one-table ``Document`` and written
by the documents layer: the XLSX is a real Excel table with a frozen header and fitted widths,
codes (postcode, SIRET, INSEE, reference) stay text so no leading zero is lost; the CSV is UTF-8
with a BOM and ``;`` (what French Excel opens correctly). Phone numbers are shown the French way.
"""

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless import documents
from municipaless.core.formats import format_phone
from municipaless.core.statuses import CallStatus, MinutesStatus
from municipaless.documents import model as m
from municipaless.storage.listing import ListSource, Where
from municipaless.storage.privacy_queries import opposed_ids

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

FORMATS = ("xlsx", "csv")
CODE_KEYS = frozenset({"postcode", "siret", "siren", "rna", "commune_insee", "reference", "code"})
DATE_KEYS = frozenset({"starts_at", "first_contact_on", "founded_on", "last_activity"})
PHONE_KEYS = frozenset({"phone", "mobile"})
# A person who objected (« ne plus contacter ») is listed without these.
CONTACT_KEYS = frozenset({"email", "phone", "mobile", "address"})
# Column headers in French when the caller (the CLI) has no translated ones: the window passes
# the headers it shows.
FRENCH_HEADERS = {
    "Reference": "Référence",
    "Project": "Projet",
    "Stage": "Stade",
    "Status": "Statut",
    "Sector": "Filière",
    "First contact": "Premier contact",
    "Referent": "Référent",
    "Name": "Nom",
    "Acronym": "Sigle",
    "Kind": "Type",
    "Postcode": "Code postal",
    "Phone": "Téléphone",
    "E-mail": "E-mail",
    "Last name": "Nom",
    "First name": "Prénom",
    "Date": "Date",
    "Title": "Titre",
    "Place": "Lieu",
    "Minutes": "Compte rendu",
    "Services": "Services",
    "Organisation": "Structure",
    "Role": "Fonction",
    "Last activity": "Dernière activité",
    "Series": "Instance",
    "Deadline": "Date limite",
    "Applications": "Candidatures",
    "Envelope": "Enveloppe",
}
# Columns holding a fixed code rather than a vocabulary label (the window labels them too).
CODED = {
    "minutes_status": {code.value: code.label for code in MinutesStatus},
    "call_status": {code.value: code.label for code in CallStatus},
}
LIST_TITLES = {
    "organisation": "Structures",
    "person": "Interlocuteurs",
    "project": "Porteurs et projets",
    "meeting": "Réunions",
    "project_call": "Appels à projets",
}


def column_kind(key: str) -> m.Kind:
    """Document column kind of a list column, from its key."""
    if key in CODE_KEYS:
        return "code"
    if key in DATE_KEYS or key.endswith("_on"):
        return "date"
    if key.endswith("_cents"):
        return "money"
    return "text"


def build_document(
    source: ListSource,
    *,
    sort_column: int | None = None,
    descending: bool = False,
    headers: Sequence[str] | None = None,
    title: str | None = None,
    commune: str = "",
    filters: str = "",
    today: date | None = None,
    opposed: frozenset[str] = frozenset(),
) -> m.Document:
    """The list as a document with one table, in the order the screen shows it; the people
    of ``opposed`` (ids) without their coordinates."""
    columns = source.columns
    headers = (
        list(headers) if headers else [FRENCH_HEADERS.get(c.header, c.header) for c in columns]
    )
    if len(headers) != len(columns):
        raise ValueError("one header per column")
    kinds = [column_kind(c.key) for c in columns]
    phones = [c.key in PHONE_KEYS for c in columns]
    coded = [CODED.get(c.key, {}) for c in columns]
    contact = [c.key in CONTACT_KEYS for c in columns]
    rows = []
    hidden = 0
    for row in source.fetch(0, max(source.count(), 1), sort_column, descending):
        cells = []
        blank = row[0] in opposed
        hidden += blank
        for value, kind, phone, labels, coordinate in zip(
            row[1:], kinds, phones, coded, contact, strict=True
        ):
            if blank and coordinate:
                value = None
            value = labels.get(value, value) if labels else value
            if value is not None and not isinstance(value, str) and kind not in ("date", "money"):
                value = str(value)
            if phone and value:
                value = format_phone(value)
            if kind == "date" and value and not _iso_date(value):
                value = None
            cells.append(value if value != "" else None)
        rows.append(cells)
    name = title or LIST_TITLES.get(source.spec.name, source.spec.name)
    table = m.Table(
        name,
        [m.Column(h, k) for h, k in zip(headers, kinds, strict=True)],
        rows,
        name=name[:31],
        note=f"{len(rows)} ligne{'s' if len(rows) > 1 else ''}"
        + (f" — {filters}" if filters else "")
        + (f" — {opposition_note(hidden)}" if hidden else ""),
    )
    meta = m.Meta(commune=commune, filters=filters, generated=today or date.today())
    return m.Document(title=name, subtitle=filters, meta=meta, sections=[m.Section([table])])


def opposition_note(count: int) -> str:
    """The French note of a people list with people who objected."""
    if count == 1:
        return "1 personne sans coordonnées (opposition : « ne plus contacter »)"
    return f"{count} personnes sans coordonnées (opposition : « ne plus contacter »)"


def _iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def export_list(
    territory: "Territory",
    list_name: str,
    path: Path | str,
    *,
    where: Where | None = None,
    sort_column: int | None = None,
    descending: bool = False,
    fmt: str | None = None,
    headers: Sequence[str] | None = None,
    title: str | None = None,
    filters: str = "",
    today: date | None = None,
) -> Path:
    """Write the list ``list_name`` (a ``listing.SPECS`` name) filtered by ``where`` and sorted
    as on screen to ``path`` (``fmt`` xlsx or csv, default the suffix); returns the path.
    ``filters`` is a French description of the filter, printed in the file."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"format d'export de liste inconnu : {fmt!r} (xlsx ou csv)")
    source = territory.list_source(list_name, where)
    commune = territory.meta(["commune_name"]).get("commune_name", "")
    doc = build_document(
        source,
        sort_column=sort_column,
        descending=descending,
        headers=headers,
        title=title,
        commune=commune,
        filters=filters,
        today=today,
        opposed=frozenset(opposed_ids(territory.tdb.db)) if list_name == "person" else frozenset(),
    )
    return documents.write(doc, path, fmt)[0]
