"""Enjeux du territoire as records: description, status, the diagnosis they come from, the
indicators the officer follows and their measures, and the records that carry them.

The title's life (add, rename, archive, move) is Paramètres ▸ Listes' (``vocabulary_lists``):
this module calls it, so the duplicate check and the archive rule stay in one place. Every
write goes through the Territory (journaled, rev-checked); a refusal is a
:class:`ChallengeError` with one French message per field, nothing written. Measures are a
series: the latest beside the one before is what the bilan prints.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core import validation
from municipaless.core.cooperation import Indicator, IndicatorValue
from municipaless.core.i18n import _
from municipaless.core.statuses import ChallengeStatus
from municipaless.services.file import vocabulary_lists
from municipaless.services.file.territory import Territory
from municipaless.storage import challenge_queries as q
from municipaless.storage.errors import RefusedChange

STATUSES = tuple(ChallengeStatus)
LINKED_KINDS = ("project", "meeting", "project_call", "collective", "workshop")


class ChallengeError(RefusedChange):
    """A change of an enjeu refused: ``errors`` maps each field to its French message."""


@dataclass(frozen=True)
class IndicatorSeries:
    indicator: Indicator
    measures: list[IndicatorValue]  # latest first

    @property
    def latest(self) -> IndicatorValue | None:
        return self.measures[0] if self.measures else None

    @property
    def previous(self) -> IndicatorValue | None:
        return self.measures[1] if len(self.measures) > 1 else None


@dataclass(frozen=True)
class ChallengeDetail:
    challenge: d.Challenge
    indicators: list[IndicatorSeries]
    linked: dict[str, list[q.Linked]] = field(default_factory=dict)


# reading ------------------------------------------------------------------------------------
def all_challenges(territory: Territory) -> list[d.Challenge]:
    """Every enjeu, archived ones included, in the officer's order."""
    return q.challenge_rows(territory.tdb.db)


def series_of(
    territory: Territory, challenge_ids: list[str] | None = None
) -> list[IndicatorSeries]:
    """Indicators (of these enjeux, or all) each with its measures, latest first."""
    db = territory.tdb.db
    indicators = q.indicators(db, challenge_ids)
    by_indicator: dict[str, list[IndicatorValue]] = {i.id: [] for i in indicators}
    for value in q.measures(db, list(by_indicator)):
        by_indicator[value.indicator_id].append(value)
    return [IndicatorSeries(i, by_indicator[i.id]) for i in indicators]


def detail(territory: Territory, challenge_id: str, *, links: bool = True) -> ChallengeDetail:
    """An enjeu with its indicators and, unless ``links`` is False, the records carrying it."""
    challenge = cast(d.Challenge, territory.records["challenge"].get(challenge_id))
    linked = q.linked(territory.tdb.db, challenge_id) if links else {}
    return ChallengeDetail(challenge, series_of(territory, [challenge_id]), linked)


