"""Command line: opens the window, or runs a headless command over the services.

Kept free of Qt and heavy imports at module level so `municipaless check` stays instant and the
window's start-up pays only for what it uses (KNOWN-TRAPS 5).
"""

import argparse
import sys
from pathlib import Path

from municipaless import __version__

COMMANDS = ("demo", "check", "export", "merge")


def _parser_commands() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="municipaless", description="MunicipalESS : commandes sans fenêtre."
    )
    parser.add_argument("--version", action="version", version=f"MunicipalESS {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="écrire un territoire de démonstration")
    demo.add_argument("path", type=Path)
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    check = sub.add_parser("check", help="version, intégrité et contenu d'un fichier")
    check.add_argument("path", type=Path)
    _export_parser(sub)
    _merge_parser(sub)
    return parser


def _merge_parser(sub) -> None:
    merge = sub.add_parser("merge", help="fusionner la copie d'un collègue dans un fichier")
    merge.add_argument("mine", type=Path, help="votre fichier (modifié)")
    merge.add_argument("theirs", type=Path, help="la copie du collègue (lue seulement)")
    merge.add_argument("--dry-run", action="store_true", help="montrer sans rien écrire")
    merge.add_argument(
        "--prefer", choices=("mine", "theirs"), help="en cas de conflit, garder cette version"
    )


def _export_parser(sub) -> None:
    export = sub.add_parser("export", help="exporter un rapport")
    kinds = export.add_subparsers(dest="report", required=True)
    bilan = kinds.add_parser("bilan", help="bilan d'activité ESS pour le conseil")
    bilan.add_argument("path", type=Path, help="fichier de territoire (ouvert en lecture seule)")
    bilan.add_argument("--from", dest="date_from", required=True, help="début, AAAA-MM-JJ")
    bilan.add_argument("--to", dest="date_to", required=True, help="fin, AAAA-MM-JJ")
    bilan.add_argument("--format", choices=("docx", "xlsx", "pdf", "odt", "ods", "csv"))
    bilan.add_argument("-o", "--output", type=Path, required=True)
    bilan.add_argument("--communes", default="", help="codes INSEE séparés par des virgules")
    bilan.add_argument("--nominatif", action="store_true", help="ajouter l'annexe nominative")


def _parser_gui() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="municipaless",
        description="MunicipalESS : ouvre la fenêtre. Commandes : municipaless demo|check|export",
    )
    parser.add_argument("--version", action="version", version=f"MunicipalESS {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="fichier de territoire à ouvrir")
    parser.add_argument("--demo", action="store_true", help="ouvrir le territoire de démonstration")
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from municipaless.services import demo

    if args.path.exists() and args.path.stat().st_size > 0:
        if not args.force:
            print(
                f"« {args.path} » existe déjà : ajoutez --force pour le remplacer.", file=sys.stderr
            )
            return 1
        args.path.unlink()
    started = time.perf_counter()
    counts = demo.generate(args.path, scale=args.scale, seed=args.seed)
    elapsed = time.perf_counter() - started
    print(f"Territoire de démonstration écrit dans {args.path} en {elapsed:.1f} s :")
    for table, n in counts.items():
        print(f"  {table:<24} {n:>8}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from municipaless.services.file.check import check_file

    report = check_file(args.path)
    print(report.text())
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from municipaless import documents
    from municipaless.services.file.territory import Territory
    from municipaless.services.reports import activity_document, activity_report

    try:
        start, end = dt.date.fromisoformat(args.date_from), dt.date.fromisoformat(args.date_to)
        period = activity_report.Period.from_dates(start, end)
    except ValueError as exc:
        print(f"Période invalide : {exc}", file=sys.stderr)
        return 2
    scope = [c.strip() for c in args.communes.split(",") if c.strip()] or None
    territory = Territory.open(args.path, read_only=True)
    try:
        report = activity_report.compute(territory, period, scope, nominative=args.nominatif)
    finally:
        territory.close()
    doc = activity_document.build(report, nominative=args.nominatif)
    fmt = args.format or args.output.suffix.lstrip(".").lower() or "xlsx"
    for written in documents.write(doc, args.output, fmt):
        print(f"Bilan écrit dans {written}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from municipaless.services.file import merge
    from municipaless.services.file.places import officer_name
    from municipaless.services.file.territory import Territory

    read_only = args.dry_run  # a dry run opens read-only: nothing can be written
    lock = "none" if read_only else "acquire"
    territory = Territory.open(args.mine, officer_name(), read_only=read_only, lock=lock)
    try:
        plan = merge.preview(territory, args.theirs)
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
        print(merge.report_text(merge.merge(territory, plan, resolutions)))
        return 0
    finally:
        territory.close()


def cmd_import(argv: list[str]) -> int:
    from municipaless.services.directory.import_batch import KINDS, ON_PROBLEM, run_import
    from municipaless.services.file.places import officer_name

    parser = argparse.ArgumentParser(
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
            args = _parser_commands().parse_args(argv)
            commands = {
                "demo": cmd_demo,
                "check": cmd_check,
                "export": cmd_export,
                "merge": cmd_merge,
            }
            return commands[args.command](args)
        args = _parser_gui().parse_args(argv)
        from municipaless.ui.shell.app import main as gui_main

        return gui_main(args.file, open_demo=args.demo)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return 1
