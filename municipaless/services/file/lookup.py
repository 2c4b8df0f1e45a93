"""The one record a command-line argument names, or a French refusal listing candidates.

The command line cannot show a picker: an ambiguous name is refused with the ids and labels
of what it matched, so the officer copies the right id and runs the command again.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from municipaless.storage import lookup_queries as q

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

Row = dict[str, Any]


class NotFound(LookupError):
    """Nothing, or several records, match; ``message`` says so in French."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _label_project(r: Row) -> str:
    return f"{r['reference']}  {r['name']}"


def _label_series(r: Row) -> str:
    return f"{r['code']}  {r['name']}"


def _label_meeting(r: Row) -> str:
    day, _, time = r["starts_at"].partition("T")
    return f"{day} {time[:5]}  {r['title']}" + (f"  ({r['code']})" if r["code"] else "")


def _label_referral(r: Row) -> str:
    return f"{r['reference']} → {r['organisation']}  ({r['status']})"


# the finder, a label per candidate, the noun and its « aucun(e) »
KINDS: dict[str, tuple[Callable[..., list[Row]], Callable[[Row], str], str, str]] = {
    "project": (q.projects, _label_project, "projet", "Aucun"),
    "series": (q.series, _label_series, "instance", "Aucune"),
    "meeting": (q.meetings, _label_meeting, "réunion", "Aucune"),
    "referral": (q.referrals, _label_referral, "orientation", "Aucune"),
}


def candidates(territory: "Territory", kind: str, query: str) -> list[tuple[str, str]]:
    """(id, label) of every live record of ``kind`` the query matches."""
    find, label, _, _ = KINDS[kind]
    return [(str(r["id"]), label(r)) for r in find(territory.tdb.db, query)]


def find(territory: "Territory", kind: str, query: str) -> str:
    """The id of the one record ``query`` names; NotFound otherwise."""
    found = candidates(territory, kind, query)
    _, _, noun, none = KINDS[kind]
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise NotFound(f"{none} {noun} ne correspond à « {query} » dans ce fichier.")
    shown = "\n".join(f"  {row_id}  {label}" for row_id, label in found[:20])
    more = f"\n  … et {len(found) - 20} autres" if len(found) > 20 else ""
    raise NotFound(
        f"Plusieurs {noun}s correspondent à « {query} » : donnez l'identifiant voulu "
        f"(ou précisez).\n{shown}{more}"
    )
