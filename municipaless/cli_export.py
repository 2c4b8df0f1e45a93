"""`municipaless export …`: every document the window writes, from the same services.

Each export opens the file read-only (no lock, nothing written to it, a colleague may have it
open) and names its record the way an officer types it: a project by its reference, a meeting
by its day and instance (« 2026-03-12 COPIL »), an instance by its code; an ambiguous name is
refused with the candidates' ids (``services/file/lookup.py``). ``--json`` prints what was
written for a script.
"""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

DOCUMENTS = ("docx", "pdf", "odt")
SHEETS = ("xlsx", "ods", "csv")
PLAN = ("docx", "xlsx", "pdf", "odt", "ods")  # one sheet per table: no CSV

# name, what it writes, the formats it accepts (the first is the default)
EXPORTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("bilan", "bilan d'activité ESS pour le conseil", (*SHEETS, *DOCUMENTS)),
    ("compte-rendu", "compte rendu d'une réunion", DOCUMENTS),
    ("emargement", "feuille d'émargement d'une réunion", ("pdf",)),
    ("releve", "relevé de décisions d'une réunion", DOCUMENTS),
    ("registre", "registre des décisions (toutes instances, ou une)", (*DOCUMENTS, *SHEETS)),
    ("actions", "tableau de suivi des actions", SHEETS),
    ("guide", "guide des structures d'accompagnement", DOCUMENTS),
    ("fiche-projet", "fiche projet (nominative, ou anonymisée avec --anonyme)", DOCUMENTS),
    ("plan-financement", "plan de financement d'un projet (besoins | ressources)", PLAN),
    ("fiche-liaison", "fiche de liaison d'une orientation", DOCUMENTS),
    ("liste", "une liste : structures, personnes, projets ou réunions", ("xlsx", "csv")),
    ("vcard", "contacts de l'annuaire (vCard)", ("vcf",)),
    ("relances-ics", "relances ouvertes, pour l'agenda (iCalendar)", ("ics",)),
    ("invitation-ics", "invitation à une réunion (iCalendar)", ("ics",)),
)
LISTS = {"structures": "organisation", "personnes": "person", "projets": "project"}
LISTS["reunions"] = "meeting"


def add_export_parser(sub: Any) -> None:
    export = sub.add_parser(
        "export",
        help="exporter un document (lecture seule)",
        description="Écrire un document à partir du fichier, ouvert en lecture seule.",
    )
    kinds = export.add_subparsers(dest="report", required=True, metavar="DOCUMENT")
    parsers = {}
    for name, what, formats in EXPORTS:
        p = kinds.add_parser(name, help=what, description=f"Exporter : {what}.")
        p.add_argument("path", type=Path, help="fichier de territoire (ouvert en lecture seule)")
        p.add_argument("-o", "--output", type=Path, required=True, help="fichier à écrire")
        p.add_argument(
            "--format",
            choices=formats,
            help=f"format ({', '.join(formats)}) ; par défaut celui de l'extension de -o",
        )
        p.add_argument("--json", action="store_true", help="résultat en JSON sur la sortie")
        parsers[name] = p
    bilan = parsers["bilan"]
    bilan.add_argument("--from", dest="date_from", required=True, help="début, AAAA-MM-JJ")
    bilan.add_argument("--to", dest="date_to", required=True, help="fin, AAAA-MM-JJ")
    bilan.add_argument("--communes", default="", help="codes INSEE séparés par des virgules")
    bilan.add_argument("--nominatif", action="store_true", help="ajouter l'annexe nominative")
    for name in ("compte-rendu", "emargement", "releve", "invitation-ics"):
        parsers[name].add_argument(
            "--reunion",
            required=True,
            help="identifiant, ou jour et instance : « 2026-03-12 COPIL »",
        )
    registre = parsers["registre"]
    registre.add_argument("--instance", help="code ou nom de l'instance (par défaut : toutes)")
    registre.add_argument("--annee", type=int, help="année des réunions")
    guide = parsers["guide"]
    guide.add_argument("--besoin", action="append", help="code du besoin (répétable)")
    guide.add_argument("--etape", help="code de l'étape du projet")
    guide.add_argument("--filiere", help="code de la filière")
    guide.add_argument("--commune", help="code INSEE de la commune du projet")
    parsers["fiche-projet"].add_argument(
        "--projet", required=True, help="référence (P-2026-0042), identifiant ou nom"
    )
    parsers["fiche-projet"].add_argument(
        "--anonyme", action="store_true", help="version anonymisée (noms, téléphones… remplacés)"
    )
    parsers["plan-financement"].add_argument(
        "--projet", required=True, help="référence (P-2026-0042), identifiant ou nom"
    )
    parsers["fiche-liaison"].add_argument(
        "--orientation", required=True, help="identifiant, ou référence du projet"
    )
    parsers["liste"].add_argument("liste", choices=tuple(LISTS), help="la liste à exporter")
    vcard = parsers["vcard"]
    vcard.add_argument(
        "--porteurs", action="store_true", help="ajouter les porteurs sans structure"
    )
    vcard.add_argument(
        "--adresses-personnelles",
        action="store_true",
        help="avec --porteurs : ajouter leur adresse personnelle",
    )
    parsers["relances-ics"].add_argument("--projet", help="les relances d'un seul projet")


