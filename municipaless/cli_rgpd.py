"""`municipaless rgpd …`: personal-data commands (droit d'accès, registre, mention
d'information). Each opens the file read-only: printing a document never changes the file.

Light at import (argparse only): the services load when a command runs (docs/known-traps.md#5).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_rgpd_parser(sub: Any) -> None:
    """The ``rgpd`` command group, each subcommand with its handler in ``handler``."""
    rgpd = sub.add_parser("rgpd", help="données personnelles (RGPD)")
    kinds = rgpd.add_subparsers(dest="rgpd_command", required=True)

    access = kinds.add_parser(
        "access", help="droit d'accès : tout ce que le fichier contient sur une personne"
    )
    access.add_argument("path", type=Path, help="fichier de territoire (lu seulement)")
    access.add_argument(
        "--person", required=True, help="« Prénom Nom » (ou « Nom Prénom ») ou identifiant"
    )
    access.add_argument("-o", "--output", type=Path, required=True, help="document .docx/.pdf")
    access.add_argument("--zip", type=Path, help="copie lisible par machine (JSON + CSV)")
    access.set_defaults(handler=cmd_access)

    register = kinds.add_parser("register", help="fiche du registre des traitements")
    register.add_argument("path", type=Path, help="fichier de territoire (lu seulement)")
    register.add_argument("-o", "--output", type=Path, required=True, help=".docx, .pdf, .odt")
    register.set_defaults(handler=cmd_register)

    notice = kinds.add_parser("notice", help="mention d'information à remettre aux porteurs")
    notice.add_argument("path", type=Path, help="fichier de territoire (lu seulement)")
    notice.add_argument("-o", "--output", type=Path, required=True, help=".pdf, .docx, .odt")
    notice.add_argument("--person", help="personnaliser avec le nom de cette personne")
    notice.set_defaults(handler=cmd_notice)


def run(args: argparse.Namespace) -> int:
    handler = args.handler
    result: int = handler(args)
    return result


def _open(path: Path) -> Any:
    from municipaless.services.file import OpenMode, open_territory

    return open_territory(path, mode=OpenMode.READ_ONLY)


def find_person(territory: Any, query: str) -> str | None:
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
    territory = _open(args.path)
    try:
        person_id = find_person(territory, args.person)
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
    territory = _open(args.path)
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
    territory = _open(args.path)
    try:
        person_id = None
        if args.person:
            person_id = find_person(territory, args.person)
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
