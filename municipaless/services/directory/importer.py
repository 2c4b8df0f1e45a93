"""Importing structures and people into the annuaire, from CSV, XLSX or vCard.

The use case in four steps, each one a function the wizard and tests call:

1. :func:`load` reads the file (imports/) or refuses it with one French sentence;
2. the officer maps columns to fields (import_mapping.py; vCards need no mapping);
3. :func:`plan` is the dry run: every row checked as a form would check it, every problem
   listed by row, duplicates found within the file and against the annuaire;
4. :func:`apply` writes, after a backup, in ONE transaction: all of it or nothing.

A file with problems imports nothing until the officer chooses what to do with them: only the
valid rows (``VALID_ONLY``), or every row that has a name with the unreadable values moved into
the record's remarks (``KEEP_IN_NOTES``); :func:`apply` refuses otherwise. Duplicates are left
out unless asked for: an import never creates a second France Active.
"""

import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from municipaless.core.domain import Affiliation, Organisation, Person
from municipaless.core.i18n import N_, _
from municipaless.core.text import fold
from municipaless.imports.errors import ImportFileError
from municipaless.imports.reader import read_table
from municipaless.imports.table import Progress, Table
from municipaless.imports.vcard import CardProblem, VCardFile, read_vcards
from municipaless.services.directory import duplicates, import_mapping
from municipaless.services.directory.import_rows import Context, Problem, RowRecords, convert
from municipaless.services.directory.import_vcard import contact_values
from municipaless.storage import bulk
from municipaless.storage import duplicate_queries as dq
from municipaless.storage.errors import ReadOnlyError, StorageError

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory

_Found = TypeVar("_Found")  # what an index of keys gives back (_match)

ALL, VALID_ONLY, KEEP_IN_NOTES = "all", "valid_only", "keep_in_notes"
VCARD_SUFFIXES = (".vcf", ".vcard")
FUZZY_LIMIT = 200  # rows up to which duplicates.matches_for also runs (see _find_duplicates)
READING = "Lecture du fichier"  # the "column" of a problem the reader found
PREVIEW_KEYS = ("person.last_name", "person.first_name", "org.name", "aff.role", "person.email",
                "person.phone", "person.mobile", "person.commune")  # fmt: skip
__all__ = ["ImportFileError", "load", "plan", "apply"]


class ImportRefused(StorageError):
    """The import was not applied (problems not yet decided, read-only file…); nothing written."""


@dataclass
class Source:
    """A file read for import: a table, or vCard contacts."""

    name: str
    table: Table | None = None
    vcards: VCardFile | None = None

    @property
    def is_vcard(self) -> bool:
        return self.vcards is not None

    @property
    def headers(self) -> list[str]:
        if self.table is not None:
            return self.table.headers
        return [import_mapping.BY_KEY[k].label for k in PREVIEW_KEYS]

    @property
    def notes(self) -> list[str]:
        return list(self.table.notes) if self.table is not None else []

    @property
    def card_problems(self) -> list[CardProblem]:
        return list(self.vcards.problems) if self.vcards is not None else []

    def __len__(self) -> int:
        if self.table is not None:
            return len(self.table.rows)
        return len(self.vcards.contacts) if self.vcards else 0

    def preview(self, limit: int = 50) -> list[list[str]]:
        """The first rows as the wizard shows them (for vCards: name, structure, role…)."""
        if self.table is not None:
            return [list(row) for row in self.table.rows[:limit]]
        out = []
        for contact in (self.vcards.contacts if self.vcards else [])[:limit]:
            values, _others = contact_values(contact)
            out.append([values.get(k, "") for k in PREVIEW_KEYS])
        return out


def load(path: Path | str, progress: Progress | None = None) -> Source:
    """Read ``path`` (a table, or vCards by its name); raise ImportFileError when it cannot.

    ``progress`` gets a French line now and then (rows read so far) and may raise to stop.
    """
    path = Path(path)
    if path.suffix.lower() in VCARD_SUFFIXES:
        return Source(path.name, vcards=read_vcards(path, progress))
    return Source(path.name, table=read_table(path, import_mapping.header_words(), progress))


# --- the dry run --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    row: int
    where: str
    label: str
    reason: str  # French: « même SIRET que « France Active », déjà dans l'annuaire »
    existing_id: str | None = None  # None: the same as an earlier row of the file

    @property
    def text(self) -> str:
        return _("{where} — {label} : {reason}").format(
            where=self.where, label=self.label, reason=self.reason
        )


