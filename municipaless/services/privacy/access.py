"""Right of access (RGPD art. 15): « Tout ce que nous détenons sur cette personne ».

``collect`` gathers every row of the file about one person, category by category, with codes
turned into their French labels; ``access_export`` writes it as a readable document and as a
ZIP for machines. Rows are about her when linked by id (her fiche, jobs, dossiers as porteur
and everything of those dossiers, participations, attendances, actions she owns, their
history) or when her name or e-mail is written in free text (column « Lien » = « nom cité »):
those are found by name and may concern a namesake or name third parties, so the officer
rereads them before handing the document over (art. 15.4: others' rights).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from municipaless.core import statuses
from municipaless.core.i18n import _
from municipaless.services.geography.communes import commune_name
from municipaless.storage import access_queries as q
from municipaless.storage.activity_queries import vocabulary_labels
from municipaless.storage.errors import NotFound

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

LINKS = {
    "dossier": "son dossier",
    "participant": "participante",
    "mention": "nom cité",
    "personne": "sa fiche",
    "responsable": "responsable",
    "fiche": "ses fiches",
}


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text, date, money (cents), count: as in documents.model


@dataclass
class Category:
    """One kind of record: a table in the document, a CSV in the ZIP, a list in the JSON."""

    key: str  # ASCII: the CSV's name and the JSON's key
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""


@dataclass
class AccessReport:
    person_id: str
    name: str
    generated: dt.date
    commune: str
    categories: list[Category]

    def category(self, key: str) -> Category:
        return next(c for c in self.categories if c.key == key)

    @property
    def mentions(self) -> int:
        """Rows found by name only: to reread before handing over."""
        return sum(1 for c in self.categories for r in c.rows if r.get("lien") == LINKS["mention"])

    def as_json(self) -> dict[str, Any]:
        return {
            "personne": self.name,
            "identifiant": self.person_id,
            "edite_le": self.generated.isoformat(),
            "responsable": self.commune,
            "categories": {
                c.key: {
                    "titre": c.title,
                    "colonnes": {col.key: col.header for col in c.columns},
                    "lignes": c.rows,
                }
                for c in self.categories
            },
        }

    def json_text(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2)


def _link(code: str) -> str:
    return ", ".join(LINKS.get(part, part) for part in code.split())


def _pick(row: dict[str, Any], columns: list[Column], **extra: Any) -> dict[str, Any]:
    values = {**row, **extra}
    return {c.key: values.get(c.key) for c in columns}


C = Column
PERSON_FIELDS = [
    ("civility", "Civilité"),
    ("first_name", "Prénom"),
    ("last_name", "Nom"),
    ("email", "E-mail"),
    ("phone", "Téléphone"),
    ("mobile", "Mobile"),
    ("address", "Adresse"),
    ("postcode", "Code postal"),
    ("commune", "Commune"),
    ("notes", "Remarques"),
    ("informed_on", "Mention d'information remise le"),
    ("no_contact_since", "Ne plus contacter depuis le"),
    ("erased_at", "Effacée le"),
    ("created_at", "Fiche créée le"),
    ("updated_at", "Dernière modification le"),
    ("updated_by", "Dernière modification par"),
    ("deleted_at", "Supprimée le"),
    ("id", "Identifiant"),
]
DELETED = C("deleted_at", "Supprimé le", "date")
LINK = C("lien", "Lien")


class _Labels:
    def __init__(self, territory: Territory):
        self._db = territory.tdb.db
        self._cache: dict[str, dict[str, str]] = {}

    def __call__(self, vocab: str, code: Any) -> Any:
        if not code:
            return code
        if vocab not in self._cache:
            self._cache[vocab] = vocabulary_labels(self._db, vocab)
        return self._cache[vocab].get(code, code)


def _person(row: dict[str, Any]) -> Category:
    columns = [C("rubrique", "Rubrique"), C("valeur", "Information")]
    insee = row.get("commune_insee")
    values = {**row, "commune": commune_name(insee) if insee else ""}
    rows = [
        {"rubrique": header, "valeur": values.get(key)}
        for key, header in PERSON_FIELDS
        if values.get(key) not in (None, "")
    ]
    return Category("personne", "Sa fiche dans l'annuaire", columns, rows)


def _simple(
    key: str, title: str, columns: list[Column], rows: list[dict[str, Any]], note: str = ""
) -> Category:
    return Category(key, title, columns, [_pick(r, columns) for r in rows], note)


def collect(territory: Territory, person_id: str, *, today: dt.date | None = None) -> AccessReport:
    """Everything the file holds about ``person_id`` (NotFound when the id is unknown)."""
    from municipaless.services.file.settings import branding

    db = territory.tdb.db
    row = q.person(db, person_id)
    if row is None:
        raise NotFound("person", person_id)
    label = _Labels(territory)
    needles = q.needles_for(row["first_name"], row["last_name"], row["email"])
    name = " ".join(p for p in (row["first_name"], row["last_name"]) if p) or "(sans nom)"
    theirs: list[tuple[str, str]] = [("person", person_id)]
    cats = [_person(row)]

    jobs = q.affiliations(db, person_id)
    theirs += [("affiliation", r["id"]) for r in jobs]
    cats.append(
        _simple(
            "rattachements",
            "Ses fonctions dans des structures",
            [
                C("organisation_name", "Structure"),
                C("role", "Fonction"),
                C("email", "E-mail professionnel"),
                C("phone", "Téléphone professionnel"),
                C("start_on", "Depuis le", "date"),
                C("end_on", "Jusqu'au", "date"),
                DELETED,
            ],
            jobs,
        )
    )
    tag_rows = q.tags(db, person_id)
    theirs += [("tagging", r["id"]) for r in tag_rows]
    cats.append(
        _simple("etiquettes", "Étiquettes", [C("tag_name", "Étiquette"), DELETED], tag_rows)
    )

    holdings = q.holdings(db, person_id)
    project_ids = sorted({h["project_id"] for h in holdings})
    theirs += [("project_holder", h["id"]) for h in holdings]
    theirs += [("project", p) for p in project_ids]
    project_columns = [
        C("p_reference", "Référence"),
        C("p_name", "Projet"),
        C("role", "Son rôle"),
        C("p_description", "Description"),
        C("sector", "Filière"),
        C("legal_status", "Statut juridique"),
        C("commune", "Commune"),
        C("stage", "Stade"),
        C("status", "Statut du dossier"),
        C("p_close_reason", "Motif de clôture"),
        C("p_jobs_planned", "Emplois prévus", "count"),
        C("p_jobs_created", "Emplois créés", "count"),
        C("p_first_contact_on", "Premier contact", "date"),
        C("p_founded_on", "Structure créée le", "date"),
        C("p_referent", "Référent"),
        C("p_created_at", "Dossier ouvert le", "date"),
        C("p_purged_at", "Anonymisé le", "date"),
        C("p_deleted_at", "Supprimé le", "date"),
    ]
    cats.append(
        Category(
            "projets",
            "Ses projets (porteur ou porteuse)",
            project_columns,
            [
                _pick(
                    h,
                    project_columns,
                    sector=label("sector", h["p_sector"]),
                    legal_status=label("legal_status", h["p_legal_status"]),
                    commune=commune_name(h["p_commune_insee"]) if h["p_commune_insee"] else "",
                    stage=label("stage", h["p_stage"]),
                    status=label("project_status", h["p_status"]),
                )
                for h in holdings
            ],
        )
    )
    events = q.case_events(db, person_id, project_ids, needles)
    theirs += [("case_event_participant", r["id"]) for r in q.participations(db, person_id)]
    event_columns = [
        C("occurred_on", "Date", "date"),
        C("project_reference", "Dossier"),
        C("kind", "Type"),
        C("subject", "Objet"),
        C("notes", "Notes"),
        C("duration_min", "Durée (min)", "count"),
        LINK,
        DELETED,
    ]
    cats.append(
        Category(
            "suivi",
            "Entrées du suivi (accueils, entretiens, appels…)",
            event_columns,
            [
                _pick(
                    e,
                    event_columns,
                    kind=label("case_event_kind", e["kind"]),
                    lien=_link(e["link"]),
                )
                for e in events
            ],
        )
    )
    cats += _dossier_categories(territory, label, project_ids)
    cats += _bookkeeping_categories(territory, person_id, project_ids, theirs)
    cats += _meeting_categories(territory, label, person_id, needles, theirs)
    journal = q.journal(db, theirs, needles)
    journal_columns = [
        C("at", "Quand"),
        C("by", "Par"),
        C("table_name", "Table"),
        C("row_id", "Fiche"),
        C("field", "Champ"),
        C("old", "Ancienne valeur"),
        C("new", "Nouvelle valeur"),
        LINK,
    ]
    cats.append(
        Category(
            "historique",
            "Historique des modifications (journal)",
            journal_columns,
            [_pick(j, journal_columns, lien=_link(j["link"])) for j in journal],
            note="Champ « + » : création ; « - » : suppression ; « ~ » : restauration.",
        )
    )
    commune, _logo = branding(territory)
    return AccessReport(person_id, name, today or dt.date.today(), commune, cats)


def _dossier_categories(
    territory: Territory, label: _Labels, project_ids: list[str]
) -> list[Category]:
    db = territory.tdb.db
    referral_columns = [
        C("project_reference", "Dossier"),
        C("organisation_name", "Structure"),
        C("need", "Besoin"),
        C("consent_on", "Accord donné le", "date"),
        C("consent_how", "Accord recueilli"),
        C("status", "Statut"),
        C("sent_on", "Fiche de liaison envoyée le", "date"),
        C("answered_on", "Réponse le", "date"),
        C("refusal_reason", "Motif de refus"),
        C("outcome", "Résultat"),
        DELETED,
    ]
    referrals = [
        _pick(
            r,
            referral_columns,
            need=label("service", r["need"]),
            status=label("referral_status", r["status"]),
        )
        for r in q.of_projects(db, "referral", project_ids)
    ]
    funding_columns = [
        C("project_reference", "Dossier"),
        C("organisation_name", "Financeur"),
        C("scheme", "Dispositif"),
        C("instrument", "Instrument"),
        C("asked_cents", "Demandé", "money"),
        C("granted_cents", "Accordé", "money"),
        C("status", "Statut"),
        C("decided_on", "Décision le", "date"),
        DELETED,
    ]
    funding = [
        _pick(
            r,
            funding_columns,
            instrument=label("instrument", r["instrument"]),
            status=label("funding_status", r["status"]),
        )
        for r in q.of_projects(db, "funding_request", project_ids)
    ]
    follow_up_columns = [
        C("project_reference", "Dossier"),
        C("due_on", "Pour le", "date"),
        C("what", "Quoi"),
        C("done_on", "Fait le", "date"),
        DELETED,
    ]
    return [
        Category(
            "orientations",
            "Orientations vers des structures (et fiches de liaison)",
            referral_columns,
            referrals,
            note="Une fiche de liaison n'est envoyée qu'avec l'accord noté ici.",
        ),
        Category("financements", "Demandes de financement", funding_columns, funding),
        _simple(
            "relances",
            "Relances et suivi post-création",
            follow_up_columns,
            q.of_projects(db, "follow_up", project_ids),
        ),
    ]


def _bookkeeping_categories(
    territory: Territory, person_id: str, project_ids: list[str], theirs: list[tuple[str, str]]
) -> list[Category]:
    """The retention review's decisions and the merges of duplicates of her fiche."""
    db = territory.tdb.db
    decisions = q.retention_decisions(db, person_id, project_ids)
    merges = q.record_merges(db, person_id)
    theirs += [("retention_decision", r["id"]) for r in decisions]
    theirs += [("record_merge", r["id"]) for r in merges]
    theirs += [("person", r["removed_id"]) for r in merges if r["kept_id"] == person_id]
    kinds = {"keep": "conserver", "purge": "anonymiser ou effacer"}
    return [
        Category(
            "conservation",
            "Décisions de conservation (revue annuelle)",
            [
                C("table_name", "Sur"),
                C("decision", "Décision"),
                C("reason", "Motif"),
                C("decided_on", "Le", "date"),
                C("keep_until", "Jusqu'au", "date"),
            ],
            [
                {
                    "table_name": "sa fiche" if r["table_name"] == "person" else "son dossier",
                    "decision": kinds.get(r["decision"], r["decision"]),
                    "reason": r["reason"],
                    "decided_on": r["decided_on"],
                    "keep_until": r["keep_until"],
                }
                for r in decisions
            ],
        ),
        _simple(
            "fusions",
            "Doublons de sa fiche fusionnés",
            [
                C("created_at", "Le"),
                C("kept_id", "Fiche gardée"),
                C("removed_id", "Fiche fusionnée"),
                C("fields", "Valeurs d'avant la fusion"),
                C("undone_at", "Annulée le"),
            ],
            merges,
        ),
    ]


