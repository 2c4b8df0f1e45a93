"""The annuaire's import without the window: ``municipaless import FILE SOURCE``.

The same steps as the wizard (importer.py): read, map the columns (the mapping saved for this
header set, else the wizard's guess), dry run, and print the same report the wizard shows.
Then, unless it is a dry run, apply, deciding on problems as the command line said:

- ``abort`` (the default): a file with problems writes nothing;
- ``skip``: the rows with problems are left out (the wizard's "only the valid rows");
- ``notes``: every row with a name is imported, unreadable values kept in the remarks.

Duplicates are always left out, as in the wizard by default. ``run_import`` returns the exit
status: 0 when nothing needed fixing, 1 when the file had problems (imported or not), 2 when
it could not be imported at all (unreadable, no usable mapping, read-only or locked file).
No argparse here: the command line only turns its arguments into this call.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.core.i18n import _
from municipaless.services.directory import import_mapping
from municipaless.services.directory import importer as di

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory

KINDS = ("auto", "structures", "people")
ON_PROBLEM = {"abort": None, "skip": di.VALID_ONLY, "notes": di.KEEP_IN_NOTES}
_PERSON = ("person.", "aff.")


def choose_mapping(territory: "Territory", headers: list[str], kind: str = "auto") -> list[str]:
    """The saved mapping of this header set when it fits ``kind``, else the guess for it."""
    saved = import_mapping.remembered(territory, headers)
    people = {"auto": None, "structures": False, "people": True}[kind]
    if saved is not None:
        has_person = any(k in import_mapping.PERSON_NAME_KEYS for k in saved)
        if people is None or people == has_person:
            return saved
    mapping = import_mapping.guess(headers, people)
    if people is False:  # a list of people read for its structures: their columns only
        mapping = ["" if m.startswith(_PERSON) else m for m in import_mapping.guess(headers)]
        if "org.name" not in mapping:
            mapping = import_mapping.guess(headers, False)
    return mapping


def report_lines(result: di.ImportPlan) -> list[str]:
    """The wizard's dry run as text: summary, then each problem, then each duplicate."""
    lines = list(result.summary_lines())
    lines += [_("Note : {note}").format(note=n) for n in result.source.notes]
    if result.problems:
        lines.append(_("Problèmes :"))
        lines += [f"  {p.text}" for p in result.problems]
    if result.duplicates:
        lines.append(_("Doublons probables :"))
        lines += [f"  {d.text}" for d in result.duplicates.values()]
    return lines


def run_import(
    territory_path: Path | str,
    source_path: Path | str,
    *,
    dry_run: bool = False,
    kind: str = "auto",
    on_problem: str = "abort",
    officer: str = "",
    say: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
) -> int:
    """Import ``source_path`` into the territory file; the exit status (see the docstring)."""
    from municipaless.services.file import LockedByOther, OpenMode, close_territory, open_territory

    if kind not in KINDS or on_problem not in ON_PROBLEM:
        raise ValueError(f"kind {kind!r} / on_problem {on_problem!r}")
    try:
        source = di.load(source_path)
    except di.ImportFileError as exc:
        warn(exc.message)
        return 2
    if not len(source):
        warn(f"Le fichier « {source.name} » ne contient aucune ligne à importer.")
        return 2
    try:
        mode = OpenMode.READ_ONLY if dry_run else OpenMode.WRITE
        territory = open_territory(territory_path, officer, mode)
    except LockedByOther as exc:
        warn(f"{exc.message} Rien n'a été importé.")
        return 2
    try:
        mapping = None
        if source.table is not None:
            mapping = choose_mapping(territory, source.headers, kind)
            if reasons := import_mapping.problems(mapping):
                warn(" ".join(reasons) + " Rien n'a été importé.")
                return 2
            say("Colonnes : " + " ; ".join(
                f"{h} → {import_mapping.BY_KEY[m].label}"
                for h, m in zip(source.headers, mapping, strict=True) if m
            ))  # fmt: skip
        result = di.plan(territory, source, mapping)
        for line in report_lines(result):
            say(line)
        status = 1 if result.rows_with_problems else 0
        if dry_run:
            say("Essai à blanc : rien n'a été importé.")
            return status
        choice = ON_PROBLEM[on_problem]
        if result.rows_with_problems and choice is None:
            warn(
                "Le fichier a des problèmes : rien n'a été importé. Corrigez-le, ou relancez "
                "avec --on-problem skip (sans les lignes à problème) ou --on-problem notes "
                "(valeurs illisibles gardées en remarques)."
            )
            return status
        if territory.read_only:
            warn(territory.read_only_reason or "Fichier en lecture seule : rien n'a été importé.")
            return 2
        done = di.apply(territory, result, choice=choice or di.ALL)
        say(done.summary())
        if done.backup is not None:
            say(f"Sauvegarde faite avant l'import : {done.backup}")
        return status
    finally:
        close_territory(territory)  # a working copy goes back to the share
