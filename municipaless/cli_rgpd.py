"""``municipaless rgpd …``: the RGPD rights and duties without the window.

- ``rgpd erase FICHIER --person "Nom Prénom"|ID [--yes]``: erase a person (services/privacy/
  erasure.py), then print the report (never the name) and the backups still holding it;
- ``rgpd review FICHIER [--purge-due] [--json] [--today AAAA-MM-JJ]``: what the retention
  rules say is due; ``--purge-due`` anonymises the due dossiers and erases the due people;
- ``rgpd access FICHIER --person … -o OUT [--zip Z]``, ``rgpd register FICHIER -o OUT``,
  ``rgpd notice FICHIER -o OUT [--person …]``: the right of access, the register fiche and the
  mention d'information, each from a file opened read-only (printing never changes the file).

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
    (
        "rgpd access FICHIER --person NOM",
        "droit d'accès : tout ce que le fichier contient sur elle",
    ),
    ("rgpd register FICHIER", "fiche du registre des traitements"),
    ("rgpd notice FICHIER", "mention d'information à remettre aux porteurs"),
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
    _add_read_only_parsers(group)


def _add_read_only_parsers(group: Any) -> None:
    access = group.add_parser(
        "access", help="droit d'accès : tout ce que le fichier contient sur une personne"
    )
    access.add_argument("path", type=Path, help="fichier de territoire (lu seulement)")
    access.add_argument(
        "--person", required=True, help="« Prénom Nom » (ou « Nom Prénom ») ou identifiant"
    )
    access.add_argument("-o", "--output", type=Path, required=True, help="document .docx/.pdf")
    access.add_argument("--zip", type=Path, help="copie lisible par machine (JSON + CSV)")
    access.set_defaults(rgpd_handler=cmd_access)

    register = group.add_parser("register", help="fiche du registre des traitements")
    register.add_argument("path", type=Path, help="fichier de territoire (lu seulement)")
    register.add_argument("-o", "--output", type=Path, required=True, help=".docx, .pdf, .odt")
    register.set_defaults(rgpd_handler=cmd_register)

    notice = group.add_parser("notice", help="mention d'information à remettre aux porteurs")
    notice.add_argument("path", type=Path, help="fichier de territoire (lu seulement)")
    notice.add_argument("-o", "--output", type=Path, required=True, help=".pdf, .docx, .odt")
    notice.add_argument("--person", help="personnaliser avec le nom de cette personne")
    notice.set_defaults(rgpd_handler=cmd_notice)


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


def find_person_id(territory: Any, query: str) -> str | None:
    """The person's id, or None after printing why (nobody, or several: their ids)."""
    from municipaless.services.privacy.access import PersonNotFound
    from municipaless.services.privacy.access import find_person as find

    try:
        return find(territory, query)
    except PersonNotFound as exc:
        print(exc.message, file=sys.stderr)
        return None


def _suffix_ok(path: Path, allowed: tuple[str, ...]) -> bool:
    if path.suffix.lower().lstrip(".") in allowed:
        return True
    print(
        f"« {path.name} » : extension attendue {', '.join('.' + a for a in allowed)}.",
        file=sys.stderr,
    )
    return False


def cmd_access(args: argparse.Namespace) -> int:
    from municipaless.services.file import close_territory
    from municipaless.services.privacy import access, access_export

    if not _suffix_ok(args.output, ("docx", "pdf", "odt")):
        return 2
    if args.zip is not None and not _suffix_ok(args.zip, ("zip",)):
        return 2
    territory = _open(args.path, write=False)
    try:
        person_id = find_person_id(territory, args.person)
        if person_id is None:
            return 1
        report = access.collect(territory, person_id)
        for written in access_export.write_document(territory, report, args.output):
            print(f"Document écrit dans {written}")
        if args.zip is not None:
            print(f"Copie JSON + CSV écrite dans {access_export.write_zip(report, args.zip)}")
    finally:
        close_territory(territory)
    print(access_export.summary(report))
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from municipaless.services.file import close_territory
    from municipaless.services.privacy import register

    if not _suffix_ok(args.output, ("docx", "pdf", "odt")):
        return 2
    territory = _open(args.path, write=False)
    try:
        for written in register.write(territory, args.output):
            print(f"Fiche du registre écrite dans {written}")
    finally:
        close_territory(territory)
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    from municipaless.services.file import close_territory
    from municipaless.services.privacy import notice

    if not _suffix_ok(args.output, ("pdf", "docx", "odt")):
        return 2
    territory = _open(args.path, write=False)
    try:
        person_id = None
        if args.person:
            person_id = find_person_id(territory, args.person)
            if person_id is None:
                return 1
        for written in notice.write(territory, args.output, person_id=person_id):
            print(f"Mention d'information écrite dans {written}")
    finally:
        close_territory(territory)
    if person_id:
        print(
            "La date de remise n'est pas notée par cette commande (fichier lu seulement) : "
            "notez-la depuis la fiche de la personne."
        )
    return 0
