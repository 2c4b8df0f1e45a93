"""Command line: opens the window, or runs a headless command over the services.

Kept free of Qt and heavy imports at module level so `municipaless check` stays instant and the
window's start-up pays only for what it uses (docs/known-traps.md#5).
"""

import argparse
import gc
import sys
from pathlib import Path

from municipaless import __version__
from municipaless.cli_common import FrenchParser, take_over_argument, write_mode

COMMANDS = ("demo", "check", "export", "backup", "merge", "import", "rgpd")
EXIT_CODES = (
    "codes de sortie : 0 fait ; 1 refusé ou problème trouvé (message en français sur la "
    "sortie d'erreur : fichier verrouillé, illisible, fiche introuvable, vérification en "
    "échec) ; 2 argument invalide (option inconnue, période, format, numéro de sauvegarde)"
)


def command_lines() -> tuple[tuple[str, str], ...]:
    """One line per command for `municipaless --help` (each has its own `--help`)."""
    from municipaless.cli_export import EXPORTS
    from municipaless.cli_rgpd import LINES as RGPD_LINES

    return (
        ("demo FICHIER", "écrire un territoire de démonstration"),
        ("check FICHIER [--json]", "version, intégrité et contenu d'un fichier"),
        *((f"export {name} FICHIER -o SORTIE", what) for name, what, _ in EXPORTS),
        ("backup list|create|restore FICHIER", "sauvegardes du fichier"),
        ("merge MIEN SIEN", "fusionner la copie d'un collègue dans un fichier"),
        (
            "import FICHIER SOURCE",
            "importer des structures ou des personnes (CSV, classeur, vCard)",
        ),
        *RGPD_LINES,
    )


def _parser_commands() -> argparse.ArgumentParser:
    from municipaless.cli_backup import add_backup_parser
    from municipaless.cli_export import add_export_parser
    from municipaless.cli_rgpd import add_rgpd_parser

    parser = FrenchParser(
        prog="municipaless", description="MunicipalESS : commandes sans fenêtre.", epilog=EXIT_CODES
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"MunicipalESS {__version__}",
        help="afficher la version et quitter",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="écrire un territoire de démonstration")
    demo.add_argument("path", type=Path)
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    take_over_argument(demo)
    check = sub.add_parser("check", help="version, intégrité et contenu d'un fichier")
    check.add_argument("path", type=Path)
    check.add_argument("--json", action="store_true", help="résultat en JSON sur la sortie")
    add_export_parser(sub)
    add_backup_parser(sub)
    _merge_parser(sub)
    add_rgpd_parser(sub)
    return parser


def _merge_parser(sub) -> None:
    merge = sub.add_parser("merge", help="fusionner la copie d'un collègue dans un fichier")
    merge.add_argument("mine", type=Path, help="votre fichier (modifié)")
    merge.add_argument("theirs", type=Path, help="la copie du collègue (lue seulement)")
    merge.add_argument("--dry-run", action="store_true", help="montrer sans rien écrire")
    merge.add_argument(
        "--prefer", choices=("mine", "theirs"), help="en cas de conflit, garder cette version"
    )
    merge.add_argument(
        "--force",
        action="store_true",
        help="fusionner même une copie qui ne partage aucune fiche avec votre fichier "
        "(un autre territoire, ou un fichier créé à part)",
    )
    take_over_argument(merge)


class _WindowParser(FrenchParser):
    """The window's parser: its epilog lists every command, written only when help is asked
    (the command modules it reads stay off the window's start-up, issue #17)."""

    @property  # type: ignore[override]
    def epilog(self) -> str:
        lines = command_lines()
        width = max(len(usage) for usage, _ in lines)
        return (
            "commandes sans fenêtre (chacune a son --help) :\n"
            + "\n".join(f"  municipaless {usage:<{width}}  {what}" for usage, what in lines)
            + f"\n\n{EXIT_CODES}"
        )

    @epilog.setter
    def epilog(self, value: str | None) -> None:
        pass  # argparse sets it in __init__; ours is always the one above