@dataclass
class ImportPlan:
    source: Source
    mapping: list[str]
    rows: list[RowRecords] = field(default_factory=list)
    duplicates: dict[int, Duplicate] = field(default_factory=dict)  # by row number
    org_links: dict[int, str] = field(default_factory=dict)  # row → existing structure id
    people: bool = False

    @property
    def problems(self) -> list[Problem]:
        return [p for row in self.rows for p in row.problems]

    @property
    def rows_with_problems(self) -> list[RowRecords]:
        return [row for row in self.rows if row.problems]

    @property
    def blocked_rows(self) -> list[RowRecords]:
        return [row for row in self.rows if row.blocking]

    @property
    def restored_zeros(self) -> int:
        return sum(row.restored for row in self.rows)

    def importable(self, choice: str, *, with_duplicates: bool = False) -> list[RowRecords]:
        rows = [r for r in self.rows if not r.blocking]
        if choice == VALID_ONLY:
            rows = [r for r in rows if not r.problems]
        if not with_duplicates:
            rows = [r for r in rows if r.row not in self.duplicates]
        return rows

    def summary_lines(self) -> list[str]:
        """The dry run in a few French sentences (the officer's language in the window)."""
        cards = self.source.is_vcard
        unit = _CARDS if cards else _LINES
        read = len(self.rows)
        lines = [
            _pick(read, *(_CARDS_READ if cards else _LINES_READ)).format(
                n=_number(read), name=self.source.name
            )
        ]
        bad, blocked = len(self.rows_with_problems), len(self.blocked_rows)
        if bad:
            lines.append(
                _("{rows} avec des problèmes ({problems} en tout).").format(
                    rows=_n(bad, *unit), problems=_n(len(self.problems), *_PROBLEMS)
                )
            )
        else:
            lines.append(_("Aucun problème : toutes les valeurs sont valides."))
        if blocked:
            lines.append(
                _pick(
                    blocked,
                    N_("{rows} sans nom, impossible à importer."),
                    N_("{rows} sans nom, impossibles à importer."),
                ).format(rows=_n(blocked, *unit))
            )
        if self.duplicates:
            count = len(self.duplicates)
            lines.append(
                _pick(
                    count,
                    N_("{n} doublon probable, laissé de côté sauf si vous le demandez."),
                    N_("{n} doublons probables, laissés de côté sauf si vous le demandez."),
                ).format(n=_number(count))
            )
        if self.restored_zeros:
            count = self.restored_zeros
            lines.append(
                _pick(
                    count,
                    N_("{n} zéro initial rétabli (codes postaux, INSEE)."),
                    N_("{n} zéros initiaux rétablis (codes postaux, INSEE)."),
                ).format(n=_number(count))
            )
        lines += [f"{p.text}" for p in self.source.card_problems]
        return lines


_LINES = (N_("{n} ligne"), N_("{n} lignes"))
_CARDS = (N_("{n} carte"), N_("{n} cartes"))
_LINES_READ = (N_("{n} ligne lue dans « {name} »."), N_("{n} lignes lues dans « {name} »."))
_CARDS_READ = (N_("{n} carte lue dans « {name} »."), N_("{n} cartes lues dans « {name} »."))
_PROBLEMS = (N_("{n} problème"), N_("{n} problèmes"))


def _number(count: int) -> str:
    """« 1 000 » (French grouping)."""
    return f"{count:,}".replace(",", "\u202f")


def _pick(count: int, one: str, many: str) -> str:
    """The singular message for 0 and 1 (French), else the plural, in the officer's language."""
    return _(one if count <= 1 else many)


def _n(count: int, one: str, many: str) -> str:
    """« 1 ligne », « 2 lignes », « 1 000 lignes »: ``one``/``many`` hold ``{n}``."""
    return _pick(count, one, many).format(n=_number(count))


def _context(territory: "Territory") -> Context:
    ctx = Context()
    for key, vocab, codes in (
        ("org.kind", "organisation_kind", ctx.kinds),
        ("org.legal_status", "legal_status", ctx.legal_statuses),
    ):
        entries = territory.vocabulary(vocab)
        for entry in entries:
            codes[fold(entry.code)] = entry.code
        for entry in entries:  # a label wins over another entry's code
            codes[fold(entry.label)] = entry.code
        ctx.labels[key] = tuple(entry.label for entry in entries)
    return ctx


