"""Command line: opens the window, or runs a headless command over the services.

Kept free of Qt and heavy imports at module level so `municipaless check` stays instant and the
window's start-up pays only for what it uses (KNOWN-TRAPS 5).
"""

import argparse
import sys
from pathlib import Path

from municipaless import __version__

COMMANDS = ("demo", "check")


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
    return parser


def _parser_gui() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="municipaless",
        description="MunicipalESS : ouvre la fenêtre. Commandes : municipaless demo|check --help",
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
    from municipaless.services.check import check_file

    report = check_file(args.path)
    print(report.text())
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from municipaless.storage.errors import StorageError

    try:
        if argv and argv[0] in COMMANDS:
            args = _parser_commands().parse_args(argv)
            return {"demo": cmd_demo, "check": cmd_check}[args.command](args)
        args = _parser_gui().parse_args(argv)
        from municipaless.ui.app import main as gui_main

        return gui_main(args.file, open_demo=args.demo)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return 1
