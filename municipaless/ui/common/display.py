"""Turn stored values (codes, ids, ISO dates, cents) into what the officer reads.

The detail pane shows any record with the same code: which field holds a vocabulary code, which
holds another record's id, and which holds a date is declared here in one place. Formatting of
dates, money and phones comes from ``core.formats`` so the window and the exports agree.
"""

import re
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from municipaless.core import formats
from municipaless.core.vocabularies import shown_label
from municipaless.storage.errors import StorageError
from municipaless.ui.common.labels import code_label

# (table, field) -> vocabulary name; a field name alone applies to every table.
_VOCAB_FIELDS: dict[tuple[str, str] | str, str] = {
    ("organisation", "kind"): "organisation_kind",
    ("case_event", "kind"): "case_event_kind",
    ("project", "status"): "project_status",
    ("action_item", "status"): "action_status",
    "legal_status": "legal_status",
    "sector": "sector",
    "sectors": "sector",
    "stage": "stage",
    "stages": "stage",
    ("service_offer", "service"): "service",
    "instrument": "instrument",
}

# id field -> (table, how to label the record it points to)
_LINKS: dict[str, tuple[str, str]] = {
    "project_id": ("project", "name"),
    "meeting_id": ("meeting", "title"),
    "series_id": ("meeting_series", "name"),
    "owner_person_id": ("person", "display_name"),
    "owner_organisation_id": ("organisation", "name"),
    "challenges": ("challenge", "title"),
    "organisation_id": ("organisation", "name"),
    "person_id": ("person", "display_name"),
    "funder_id": ("organisation", "name"),
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_LOCAL_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})")


def format_cell(value: Any) -> str:
    """A list cell: ISO dates become dd/mm/yyyy, local date-times dd/mm/yyyy hh:mm."""
    if value is None:
        return ""
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return formats.format_date(value)
        match = _ISO_LOCAL_DATETIME.match(value)
        if match:
            return f"{formats.format_date(match.group(1))} {match.group(2)}:{match.group(3)}"
        return value
    return str(value)


class Describer:
    """Reads one record's fields as (field, text) pairs, resolving codes and links lazily."""

    def __init__(self, territory: Any):
        self._territory = territory
        self._vocab_cache: dict[str, dict[str, str]] = {}

    def vocab_label(self, vocab: str, code: str) -> str:
        if vocab not in self._vocab_cache:
            entries = self._territory.vocabulary(vocab, include_archived=True)  # old records
            self._vocab_cache[vocab] = {
                v.code: shown_label(vocab, v.code, v.label) for v in entries
            }
        return self._vocab_cache[vocab].get(code, code)

    def _link_label(self, table: str, attribute: str, row_id: str) -> str:
        try:
            record = self._territory.records[table].get(row_id)
        except StorageError:
            return "—"
        return str(getattr(record, attribute, "") or "")

    def value_text(self, table: str, field: str, value: Any) -> str:
        if value is None or value == "" or value == ():
            return ""
        vocab = _VOCAB_FIELDS.get((table, field)) or _VOCAB_FIELDS.get(field)
        if vocab:
            return self._join(self.vocab_label(vocab, code) for code in _codes(value))
        if field == "minutes_status" or (table, field) == ("decision", "status"):
            return code_label("decision_status" if table == "decision" else field, value)
        if field in _LINKS:
            target, attribute = _LINKS[field]
            return self._join(self._link_label(target, attribute, i) for i in _codes(value))
        if field.endswith("_cents"):
            return formats.format_money(value)
        if field in ("phone", "mobile"):
            return formats.format_phone(value) or str(value)
        if field == "siret":
            return formats.format_siret(value) or str(value)
        if field == "siren":  # grouped like the SIRET beside it: « 732 829 320 »
            return formats.format_siren(value) or str(value)
        if field == "commune_insee":
            from municipaless.services.geography.communes import commune_name  # the list loads once

            return f"{commune_name(value)} ({value})"
        if field == "territory":  # codes commune:…, dep:…, reg:…, epci:… read as names
            from municipaless.services.geography.communes import territory_label

            return self._join(territory_label(code) for code in _codes(value))
        if isinstance(value, bool):
            return "✓" if value else "—"
        if isinstance(value, tuple):
            return self._join(str(v) for v in value)
        return format_cell(value)

    @staticmethod
    def _join(parts: Iterable[str]) -> str:
        return ", ".join(p for p in parts if p)

    def describe(self, table: str, record: Any) -> list[tuple[str, str]]:
        """Non-empty content fields in declaration order."""
        base = {"id", "created_at", "updated_at", "updated_by", "rev", "deleted_at"}
        pairs = []
        for f in fields(record):
            if f.name in base:
                continue
            text = self.value_text(table, f.name, getattr(record, f.name))
            if text:
                pairs.append((f.name, text))
        return pairs


def _codes(value: Any) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (str(value),)


def record_title(table: str, record: Any) -> str:
    """The one line that names a record at the top of the detail pane."""
    if table == "person":
        return record.display_name or "—"
    for attribute in ("name", "title", "subject", "what", "number", "text"):
        text = getattr(record, attribute, "")
        if text:
            return str(text)[:160]
    return "—"