def _parser_gui() -> argparse.ArgumentParser:
    parser = _WindowParser(
        prog="municipaless",
        usage="%(prog)s [-h] [--version] [--demo] [file]\n"
        f"       %(prog)s {{{','.join(COMMANDS)}}} …",
        description="MunicipalESS : ouvre la fenêtre. Commandes : municipaless "
        + "|".join(COMMANDS),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"MunicipalESS {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument("file", nargs="?", type=Path, help="fichier de territoire à ouvrir")
    parser.add_argument("--demo", action="store_true", help="ouvrir le territoire de démonstration")
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from municipaless.services import demo

    grant = None
    if args.path.exists() and args.path.stat().st_size > 0:
        if not args.force:
            print(
                f"« {args.path} » existe déjà : ajoutez --force pour le remplacer.", file=sys.stderr
            )
            return 1
        grant = _lock_for_replacing(args)  # never replace a file a colleague has open
        args.path.unlink()
    started = time.perf_counter()
    try:
        counts = demo.generate(args.path, scale=args.scale, seed=args.seed)
    finally:
        if grant is not None:
            grant.release()
    elapsed = time.perf_counter() - started
    print(f"Territoire de démonstration écrit dans {args.path} en {elapsed:.1f} s :")
    for table, n in counts.items():
        print(f"  {table:<24} {n:>8}")
    return 0


def _lock_for_replacing(args: argparse.Namespace):
    """The presence lock of a file about to be replaced, held until the new one is written."""
    from municipaless.services.file import LockedByOther, presence
    from municipaless.services.file.places import officer_name
    from municipaless.storage.errors import StorageError

    try:
        grant = presence.acquire(args.path, officer_name(), read_only=False)
    except LockedByOther as exc:
        mode = write_mode(exc, args)
        grant = presence.acquire(args.path, officer_name(), read_only=False, lock=mode.lock)
    if grant.read_only:
        raise StorageError(grant.reason)
    return grant


def cmd_check(args: argparse.Namespace) -> int:
    import json

    from municipaless.services.file.check import check_file

    report = check_file(args.path)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(report.text())
    return 0 if report.ok else 1


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge THEIRS into MINE. MINE opens like in the window: locked, and through a working
    copy written back at the end when it lives on a share or a removable drive."""
    from municipaless.services.file import (
        LockedByOther,
        OpenMode,
        close_territory,
        merge,
        open_territory,
    )
    from municipaless.services.file.places import officer_name
    from municipaless.services.privacy import merge_erasure  # an erasure stays one

    # A dry run opens read-only: nothing can be written, no lock is taken.
    mode = OpenMode.READ_ONLY if args.dry_run else OpenMode.WRITE
    try:
        territory = open_territory(args.mine, officer_name(), mode)
    except LockedByOther as exc:
        territory = open_territory(args.mine, officer_name(), write_mode(exc, args))
    try:
        plan = merge_erasure.preview(territory, args.theirs, force=args.force)
        print("\n".join(merge.summary_lines(plan)))
        if args.dry_run:
            print("Essai à blanc : aucun fichier n'a été modifié.")
            return 0
        if territory.read_only:
            print(territory.read_only_reason or "Fichier en lecture seule.", file=sys.stderr)
            return 1
        if plan.conflicts and not args.prefer:
            print(
                "Des champs sont en conflit : relancez avec --prefer mine (garder les vôtres) "
                "ou --prefer theirs (prendre ceux du collègue), ou fusionnez depuis la fenêtre "
                "pour choisir champ par champ. Rien n'a été modifié.",
                file=sys.stderr,
            )
            return 2
        resolutions = merge.resolutions_for(plan, args.prefer or "mine")
        report = merge_erasure.merge(territory, plan, resolutions, force=args.force)
        print(merge.report_text(report))
        return 0
    finally:
        close_territory(territory)  # a working copy is written back to the share here


def cmd_import(argv: list[str]) -> int:
    from municipaless.services.directory.import_batch import KINDS, ON_PROBLEM, run_import
    from municipaless.services.file.places import officer_name

    parser = FrenchParser(
        prog="municipaless import", description="importer des structures ou des personnes"
    )
    parser.add_argument("path", type=Path, help="fichier de territoire")
    parser.add_argument("source", type=Path, help="fichier à importer (CSV, classeur, vCard)")
    parser.add_argument("--dry-run", action="store_true", help="montrer sans rien écrire")
    parser.add_argument("--kind", choices=KINDS, default="auto")
    parser.add_argument("--on-problem", choices=tuple(ON_PROBLEM), default="abort")
    args = parser.parse_args(argv)
    return run_import(
        args.path, args.source, dry_run=args.dry_run, kind=args.kind,
        on_problem=args.on_problem, officer=officer_name(),
        warn=lambda text: print(text, file=sys.stderr),
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from municipaless.storage.errors import StorageError

    try:
        if argv and argv[0] == "import":
            return cmd_import(argv[1:])
        if argv and argv[0] in COMMANDS:
            from municipaless.cli_backup import cmd_backup
            from municipaless.cli_export import cmd_export
            from municipaless.cli_rgpd import cmd_rgpd

            args = _parser_commands().parse_args(argv)
            commands = {
                "demo": cmd_demo,
                "check": cmd_check,
                "export": cmd_export,
                "backup": cmd_backup,
                "merge": cmd_merge,
                "rgpd": cmd_rgpd,
            }
            return commands[args.command](args)
        args = _parser_gui().parse_args(argv)
        gc.disable()  # no collection while the window is built: main() turns it back on
        from municipaless.ui.shell.app import main as gui_main

        return gui_main(args.file, open_demo=args.demo)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return 1
