"""Collect the ``_()``/``N_()`` messages of core, storage, services and imports into the
English catalogue, keep its translations, and compile it.

    python packaging/messages.py          # update resources/locale/en/…/municipaless.po + .mo
    python packaging/messages.py --check  # exit 1 when the .po lacks a message or the .mo is stale

The .po is the translators' file (edit its msgstr); the .mo is generated and committed, so
running the app never needs this script. tests/core/test_i18n.py runs the check.
"""

import argparse
import ast
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "municipaless"
LAYERS = ("core", "storage", "services", "imports")
LOCALE = ROOT / "resources" / "locale"
PO = LOCALE / "en" / "LC_MESSAGES" / "municipaless.po"
MO = PO.with_suffix(".mo")


def collected() -> dict[str, list[str]]:
    """Each message and where it is used (file:line), in source order."""
    found: dict[str, list[str]] = {}
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"), str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value
                ):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.setdefault(node.args[0].value, []).append(where)
    return found


def updated_catalog() -> Catalog:
    old = read_po(PO.open("rb")) if PO.exists() else Catalog(locale="en")
    catalog = Catalog(locale="en", project="MunicipalESS", charset="utf-8", fuzzy=False)
    for message, places in collected().items():
        kept = old.get(message)
        catalog.add(
            message,
            kept.string if kept is not None else "",
            locations=[(p.rpartition(":")[0], int(p.rpartition(":")[2])) for p in places],
        )
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # no locations: the file changes when a message changes, not when a line moves
    write_po(out, catalog, width=100, omit_header=False, sort_output=False, no_location=True)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _stable(po: bytes) -> bytes:
    """The .po without the header's dates, which change at every run."""
    return b"\n".join(
        line for line in po.split(b"\n") if not line.startswith((b'"POT-Creation', b'"PO-Rev'))
    )


def problems() -> list[str]:
    catalog = updated_catalog()
    found = []
    if not PO.exists() or _stable(_po_bytes(catalog)) != _stable(PO.read_bytes()):
        found.append(f"{PO.relative_to(ROOT)} is not up to date: run packaging/messages.py")
    found += [f"no English for: {m.id!r}" for m in catalog if m.id and not m.string]
    if not MO.exists() or MO.read_bytes() != _mo_bytes(read_po(PO.open("rb"))):
        found.append(f"{MO.relative_to(ROOT)} is stale: run packaging/messages.py")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        print("\n".join(found) or "catalogue up to date")
        return 1 if found else 0
    catalog = updated_catalog()
    PO.parent.mkdir(parents=True, exist_ok=True)
    if not PO.exists() or _stable(_po_bytes(catalog)) != _stable(PO.read_bytes()):
        PO.write_bytes(_po_bytes(catalog))
    compiled = _mo_bytes(read_po(PO.open("rb")))
    if not MO.exists() or MO.read_bytes() != compiled:
        MO.write_bytes(compiled)
    untranslated = [m.id for m in catalog if m.id and not m.string]
    for message in untranslated:
        print(f"untranslated: {message!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
