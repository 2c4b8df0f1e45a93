"""``municipaless rgpd …``: the RGPD rights and duties without the window.

- ``rgpd erase FICHIER --person "Nom Prénom"|ID [--yes]``: erase a person (services/privacy/
  erasure.py), then print the report (never the name) and the backups still holding it;
- ``rgpd review FICHIER [--purge-due] [--json] [--today AAAA-MM-JJ]``: what the retention
  rules say is due; ``--purge-due`` anonymises the due dossiers and erases the due people.

``add_rgpd_parser(sub)`` builds the whole group; each subcommand is one small ``cmd_*``
function set as its handler, so another right (access, register) is one parser and one
function more. No heavy import at module level (docs/known-traps.md#5).
"""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

LINES = (
    ("rgpd erase FICHIER --person NOM", "effacer une personne (droit à l'effacement)"),
    ("rgpd review FICHIER", "revue de conservation : ce qui arrive à échéance"),
)


def add_rgpd_parser(sub: Any) -> None:
    """The ``rgpd`` group and its subcommands, under the main parser's ``sub``."""
    rgpd = sub.add_parser("rgpd", help="données personnelles (RGPD)")
    group = rgpd.add_subparsers(dest="rgpd_command", required=True)
    erase = group.add_parser("erase", help="effacer définitivement une personne")
    erase.add_argument("path", type=Path)
    erase.add_argument("--person", required=True, help="« Nom Prénom », « Prénom Nom » ou id")
    erase.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    erase.set_defaults(rgpd_handler=cmd_erase)
    review = group.add_parser("review", help="revue annuelle de conservation")
    review.add_argument("path", type=Path)
    review.add_argument("--purge-due", action="store_true", help="purger tout ce qui est dû")
    review.add_argument("--json", action="store_true", help="sortie JSON")
    review.add_argument("--today", type=dt.date.fromisoformat, default=None)
    review.set_defaults(rgpd_handler=cmd_review)


def cmd_rgpd(args: argparse.Namespace) -> int:
    handler = args.rgpd_handler
    code: int = handler(args)
    return code


def _open(path: Path, write: bool) -> Any:
    from municipaless.services.file import LockedByOther, OpenMode, open_territory
    from municipaless.services.file.places import officer_name
    from municipaless.storage.errors import StorageError

    try:
        return open_territory(path, officer_name(), OpenMode.WRITE if write else OpenMode.READ_ONLY)
    except LockedByOther as exc:
        raise StorageError(
            f"« {path.name} » est déjà {exc.info.describe()} : fermez-le d'abord. "
            "Rien n'a été modifié."
        ) from exc


def cmd_erase(args: argparse.Namespace) -> int:
    from municipaless.services.file import close_territory
    from municipaless.services.privacy import erasure

    territory = _open(args.path, write=True)
    try:
        person = erasure.find_person(territory, args.person)
        if not args.yes and not _confirmed(person.display_name):
            print(
                "Effacement non confirmé : relancez avec --yes pour effacer sans question. "
                "Rien n'a été modifié.",
                file=sys.stderr,
            )
            return 2
        report = erasure.erase_person(territory, person.id)
        print("\n".join(report.lines()))
        return 0
    finally:
        close_territory(territory)


def _confirmed(name: str) -> bool:
    if not sys.stdin.isatty():
        return False
    from municipaless.core.text import fold

    typed = input(f"Effacement définitif. Tapez le nom de la personne ({name}) pour confirmer : ")
    return fold(typed) == fold(name)


def cmd_review(args: argparse.Namespace) -> int:
    from municipaless.services.file import close_territory
    from municipaless.services.privacy import erasure, retention

    today = args.today or dt.date.today()
    territory = _open(args.path, write=args.purge_due)
    try:
        due = retention.review(territory, today)
        if args.json:
            rows = [
                {"type": d.table, "id": d.row_id, "libelle": d.label, "derniere_activite": d.last,
                 "motif": d.reason}
                for d in due
            ]  # fmt: skip
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            print(f"{len(due)} fiche(s) à échéance au {today:%d/%m/%Y}.")
            for d in due:
                print(f"- {d.kind} {d.label} ({d.last or 'sans date'}) : {d.reason}")
        if not args.purge_due or not due:
            return 0
        projects = [d.row_id for d in due if d.table == "project"]
        out: list[str] = []
        if projects:
            out += retention.purge_projects(territory, projects, today=today).erasure.lines()
        for d in due:
            if d.table == "person":
                out += erasure.erase_person(territory, d.row_id).lines()
        print("\n".join(out), file=sys.stderr if args.json else sys.stdout)
        return 0
    finally:
        close_territory(territory)
