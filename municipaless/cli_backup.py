"""`municipaless backup list|create|restore`: the automatic backups of a file, by script.

The same backups the window's Fichier ▸ Sauvegardes… shows (``services/file/backups.py``):
listing opens the file read-only; creating and restoring open it as the window does (lock,
working copy on a share), and restoring first backs up the current state, as the window does,
so a wrong restore can itself be undone.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from municipaless.cli_common import open_for_writing, take_over_argument


def add_backup_parser(sub: Any) -> None:
    backup = sub.add_parser(
        "backup",
        help="sauvegardes d'un fichier : lister, créer, restaurer",
        description="Les sauvegardes automatiques d'un fichier (celles de Fichier ▸ Sauvegardes…).",
    )
    actions = backup.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="lister les sauvegardes, la plus récente en tête")
    listing.add_argument("path", type=Path, help="fichier de territoire")
    listing.add_argument("--json", action="store_true", help="résultat en JSON sur la sortie")
    create = actions.add_parser("create", help="faire une sauvegarde vérifiée maintenant")
    create.add_argument("path", type=Path, help="fichier de territoire")
    create.add_argument("--json", action="store_true", help="résultat en JSON sur la sortie")
    take_over_argument(create)
    restore = actions.add_parser(
        "restore",
        help="remettre une sauvegarde dans le fichier (l'état actuel est sauvegardé d'abord)",
    )
    restore.add_argument("path", type=Path, help="fichier de territoire")
    restore.add_argument(
        "backup", help="numéro dans « backup list » (1 = la plus récente) ou chemin du fichier"
    )
    restore.add_argument("--yes", action="store_true", help="restaurer sans question")
    take_over_argument(restore)


def _entries(path: Path) -> list[Any]:
    from municipaless.services.file import OpenMode, backups, close_territory, open_territory
    from municipaless.storage.errors import StorageError

    try:
        territory = open_territory(path, mode=OpenMode.READ_ONLY)
    except StorageError:
        if not path.exists():
            raise
        return backups.for_path(path)  # a damaged file: its backups found by its path
    try:
        return backups.for_territory(territory)
    finally:
        close_territory(territory)


def _describe(entry: Any) -> dict[str, Any]:
    return {
        "path": str(entry.path),
        "at": entry.at.isoformat(),
        "reason": entry.reason,
        "reason_label": entry.reason_label,
        "counts": entry.counts,
    }


def _line(number: int, entry: Any) -> str:
    local = entry.at.astimezone()
    counts = entry.counts
    what = ", ".join(
        f"{counts[k]} {label}"
        for k, label in (("organisation", "structures"), ("person", "personnes"))
        if k in counts
    )
    projects = counts.get("project")
    what += f", {projects} projets" if projects is not None else ""
    return f"{number:>3}  {local:%d/%m/%Y %H:%M}  {entry.reason_label:<28} {what}"


def cmd_list(args: argparse.Namespace) -> int:
    entries = _entries(args.path)
    if args.json:
        print(json.dumps([_describe(e) for e in entries], ensure_ascii=False))
        return 0
    if not entries:
        print(f"Aucune sauvegarde de « {args.path.name} » sur ce poste.")
        return 0
    print(f"Sauvegardes de « {args.path.name} » (la plus récente en tête) :")
    for number, entry in enumerate(entries, start=1):
        print(_line(number, entry))
    print(f"Dossier : {entries[0].path.parent}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    from municipaless.services.file import backups, close_territory

    territory = open_for_writing(args.path, args)
    try:
        entry = backups.make(territory, "manual")
    finally:
        close_territory(territory)
    if args.json:
        print(json.dumps(_describe(entry), ensure_ascii=False))
    else:
        print(f"Sauvegarde vérifiée : {entry.path}")
    return 0


def _chosen(args: argparse.Namespace, entries: list[Any]) -> Any:
    if args.backup.isdigit():
        number = int(args.backup)
        if 1 <= number <= len(entries):
            return entries[number - 1]
        print(
            f"Pas de sauvegarde numéro {number} : « backup list » en montre {len(entries)}.",
            file=sys.stderr,
        )
        return None
    wanted = Path(args.backup).resolve()
    found = next((e for e in entries if e.path.resolve() == wanted), None)
    if found is None:
        print(
            f"« {args.backup} » n'est pas une sauvegarde de ce fichier (voir « backup list »).",
            file=sys.stderr,
        )
    return found


def cmd_restore(args: argparse.Namespace) -> int:
    from municipaless.services.file import backups, close_territory

    entry = _chosen(args, _entries(args.path))
    if entry is None:
        return 2
    when = f"{entry.at.astimezone():%d/%m/%Y à %H:%M}"
    if not args.yes:
        print(
            f"Restaurer la sauvegarde du {when} ({entry.reason_label}) remplace le contenu de "
            f"« {args.path.name} » ; l'état actuel est sauvegardé d'abord. Relancez avec --yes "
            "pour confirmer. Rien n'a été modifié.",
            file=sys.stderr,
        )
        return 1
    territory = open_for_writing(args.path, args)
    try:
        safety = backups.restore(territory, entry)
    finally:
        close_territory(territory)  # a working copy is written back to the share here
    print(f"Sauvegarde du {when} restaurée. L'état d'avant est gardé dans : {safety.path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """0 done; 1 refused (lock, read-only file, restore not confirmed); 2 no such backup."""
    return {"list": cmd_list, "create": cmd_create, "restore": cmd_restore}[args.action](args)