def _meeting_categories(
    territory: Territory,
    label: _Labels,
    person_id: str,
    needles: list[str],
    theirs: list[tuple[str, str]],
) -> list[Category]:
    db = territory.tdb.db
    meeting = [C("meeting_title", "Réunion"), C("meeting_starts_at", "Date", "date")]
    attendance_columns = [
        *meeting,
        C("status", "Présence"),
        C("organisation_name", "Au titre de"),
        C("represented_by", "Représenté par"),
        LINK,
        DELETED,
    ]
    attendances = q.attendances(db, person_id, needles)
    theirs += [("attendance", a["id"]) for a in attendances if a["link"] == "personne"]
    actions = q.action_items(db, person_id, needles)
    theirs += [("action_item", a["id"]) for a in actions if a["link"] == "responsable"]
    action_columns = [
        *meeting,
        C("what", "Action"),
        C("owner_text", "Responsable (texte)"),
        C("due_on", "Pour le", "date"),
        C("status", "Statut"),
        C("done_on", "Fait le", "date"),
        LINK,
        DELETED,
    ]
    minutes_columns = [
        *meeting,
        C("version", "Version", "count"),
        C("status", "Statut"),
        C("status_on", "Le", "date"),
        C("passages", "Passages qui la citent"),
        LINK,
        DELETED,
    ]
    minutes = []
    mention = LINKS["mention"]
    for v in q.minutes_versions(db, needles):
        passages = [t for t in _texts(json.loads(v["content"] or "{}")) if q.mentions(t, needles)]
        passages = list(dict.fromkeys(passages))
        status = statuses.french_label_of(statuses.MinutesStatus, v["status"])
        minutes.append(
            _pick(v, minutes_columns, passages=" | ".join(passages), status=status, lien=mention)
        )
    return [
        Category(
            "reunions",
            "Présence aux réunions",
            attendance_columns,
            [
                _pick(
                    a,
                    attendance_columns,
                    status=label("attendance_status", a["status"]),
                    lien=_link(a["link"]),
                )
                for a in attendances
            ],
        ),
        _simple(
            "notes_reunion",
            "Ordres du jour et notes de réunion qui la citent",
            [
                *meeting,
                C("title", "Point"),
                C("presenter", "Présenté par"),
                C("notes", "Notes"),
                LINK,
            ],
            [{**r, "lien": LINKS["mention"]} for r in q.agenda_items(db, needles)],
        ),
        Category(
            "decisions",
            "Décisions qui la citent",
            [*meeting, C("number", "Numéro"), C("text", "Décision"), C("status", "Statut"), LINK],
            [
                {
                    "meeting_title": r["meeting_title"],
                    "meeting_starts_at": r["meeting_starts_at"],
                    "number": r["number"],
                    "text": r["text"],
                    "status": statuses.french_label_of(statuses.DecisionStatus, r["status"]),
                    "lien": LINKS["mention"],
                }
                for r in q.decisions(db, needles)
            ],
        ),
        Category(
            "actions",
            "Actions décidées en réunion",
            action_columns,
            [
                _pick(
                    a,
                    action_columns,
                    status=label("action_status", a["status"]),
                    lien=_link(a["link"]),
                )
                for a in actions
            ],
        ),
        Category(
            "comptes_rendus",
            "Comptes rendus diffusés ou approuvés qui la citent",
            minutes_columns,
            minutes,
        ),
    ]


