"""What the commands that write share: the colleague's lock, and the flag that takes over a
stale one (the window asks; on the command line the flag is the officer's confirmation)."""

import argparse
import sys
from pathlib import Path
from typing import Any


def take_over_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--take-over-stale-lock",
        action="store_true",
        help="reprendre la main sur un verrou périmé (poste éteint ou application arrêtée : "
        "verrou de ce poste dont le programme n'existe plus, ou pas rafraîchi depuis 10 min)",
    )


def write_mode(exc: Any, args: argparse.Namespace) -> Any:
    """A colleague's lock on a file a command would write: the window's rule, the flag being
    the officer's confirmation. Returns OpenMode.TAKE_OVER or raises a French refusal."""
    from municipaless.services.file import OpenMode
    from municipaless.storage.errors import StorageError

    offer = exc.info.take_over_offer()
    held = f"« {exc.path.name} » est déjà {exc.info.describe()}."
    if not args.take_over_stale_lock:
        advice = (
            " Si ce poste est éteint ou l'application y est arrêtée, relancez avec "
            "--take-over-stale-lock pour reprendre la main."
            if offer
            else " Attendez qu'il soit fermé sur ce poste."
        )
        raise StorageError(f"{held}{advice} Rien n'a été modifié.")
    if not offer:
        raise StorageError(
            f"{held} Ce verrou est à jour (rafraîchi il y a moins de 10 minutes) : il n'a pas "
            "été repris, pour ne pas écrire à deux dans le même fichier. Rien n'a été modifié."
        )
    print(f"{held} Verrou périmé : la main est reprise.", file=sys.stderr)
    return OpenMode.TAKE_OVER


def open_for_writing(path: Path, args: argparse.Namespace) -> Any:
    """The territory opened as the window opens it: locked, through a working copy on a share."""
    from municipaless.services.file import LockedByOther, OpenMode, open_territory
    from municipaless.services.file.places import officer_name

    try:
        return open_territory(path, officer_name(), OpenMode.WRITE)
    except LockedByOther as exc:
        return open_territory(path, officer_name(), write_mode(exc, args))


# French --help and errors ------------------------------------------------------------------
# argparse writes its own words in English (« usage: », « show this help message and exit »,
# « the following arguments are required »): the parsers below say them in French, every
# subcommand included (add_subparsers builds its parsers with the parent's class).
_ERRORS = (
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"unrecognized arguments: (.*)", r"arguments non reconnus : \1"),
    (r"argument (\S+): ", r"argument \1 : "),
    (r"expected one argument", "une valeur est attendue"),
    (r"expected at least one argument", "au moins une valeur est attendue"),
    (r"expected at most one argument", "au plus une valeur est attendue"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"choix invalide : \1 (possibles : \2)"),
    (r"invalid (\w+) value: (.*)", r"valeur invalide : \2"),
    (r"not allowed with argument (.*)", r"incompatible avec l'argument \1"),
    (r"ambiguous option: (\S+) could match (.*)", r"option ambiguë : \1 peut désigner \2"),
    (r"one of the arguments (.*) is required", r"l'un des arguments \1 est obligatoire"),
)


def french_error(message: str) -> str:
    import re

    for english, french in _ERRORS:
        message = re.sub(english, french, message)
    return message


_METAVARS = {
    "path": "FICHIER",
    "file": "FICHIER",
    "output": "SORTIE",
    "source": "SOURCE",
    "mine": "MIEN",
    "theirs": "SIEN",
    "backup": "SAUVEGARDE",
}


class FrenchFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class FrenchParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="afficher cette aide"
        )

    def add_argument(self, *args: Any, **kwargs: Any) -> Any:
        """Value names in French in the help (« FICHIER », « SORTIE »), unless given."""
        name = args[0].lstrip("-").replace("-", "_") if args else ""
        if len(args) == 2 and args[1] == "--output":
            name = "output"
        if name in _METAVARS and "metavar" not in kwargs and "choices" not in kwargs:
            kwargs["metavar"] = _METAVARS[name]
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {french_error(message)}\n")
