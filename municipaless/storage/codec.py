"""Conversion between record fields and SQLite values, derived once per record type."""

import json
import typing
from collections.abc import Mapping
from dataclasses import fields
from typing import Any, TypeVar

from municipaless.core.cleaning import TextTooLong, clean_field
from municipaless.core.domain import Record
from municipaless.storage.errors import InvalidText


def _kind(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if annotation is tuple or origin is tuple:
        return "list"
    if annotation is dict or origin is dict:
        return "dict"
    if annotation is bool:
        return "bool"
    return "plain"


R = TypeVar("R", bound=Record)

# A plain dict, not functools.cache: mypy does not see a dataclass *type* as Hashable.
_FIELD_KINDS: dict[type[Record], dict[str, str]] = {}


def field_kinds(record_type: type[Record]) -> dict[str, str]:
    kinds = _FIELD_KINDS.get(record_type)
    if kinds is None:
        kinds = _FIELD_KINDS[record_type] = {f.name: _kind(f.type) for f in fields(record_type)}
    return kinds


def clean(name: str, value: Any, *, check_length: bool = True) -> Any:
    """The one text hygiene of every value written (core.cleaning), as a storage error."""
    try:
        return clean_field(name, value, check_length=check_length)
    except TextTooLong as exc:
        raise InvalidText(name, exc.message) from None


def to_db(record_type: type[Record], name: str, value: Any, *, check_length: bool = True) -> Any:
    """The stored form of a field, its text cleaned (every write of a record passes here)."""
    kind = field_kinds(record_type)[name]
    value = clean(name, value, check_length=check_length)
    if kind == "list":
        return json.dumps(list(value or ()), ensure_ascii=False)
    if kind == "dict":
        return json.dumps(value or {}, ensure_ascii=False)
    if kind == "bool":
        return int(bool(value))
    return value


def from_row(record_type: type[R], row: Mapping[str, Any]) -> R:
    kinds = field_kinds(record_type)
    values: dict[str, Any] = {}
    for name, kind in kinds.items():
        value = row.get(name)
        if kind == "list":
            value = tuple(json.loads(value)) if value else ()
        elif kind == "dict":
            value = json.loads(value) if value else {}
        elif kind == "bool":
            value = bool(value)
        values[name] = value
    return record_type(**values)


def journal_text(value: Any) -> str | None:
    """How a stored value is written in the journal (text, or NULL)."""
    return None if value is None else str(value)
