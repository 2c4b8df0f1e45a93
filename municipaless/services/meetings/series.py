"""Instances (meeting series): their kind and the template their meetings start from.

A template (``meeting_series.template``, JSON) pre-fills a new meeting: the agenda sections
(title, presenter, planned minutes) and the invitees (people of the annuaire by id, with the
structure they represent, or names typed free). The quorum lives in the series' own column,
so a template's ``quorum`` is only the default a new series takes. Each kind of instance the
officer runs has a default template, so "Nouveau COPIL" gives a usable agenda at once.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.core.text import fold
from municipaless.services.file.territory import Territory
from municipaless.storage import meeting_queries as q
from municipaless.storage.errors import StorageError

# Any: a record's fields by name (``**changes``), each value of its field's own type (storage's
# Records takes them as Any), and the template's JSON (stored in a JSON column).

KINDS: tuple[str, ...] = ("copil", "gt_filiere", "ptce", "jury", "cotech", "temps_fort", "libre")


class SeriesError(StorageError):
    """A series cannot be saved as asked (French message)."""


class DuplicateSeries(SeriesError):
    """Another live instance already has this name (folded: accents, case, apostrophes) or
    this code: its meetings would split between two look-alikes, the second one without the
    invitees and the points en suspens of the first. ``existing`` is the one to use instead."""

    def __init__(self, message: str, existing: d.MeetingSeries, field: str):
        super().__init__(message)
        self.existing, self.field = existing, field  # field: "name" or "code"


@dataclass(frozen=True)
class AgendaSection:
    title: str
    presenter: str = ""
    duration_min: int | None = None


@dataclass(frozen=True)
class Invitee:
    """Someone invited to every meeting: a person of the annuaire (``person_id``, optionally
    the structure she represents) or a name typed free."""

    person_id: str | None = None
    organisation_id: str | None = None
    free_name: str = ""


@dataclass(frozen=True)
class Template:
    agenda: tuple[AgendaSection, ...] = ()
    invitees: tuple[Invitee, ...] = ()
    quorum: int | None = None
    duration_min: int = 120  # how long a meeting lasts by default (ICS, ends_at)

    def to_json(self) -> dict[str, Any]:
        return {
            "agenda": [asdict(a) for a in self.agenda],
            "invitees": [asdict(i) for i in self.invitees],
            "quorum": self.quorum,
            "duration_min": self.duration_min,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Template:
        """Tolerant reader: older or hand-made templates may hold plain strings."""
        data = data or {}
        agenda = []
        for a in data.get("agenda") or ():
            if isinstance(a, str):
                agenda.append(AgendaSection(a))
            elif isinstance(a, dict) and a.get("title"):
                agenda.append(
                    AgendaSection(a["title"], a.get("presenter") or "", a.get("duration_min"))
                )
        invitees = []
        for i in data.get("invitees") or ():
            if isinstance(i, str):
                invitees.append(Invitee(free_name=i))
            elif isinstance(i, dict) and (i.get("person_id") or i.get("free_name")):
                invitees.append(
                    Invitee(i.get("person_id"), i.get("organisation_id"), i.get("free_name") or "")
                )
        quorum = data.get("quorum")
        return cls(
            tuple(agenda),
            tuple(invitees),
            int(quorum) if isinstance(quorum, int | str) and str(quorum).isdigit() else None,
            int(data.get("duration_min") or 120),
        )


@dataclass(frozen=True)
class KindDefaults:
    name: str  # the series' default name
    code: str  # prefix of decision numbers
    template: Template = field(default_factory=Template)


def _t(*titles: tuple[str, int], quorum: int | None = None, duration: int = 120) -> Template:
    return Template(tuple(AgendaSection(t, "", m) for t, m in titles), (), quorum, duration)


OPENING = ("Approbation du compte rendu précédent", 5)
PENDING = ("Points en suspens", 15)
AOB = ("Questions diverses", 10)
DEFAULTS: dict[str, KindDefaults] = {
    "copil": KindDefaults(
        "Comité de pilotage ESS",
        "COPIL",
        _t(
            OPENING,
            PENDING,
            ("Avancement de la feuille de route ESS", 30),
            ("Projets accompagnés : point d'étape", 30),
            ("Décisions à prendre", 20),
            AOB,
            quorum=5,
        ),
    ),
    "gt_filiere": KindDefaults(
        "Groupe de travail filière",
        "GT",
        _t(
            ("Tour de table", 15),
            PENDING,
            ("Actualités de la filière", 20),
            ("Atelier : besoins et pistes de coopération", 45),
            ("Prochaines étapes", 10),
        ),
    ),
    "ptce": KindDefaults(
        "Réunion du PTCE",
        "PTCE",
        _t(
            OPENING,
            PENDING,
            ("Vie du pôle : adhésions, gouvernance", 20),
            ("Projets coopératifs en cours", 40),
            AOB,
        ),
    ),
    "jury": KindDefaults(
        "Jury de l'appel à projets",
        "JURY",
        _t(
            ("Rappel du règlement et des critères", 10),
            ("Audition et examen des dossiers", 120),
            ("Délibération et classement", 30),
            ("Notification des résultats", 10),
            quorum=3,
            duration=180,
        ),
    ),
    "cotech": KindDefaults(
        "Comité technique",
        "COTECH",
        _t(
            PENDING,
            ("Revue des dossiers en accompagnement", 45),
            ("Orientations à décider", 20),
            AOB,
        ),
    ),
    "temps_fort": KindDefaults(
        "Temps fort de l'ESS",
        "EVT",
        _t(
            ("Accueil des participants", 15),
            ("Ouverture par les élus", 15),
            ("Tables rondes et ateliers", 90),
            ("Clôture", 15),
            duration=180,
        ),
    ),
    "libre": KindDefaults("Réunion", "REU", _t(("Ordre du jour", 60))),
}
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")


def default_template(kind: str | None) -> Template:
    return DEFAULTS.get(kind or "libre", DEFAULTS["libre"]).template


def template_of(series: d.MeetingSeries | None) -> Template:
    """The series' template, or the default of its kind when it has none."""
    if series is None:
        return Template()
    template = Template.from_json(series.template)
    if not template.agenda and not template.invitees:
        base = default_template(series.kind)
        return Template(base.agenda, (), series.quorum, base.duration_min)
    return template


