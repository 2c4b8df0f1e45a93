"""The territory the file covers: one commune, or an intercommunalité and its communes.

It travels with the file (``meta``), so a colleague opening it offers the same communes in the
bilan's scope. Codes only: names come from the shipped reference lists (services/geography),
which this package, below geography, never imports.
"""

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from municipaless.storage.bulk import write_meta

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

COMMUNE, EPCI = "commune", "epci"
_KEYS = ["territory_kind", "territory_code", "territory_name", "territory_communes"]


@dataclass
class TerritoryScope:
    """``kind`` commune (``code`` its INSEE code) or epci (``code`` its SIREN); ``communes``
    the INSEE codes of the communes covered (the officer may untick some of an EPCI's)."""

    kind: str = ""
    code: str = ""
    name: str = ""
    communes: list[str] = field(default_factory=list)

    @property
    def defined(self) -> bool:
        return bool(self.kind and self.communes)


def load(territory: "Territory") -> TerritoryScope:
    """The file's scope; an empty one for a file made before it existed or a damaged value."""
    raw = territory.meta(_KEYS)
    try:
        codes = json.loads(raw.get("territory_communes") or "[]")
    except ValueError:
        codes = []
    if not isinstance(codes, list):
        codes = []
    kind = raw.get("territory_kind", "") or ""
    return TerritoryScope(
        kind=kind if kind in (COMMUNE, EPCI) else "",
        code=raw.get("territory_code", "") or "",
        name=raw.get("territory_name", "") or "",
        communes=[str(c) for c in codes if isinstance(c, str) and c],
    )


def save(territory: "Territory", scope: TerritoryScope) -> None:
    """Write the scope, and the commune name documents print when the file had none or had
    the previous scope's (raises ReadOnlyError on a read-only file)."""
    if scope.kind not in (COMMUNE, EPCI):
        raise ValueError(f"unknown territory kind {scope.kind!r}")
    previous = load(territory)
    communes = list(dict.fromkeys(c.strip() for c in scope.communes if c.strip()))
    values = {
        "territory_kind": scope.kind,
        "territory_code": scope.code.strip(),
        "territory_name": scope.name.strip(),
        "territory_communes": json.dumps(communes),
    }
    current = territory.meta(["commune_name"]).get("commune_name", "") or ""
    if not current.strip() or current.strip() == previous.name.strip():
        values["commune_name"] = scope.name.strip()
    write_meta(territory.tdb, values)