def _format(args: argparse.Namespace, formats: tuple[str, ...]) -> str:
    fmt = args.format or args.output.suffix.lstrip(".").lower() or formats[0]
    if fmt not in formats:
        raise _Usage(
            f"« {args.output.name} » : format {fmt!r} impossible pour ce document "
            f"(formats : {', '.join(formats)})."
        )
    return fmt


class _Usage(ValueError):
    """A wrong argument, said in French (exit code 2)."""


def _bilan(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    import datetime as dt

    from municipaless import documents
    from municipaless.services.reports import activity_document, activity_report

    try:
        start, end = dt.date.fromisoformat(args.date_from), dt.date.fromisoformat(args.date_to)
        period = activity_report.Period.from_dates(start, end)
    except ValueError as exc:
        raise _Usage(f"Période invalide : {exc}") from exc
    scope = [c.strip() for c in args.communes.split(",") if c.strip()] or None
    report = activity_report.compute(t, period, scope, nominative=args.nominatif)
    doc = activity_document.build(report, nominative=args.nominatif)
    return documents.write(doc, args.output, fmt)


def _meeting(t: Any, args: argparse.Namespace) -> str:
    from municipaless.services.file import lookup

    return lookup.find(t, "meeting", args.reunion)


def _minutes(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.meetings import documents as md

    return md.export_minutes(t, _meeting(t, args), args.output, fmt)


def _signin(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.meetings import documents as md

    return md.export_signin_sheet(t, _meeting(t, args), args.output)


def _decisions(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.meetings import documents as md

    return md.export_decisions(t, args.output, fmt, _meeting(t, args))


def _register(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.file import lookup
    from municipaless.services.meetings import documents as md

    series_id = lookup.find(t, "series", args.instance) if args.instance else None
    return md.export_decisions(t, args.output, fmt, series_id=series_id, year=args.annee)


def _actions(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.meetings import documents as md

    return md.export_action_items_workbook(t, args.output, fmt)


def _guide(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.directory import organisations_guide

    for vocab, codes in (
        ("service", args.besoin or []),
        ("stage", [args.etape] if args.etape else []),
        ("sector", [args.filiere] if args.filiere else []),
    ):
        known = {v.code: v.label for v in t.vocabulary(vocab)}
        for code in codes:
            if code not in known:
                listed = ", ".join(f"{c} ({label})" for c, label in known.items())
                raise _Usage(f"Code inconnu : {code!r}. Codes possibles : {listed}.")
    criteria = {
        "needs": args.besoin or None,
        "stage": args.etape,
        "sector": args.filiere,
        "commune_insee": args.commune,
    }
    return [organisations_guide.write(t, args.output, fmt, **criteria)]


def _project_sheet(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.casework import project_sheet
    from municipaless.services.file import lookup

    project_id = lookup.find(t, "project", args.projet)
    return project_sheet.write(t, project_id, args.output, fmt, nominative=not args.anonyme)


def _funding_plan(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.casework import funding_plan_document
    from municipaless.services.file import lookup

    project_id = lookup.find(t, "project", args.projet)
    return funding_plan_document.write(t, project_id, args.output, fmt)


def _liaison_sheet(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.casework import liaison_sheet
    from municipaless.services.file import lookup

    return liaison_sheet.write(t, lookup.find(t, "referral", args.orientation), args.output, fmt)


def _list(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.reports import list_export

    title = {"structures": "Structures", "personnes": "Personnes"}.get(args.liste)
    title = title or {"projets": "Projets", "reunions": "Réunions"}[args.liste]
    return [list_export.export_list(t, LISTS[args.liste], args.output, fmt=fmt, title=title)]


def _vcard(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.directory import vcard_export

    if args.adresses_personnelles and not args.porteurs:
        raise _Usage("--adresses-personnelles ne vaut qu'avec --porteurs.")
    scope = vcard_export.Scope(holders=args.porteurs, home_address=args.adresses_personnelles)
    count = vcard_export.export(t, args.output, scope=scope)
    _counted(args, count, "contact")
    return [args.output]


def _follow_ups(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.casework import follow_ups
    from municipaless.services.file import lookup

    project_id = lookup.find(t, "project", args.projet) if args.projet else None
    count = follow_ups.export_ics(t, args.output, project_id=project_id)
    _counted(args, count, "relance")
    return [args.output]


def _invitation(t: Any, args: argparse.Namespace, fmt: str) -> list[Path]:
    from municipaless.services.meetings import documents as md

    return [md.export_invitation(t, _meeting(t, args), args.output)]


def _counted(args: argparse.Namespace, count: int, noun: str) -> None:
    from municipaless.core.wording import plural

    args.counted = count
    if not args.json:
        print(f"{plural(count, noun, noun + 's')} dans le fichier.")


HANDLERS: dict[str, Callable[[Any, argparse.Namespace, str], list[Path]]] = {
    "bilan": _bilan,
    "compte-rendu": _minutes,
    "emargement": _signin,
    "releve": _decisions,
    "registre": _register,
    "actions": _actions,
    "guide": _guide,
    "fiche-projet": _project_sheet,
    "plan-financement": _funding_plan,
    "fiche-liaison": _liaison_sheet,
    "liste": _list,
    "vcard": _vcard,
    "relances-ics": _follow_ups,
    "invitation-ics": _invitation,
}


def cmd_export(args: argparse.Namespace) -> int:
    """0 written; 1 the file or the record refused (French message); 2 a wrong argument."""
    from municipaless.services.file import OpenMode, close_territory, lookup, open_territory

    formats = next(f for name, _, f in EXPORTS if name == args.report)
    try:
        fmt = _format(args, formats)
        territory = open_territory(args.path, mode=OpenMode.READ_ONLY)
        try:
            written = HANDLERS[args.report](territory, args, fmt)
        finally:
            close_territory(territory)
    except _Usage as exc:
        print(exc, file=sys.stderr)
        return 2
    except lookup.NotFound as exc:
        print(exc.message, file=sys.stderr)
        return 1
    if args.json:
        result: dict[str, Any] = {"document": args.report, "written": [str(p) for p in written]}
        if hasattr(args, "counted"):
            result["count"] = args.counted
        print(json.dumps(result, ensure_ascii=False))
    else:
        for path in written:
            print(f"Écrit : {path}")
    return 0