def _raw_rows(
    source: Source, mapping: list[str]
) -> Iterator[tuple[int, str, dict[str, str], dict[str, str], bool]]:
    """``(row number, where, values, columns, is_person)`` for every row of the source."""
    if source.table is not None:
        columns = {key: source.headers[i] for i, key in enumerate(mapping) if key}
        people = any(k in columns for k in import_mapping.PERSON_NAME_KEYS)
        pairs = [(i, key) for i, key in enumerate(mapping) if key]
        for number, cells in zip(source.table.row_numbers, source.table.rows, strict=True):
            values = {key: cells[i] for i, key in pairs if cells[i]}
            yield number, _("Ligne {number}").format(number=number), values, columns, people
        return
    for contact in source.vcards.contacts if source.vcards else []:
        values, is_person = contact_values(contact)
        yield (
            contact.index,
            _("Carte n° {number}").format(number=contact.index),
            values,
            {},
            is_person,
        )


def plan(territory: "Territory", source: Source, mapping: list[str] | None = None) -> ImportPlan:
    """The dry run: nothing is written. ``mapping`` is required for a table."""
    if source.table is not None:
        if mapping is None or len(mapping) != len(source.headers):
            raise ValueError("a table needs one mapping entry per column")
        if reasons := import_mapping.problems(mapping):
            raise ImportRefused(" ".join(reasons))
    result = ImportPlan(source, list(mapping or []))
    ctx = _context(territory)
    doubts = {p.row: p for p in source.table.problems} if source.table is not None else {}
    for number, where, values, columns, people in _raw_rows(source, result.mapping):
        result.people = result.people or people
        row = convert(number, where, values, columns, ctx, people=people)
        if doubt := doubts.get(number):
            message = f"ligne {doubt.line} du fichier, {doubt.message}"
            row.problems.insert(0, Problem(number, where, READING, "", message))
        result.rows.append(row)
    _find_duplicates(territory, result)
    return result


# --- duplicates ---------------------------------------------------------------------------------


def _org_keys(values: Mapping[str, Any]) -> list[str]:
    keys = [f"siret:{values['siret']}"] if values.get("siret") else []
    if values.get("rna"):
        keys.append(f"rna:{values['rna']}")
    if core := duplicates.core_name(values.get("name")):
        keys.append(f"name:{core}")
    return keys


def _person_keys(values: Mapping[str, Any]) -> list[str]:
    first = " ".join(duplicates.name_words(values.get("first_name"), person=True))
    last = " ".join(duplicates.name_words(values.get("last_name"), person=True))
    keys = [f"name:{first}|{last}"] if last or first else []
    emails = [values.get("email"), *(values.get("work_emails") or ())]
    keys += [f"email:{duplicates.normal_email(e)}" for e in emails if e]
    return keys


_SAME_AS_KNOWN = {
    "siret": N_("même SIRET que « {name} », déjà dans l'annuaire"),
    "rna": N_("même n° RNA que « {name} », déjà dans l'annuaire"),
    "name": N_("même nom que « {name} », déjà dans l'annuaire"),
    "email": N_("même e-mail que « {name} », déjà dans l'annuaire"),
}
_SAME_AS_EARLIER = {
    "siret": N_("même SIRET que la {where} du fichier"),
    "rna": N_("même n° RNA que la {where} du fichier"),
    "name": N_("même nom que la {where} du fichier"),
    "email": N_("même e-mail que la {where} du fichier"),
}


def _match(
    keys: list[str],
    index: Mapping[str, _Found],
    siret: str | None = None,
    sirets: Callable[[_Found], str | None] | None = None,
) -> tuple[str, _Found] | None:
    """The first key found in ``index``; a structure with another SIRET is never the same
    one, whatever its name (two establishments of one association share name and SIREN)."""
    for key in keys:
        if key in index:
            other = sirets(index[key]) if sirets and siret else None
            if other and other != siret:
                continue
            return key, index[key]
    return None


def _resembling(
    territory: "Territory", row: RowRecords, sirets: dict[str, str]
) -> Duplicate | None:
    """duplicates.py's French-aware fuzzy match (swapped names, same phone, close spelling),
    at its review threshold: a record that close is left out like an exact duplicate."""
    table = "organisation" if row.person is None else "person"
    values = row.organisation if row.person is None else row.person
    found = duplicates.matches_for(
        territory, table, values or {}, limit=1, threshold=duplicates.REVIEW_THRESHOLD
    )
    if not found:
        return None
    match = found[0]
    siret = (row.organisation or {}).get("siret") if row.person is None else None
    if siret and sirets.get(match.row_id, siret) != siret:
        return None  # another establishment: same SIREN, another SIRET
    why = ", ".join(match.reasons) or f"{match.score} %"
    reason = _("ressemble à « {name} » ({why}), déjà dans l'annuaire").format(
        name=match.label, why=why
    )
    return Duplicate(row.row, row.where, row.label, reason, match.row_id)