# the enjeu ----------------------------------------------------------------------------------
def _clean_fields(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name in ("description", "diagnosis_source", "diagnosis_document"):
        if name in values:
            clean[name] = (values[name] or "").strip()
    if "status" in values:
        status = values["status"] or ChallengeStatus.ACTIVE
        if status not in STATUSES:
            errors["status"] = _("Statut d'enjeu inconnu : « {status} ».").format(status=status)
        clean["status"] = status
    if "diagnosis_on" in values:
        checked = validation.check_date(values["diagnosis_on"])
        if checked.ok:
            clean["diagnosis_on"] = checked.value
        else:
            errors["diagnosis_on"] = checked.error or _("Date invalide.")
    if errors:
        raise ChallengeError(errors)
    return clean


def create(territory: Territory, title: str, **fields: Any) -> d.Challenge:
    """A new enjeu at the end of the list (its title checked by Paramètres ▸ Listes' rules),
    with its description, status and diagnosis when given. One transaction."""
    clean = _clean_fields(fields)
    try:
        with territory.transaction():
            entry = vocabulary_lists.add(territory, vocabulary_lists.CHALLENGES, title)
            if clean:
                return cast(
                    d.Challenge,
                    territory.save("challenge", clean, row_id=entry.row_id, rev=entry.rev),
                )
    except vocabulary_lists.ListError as e:
        raise ChallengeError({"title": e.message}) from e
    return cast(d.Challenge, territory.records["challenge"].get(entry.row_id))


def update(
    territory: Territory, challenge_id: str, rev: int, changes: dict[str, Any]
) -> d.Challenge:
    """Save edited fields; a new title goes through ``vocabulary_lists.rename`` (no two enjeux
    with the same title), the rest through the Territory, in one transaction."""
    changes = dict(changes)
    title = changes.pop("title", None)
    clean = _clean_fields(changes)
    try:
        with territory.transaction():
            current = territory.records["challenge"].get(challenge_id)
            if title is not None and title != current.title:
                vocabulary_lists.rename(
                    territory, vocabulary_lists.CHALLENGES, challenge_id, rev, title
                )
                rev = territory.records["challenge"].get(challenge_id).rev
            if clean:
                territory.save("challenge", clean, row_id=challenge_id, rev=rev)
    except vocabulary_lists.ListError as e:
        raise ChallengeError({"title": e.message}) from e
    return cast(d.Challenge, territory.records["challenge"].get(challenge_id))


def set_archived(territory: Territory, challenge_id: str, rev: int, archived: bool) -> None:
    vocabulary_lists.set_archived(
        territory, vocabulary_lists.CHALLENGES, challenge_id, rev, archived
    )


def move(territory: Territory, challenge_id: str, step: int) -> None:
    vocabulary_lists.move(territory, vocabulary_lists.CHALLENGES, challenge_id, step)


# indicators ---------------------------------------------------------------------------------
def parse_number(value: object) -> float | None:
    """A number as typed (« 12,5 », « 1 250 », « 40 % »); None when empty; ValueError else."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        return float(value)
    text = re.sub(r"[\s\u00a0\u202f%€]", "", str(value)).replace(",", ".").replace("−", "-")
    if not text:
        return None
    return float(text)


def _indicator_fields(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = " ".join((values["name"] or "").split())
        if not clean["name"]:
            errors["name"] = _("Nommez l'indicateur.")
    if "unit" in values:
        clean["unit"] = (values["unit"] or "").strip()
    if "target" in values:
        try:
            clean["target"] = parse_number(values["target"])
        except ValueError:
            errors["target"] = _("Cible invalide : saisissez un nombre (ex. 12,5).")
    if errors:
        raise ChallengeError(errors)
    return clean


def add_indicator(
    territory: Territory, challenge_id: str, name: str, unit: str = "", target: object = None
) -> Indicator:
    clean = _indicator_fields({"name": name, "unit": unit, "target": target})
    with territory.transaction():
        territory.records["challenge"].get(challenge_id)
        position = len(q.indicators(territory.tdb.db, [challenge_id]))
        record = territory.save(
            "indicator", {"challenge_id": challenge_id, "position": position, **clean}
        )
    return cast(Indicator, record)


def update_indicator(
    territory: Territory, indicator_id: str, rev: int, changes: dict[str, Any]
) -> Indicator:
    clean = _indicator_fields(changes)
    return cast(Indicator, territory.save("indicator", clean, row_id=indicator_id, rev=rev))


def remove_indicator(territory: Territory, indicator_id: str, rev: int) -> None:
    """The indicator and its measures go to the corbeille together."""
    with territory.transaction():
        for value in q.measures(territory.tdb.db, [indicator_id]):
            territory.remove("indicator_value", value.id, value.rev)
        territory.remove("indicator", indicator_id, rev)


# measures -----------------------------------------------------------------------------------
def _measure_fields(values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    if creating or "measured_on" in values:
        raw = values.get("measured_on")
        if isinstance(raw, dt.date):
            raw = raw.isoformat()
        checked = validation.check_date(raw)
        if not checked.ok:
            errors["measured_on"] = checked.error or _("Date invalide.")
        elif not checked.value:
            errors["measured_on"] = _("Indiquez la date de la mesure.")
        else:
            clean["measured_on"] = checked.value
    if creating or "value" in values:
        try:
            number = parse_number(values.get("value"))
        except ValueError:
            errors["value"] = _("Valeur invalide : saisissez un nombre (ex. 12,5).")
        else:
            if number is None:
                errors["value"] = _("Indiquez la valeur mesurée.")
            else:
                clean["value"] = number
    if "source" in values:
        clean["source"] = (values["source"] or "").strip()
    if errors:
        raise ChallengeError(errors)
    return clean


def add_measure(
    territory: Territory, indicator_id: str, measured_on: object, value: object, source: str = ""
) -> IndicatorValue:
    """A measure of the indicator (a date in the future is allowed: a forecast the officer
    records); French refusal without its date or value."""
    clean = _measure_fields(
        {"measured_on": measured_on, "value": value, "source": source}, creating=True
    )
    with territory.transaction():
        territory.records["indicator"].get(indicator_id)
        record = territory.save("indicator_value", {"indicator_id": indicator_id, **clean})
    return cast(IndicatorValue, record)


def update_measure(
    territory: Territory, measure_id: str, rev: int, changes: dict[str, Any]
) -> IndicatorValue:
    clean = _measure_fields(changes, creating=False)
    return cast(
        IndicatorValue, territory.save("indicator_value", clean, row_id=measure_id, rev=rev)
    )


def remove_measure(territory: Territory, measure_id: str, rev: int) -> None:
    territory.remove("indicator_value", measure_id, rev)