def list_series(territory: Territory) -> list[d.MeetingSeries]:
    """Every live series, by name."""
    return q.all_series(territory.tdb.db)


def get_series(territory: Territory, series_id: str) -> d.MeetingSeries:
    return cast(d.MeetingSeries, territory.records["meeting_series"].get(series_id))


def clean_code(code: str) -> str:
    return re.sub(r"[^A-Z0-9-]+", "-", code.strip().upper()).strip("-")


def _check(
    territory: Territory,
    name: str,
    code: str,
    series_id: str | None = None,
    *,
    unique: tuple[str, ...] = ("name", "code"),
) -> None:
    """``unique``: the fields checked against the other instances (an edit checks only what
    it changes, so two look-alikes a merge brought in can still be renamed apart)."""
    if not name.strip():
        raise SeriesError(_("Donnez un nom à l'instance (par exemple « Comité de pilotage ESS »)."))
    if not _CODE.match(code):
        raise SeriesError(
            _(
                "Le code « {code} » ne convient pas : de 1 à 20 lettres majuscules, "
                "chiffres ou tirets (par exemple COPIL). Il préfixe les numéros de "
                "décision."
            ).format(code=code)
        )
    others = [s for s in q.all_series(territory.tdb.db) if s.id != series_id]
    same_code = next(
        (s for s in others if "code" in unique and s.code.upper() == code.upper()), None
    )
    if same_code is not None:
        raise DuplicateSeries(
            _(
                "Le code « {code} » est déjà celui de l'instance « {name} » : "
                "choisissez-en un autre, pour que les numéros de décision restent "
                "uniques."
            ).format(code=code, name=same_code.name),
            same_code,
            "code",
        )
    same_name = next((s for s in others if "name" in unique and fold(s.name) == fold(name)), None)
    if same_name is not None:
        raise DuplicateSeries(
            _(
                "L'instance « {name} » ({code}) existe déjà : ouvrez-la pour y ajouter "
                "la réunion, ou donnez un autre nom à la nouvelle."
            ).format(name=same_name.name, code=same_name.code),
            same_name,
            "name",
        )


def create_series(
    territory: Territory,
    kind: str,
    name: str | None = None,
    code: str | None = None,
    *,
    template: Template | None = None,
    quorum: int | None = None,
) -> d.MeetingSeries:
    """A new instance of ``kind`` with its default name, code, template and quorum unless
    given. A default code already taken gets a number (GT-2, GT-3…)."""
    if kind not in KINDS:
        raise SeriesError(_("Type d'instance inconnu : « {kind} ».").format(kind=kind))
    defaults = DEFAULTS[kind]
    template = template or defaults.template
    if code is None:
        base, n, code = defaults.code, 1, defaults.code
        while q.series_code_taken(territory.tdb.db, code):
            n += 1
            code = f"{base}-{n}"
    code = clean_code(code)
    name = (name if name is not None else defaults.name).strip()
    _check(territory, name, code)
    if quorum is not None and quorum < 1:
        raise SeriesError(_("Le quorum est un nombre de présents, au moins 1 (ou aucun quorum)."))
    return cast(
        d.MeetingSeries,
        territory.save(
            "meeting_series",
            {
                "name": name,
                "code": code,
                "kind": kind,
                "quorum": quorum if quorum is not None else template.quorum,
                "template": template.to_json(),
            },
        ),
    )


def update_series(
    territory: Territory, series_id: str, rev: int, **changes: Any
) -> d.MeetingSeries:
    """Rename, recode, change kind or quorum (rev-checked). Changing the code never renumbers
    decisions already taken: their numbers are part of the record."""
    current = territory.records["meeting_series"].get(series_id)
    if "code" in changes:
        changes["code"] = clean_code(changes["code"] or "")
    name = changes.get("name", current.name)
    code = changes.get("code", current.code)
    _check(
        territory, name, code, series_id, unique=tuple(k for k in ("name", "code") if k in changes)
    )
    if "kind" in changes and changes["kind"] not in KINDS:
        raise SeriesError(_("Type d'instance inconnu : « {kind} ».").format(kind=changes["kind"]))
    quorum = changes.get("quorum")
    if quorum is not None and quorum < 1:
        raise SeriesError(_("Le quorum est un nombre de présents, au moins 1 (ou aucun quorum)."))
    if "template" in changes and isinstance(changes["template"], Template):
        changes["template"] = changes["template"].to_json()
    return cast(
        d.MeetingSeries, territory.save("meeting_series", changes, row_id=series_id, rev=rev)
    )


def set_template(
    territory: Territory, series_id: str, rev: int, template: Template
) -> d.MeetingSeries:
    return update_series(territory, series_id, rev, template=template)


def template_from_meeting(territory: Territory, meeting_id: str) -> Template:
    """A template made of a meeting's agenda and invitees ("use this meeting as the model")."""
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    if bundle is None:
        return Template()
    agenda = tuple(AgendaSection(i.title, i.presenter, i.duration_min) for i in bundle.agenda)
    invitees = tuple(
        Invitee(a.record.person_id, a.record.organisation_id, a.record.free_name)
        for a in bundle.attendance
    )
    series = bundle.series
    return Template(agenda, invitees, series.quorum if series else None)