def _find_duplicates(territory: "Territory", result: ImportPlan) -> None:
    """Exact matches on normalised keys (SIRET, RNA, name without legal-form words, e-mail)
    against the annuaire, then against earlier rows; and, for people, the existing structure
    each one works for (linked, not duplicated). Small files also get duplicates.py's fuzzy
    match per row; it costs ~10-20 ms a row (SQL candidates + rapidfuzz), minutes for 10,000
    rows, so a big file relies on the normalised keys alone."""
    db = territory.tdb.db
    orgs: dict[str, tuple[str, str]] = {}
    sirets: dict[str, str] = {}  # structure id → SIRET
    for existing in dq.rows(db, "organisation"):
        if existing.get("siret"):
            sirets[existing["id"]] = existing["siret"]
        for key in _org_keys(existing):
            orgs.setdefault(key, (existing["id"], existing["name"]))
    people: dict[str, tuple[str, str]] = {}
    if result.people:
        for existing in dq.rows(db, "person"):
            label = f"{existing.get('first_name') or ''} {existing.get('last_name') or ''}"
            for key in _person_keys(existing):
                people.setdefault(key, (existing["id"], label.strip()))
    seen: dict[str, RowRecords] = {}
    fuzzy = len(result.rows) <= FUZZY_LIMIT
    for row in result.rows:
        if row.blocking:
            continue
        siret = None
        if row.person is None:
            keys, known = _org_keys(row.organisation or {}), orgs
            siret = (row.organisation or {}).get("siret")
        else:
            keys, known = _person_keys(row.person), people
            if row.organisation is not None:
                org_siret = row.organisation.get("siret")
                link = _match(_org_keys(row.organisation), orgs, org_siret,
                              lambda found: sirets.get(found[0]))  # fmt: skip
                if link:
                    result.org_links[row.row] = link[1][0]
        duplicate = None
        if found := _match(keys, known, siret, lambda found: sirets.get(found[0])):
            key, (row_id, name) = found
            reason = _(_SAME_AS_KNOWN[key.split(":")[0]]).format(name=name)
            duplicate = Duplicate(row.row, row.where, row.label, reason, row_id)
        elif earlier := _match(keys, seen, siret, lambda r: (r.organisation or {}).get("siret")):
            key, first = earlier
            reason = _(_SAME_AS_EARLIER[key.split(":")[0]]).format(where=first.where.lower())
            duplicate = Duplicate(row.row, row.where, row.label, reason)
        elif fuzzy:
            duplicate = _resembling(territory, row, sirets)
        if duplicate is not None:
            result.duplicates[row.row] = duplicate
        else:
            for key in keys:
                seen.setdefault(key, row)


# --- applying -----------------------------------------------------------------------------------


@dataclass
class ImportResult:
    organisations: int = 0
    people: int = 0
    affiliations: int = 0
    skipped: list[str] = field(default_factory=list)  # French: which rows were left out, why
    backup: Path | None = None

    def summary(self) -> str:
        parts = [
            _n(self.organisations, N_("{n} structure"), N_("{n} structures")),
            _n(self.people, N_("{n} personne"), N_("{n} personnes")),
        ]
        if self.affiliations:
            parts.append(_n(self.affiliations, N_("{n} fonction"), N_("{n} fonctions")))
        total = self.organisations + self.people + self.affiliations
        text = _pick(
            total,
            N_("Import terminé : {parts} ajoutée à l'annuaire."),
            N_("Import terminé : {parts} ajoutées à l'annuaire."),
        ).format(parts=", ".join(parts))
        if self.skipped:
            skipped = len(self.skipped)
            text += " " + _pick(
                skipped, N_("{n} fiche laissée de côté."), N_("{n} fiches laissées de côté.")
            ).format(n=_number(skipped))
        return text


def _with_kept(notes: str, kept: list[str], today: str) -> str:
    if not kept:
        return notes
    day = date.fromisoformat(today).strftime("%d/%m/%Y")
    block = f"Valeurs non reconnues à l'import du {day} :\n" + "\n".join(f"- {k}" for k in kept)
    return f"{notes}\n\n{block}".strip()