def _texts(value: Any) -> list[str]:
    """Every string inside a JSON value (a compte rendu snapshot), depth first."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


class PersonNotFound(ValueError):
    """``message``: French, for the CLI and the window."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def find_person(territory: Territory, query: str) -> str:
    """The id of the one person ``query`` names: an id, or « Prénom Nom » in any order, case
    or accents. PersonNotFound (French) when nobody or several people match."""
    db = territory.tdb.db
    query = query.strip()
    if query and q.person(db, query) is not None:
        return query
    found = q.people_named(db, query)
    live = [r for r in found if not r["deleted_at"]]
    if len(live) == 1:  # a merged duplicate (deleted) of the same name does not count
        return str(live[0]["id"])
    if not found:
        raise PersonNotFound(
            _("Aucune personne ne s'appelle « {query} » dans ce fichier.").format(query=query)
        )
    if len(found) > 1:
        lines = [
            f"  {r['id']}  {r['first_name']} {r['last_name']}"
            + (f"  {r['email']}" if r["email"] else "")
            + ("  (supprimée)" if r["deleted_at"] else "")
            for r in found
        ]
        raise PersonNotFound(
            f"Plusieurs personnes s'appellent « {query} » : donnez l'identifiant de "
            "la bonne.\n" + "\n".join(lines)
        )
    return str(found[0]["id"])