def _records(
    result: ImportPlan, rows: list[RowRecords], choice: str, today: str
) -> tuple[list[Organisation], list[Person], list[Affiliation]]:
    """The Organisation, Person and Affiliation records to insert, ids already chosen."""
    orgs: list[Organisation] = []
    people: list[Person] = []
    jobs: list[Affiliation] = []
    new_org_ids: dict[str, str] = {}
    for row in rows:
        kept = row.kept if choice == KEEP_IN_NOTES else {}
        org_id = None
        if row.organisation is not None:
            org_id = result.org_links.get(row.row)
            if org_id is None:
                keys = _org_keys(row.organisation)
                if row.organisation.get("siret"):  # its SIRET alone says which establishment
                    keys = keys[:1]
                org_id = next((new_org_ids[k] for k in keys if k in new_org_ids), None)
            if org_id is None:
                org_id = str(uuid.uuid4())
                values = {k: v for k, v in row.organisation.items() if v is not None}
                values["notes"] = _with_kept(values.get("notes", ""), kept.get("organisation", []),
                                             today)  # fmt: skip
                orgs.append(Organisation(id=org_id, **values))
                for key in _org_keys(row.organisation):
                    new_org_ids.setdefault(key, org_id)
            elif row.person is not None and kept.get("organisation"):
                kept = {**kept, "person": kept.get("person", []) + kept["organisation"]}
        if row.person is not None:
            person_id = str(uuid.uuid4())
            values = {k: v for k, v in row.person.items() if v is not None}
            values["notes"] = _with_kept(values.get("notes", ""), kept.get("person", []), today)
            people.append(Person(id=person_id, **values))
            if org_id is not None and row.affiliation is not None:
                job = {k: v for k, v in row.affiliation.items() if v is not None}
                jobs.append(
                    Affiliation(
                        id=str(uuid.uuid4()), person_id=person_id, organisation_id=org_id, **job
                    )
                )
    return orgs, people, jobs


def apply(
    territory: "Territory",
    result: ImportPlan,
    *,
    choice: str = ALL,
    with_duplicates: bool = False,
    backup: bool = True,
    today: str | None = None,
) -> ImportResult:
    """Write the planned rows in one transaction, after a backup; ImportRefused if the plan
    has problems and ``choice`` does not say what to do with them."""
    if territory.read_only:
        raise ReadOnlyError(
            "Ce fichier est ouvert en lecture seule : l'import n'est pas possible. "
            + (territory.read_only_reason or "")
        )
    if result.rows_with_problems and choice not in (VALID_ONLY, KEEP_IN_NOTES):
        raise ImportRefused(
            _(
                "{len} ligne(s) ont des problèmes : choisissez d'importer seulement "
                "les lignes valides, ou de garder les valeurs non reconnues en "
                "remarques. Rien n'a été importé."
            ).format(len=len(result.rows_with_problems))
        )
    today = today or date.today().isoformat()
    rows = result.importable(choice, with_duplicates=with_duplicates)
    chosen = {r.row for r in rows}
    out = ImportResult()
    for row in result.rows:
        if row.row not in chosen:
            why = (_("doublon") if row.row in result.duplicates and not row.blocking
                   else _("impossible à importer") if row.blocking else _("problèmes"))  # fmt: skip
            out.skipped.append(
                _("{where} — {label} : {reason}").format(
                    where=row.where, label=row.label, reason=why
                )
            )
    orgs, people, jobs = _records(result, rows, choice, today)
    if backup:
        from municipaless.services.file import backups
        from municipaless.storage.backup import BackupFailed

        try:
            out.backup = backups.before(territory, "import").path
        except (OSError, BackupFailed) as exc:
            raise ImportRefused(
                _("La sauvegarde avant l'import a échoué ({exc}) : rien n'a été importé.").format(
                    exc=exc
                )
            ) from exc
    with bulk.write_many(territory.tdb):  # one transaction, a page cache the size of it
        out.organisations = bulk.insert_many(territory.tdb, "organisation", orgs)
        out.people = bulk.insert_many(territory.tdb, "person", people)
        out.affiliations = bulk.insert_many(territory.tdb, "affiliation", jobs)
        if result.source.table is not None:
            import_mapping.remember(territory, result.source.headers, result.mapping)
    return out
