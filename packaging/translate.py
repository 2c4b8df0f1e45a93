"""Fill the French .ts from tab-separated "source<TAB>translation" files, safely in parallel
(the English .ts takes each English source as it is).

    python packaging/translate.py my-strings.tsv [more.tsv …]

Runs lupdate (``build_assets.update_ts``), fills every unfinished message whose source appears in
a TSV (a line "Context<TAB>source<TAB>translation" targets one context only; ``\\n`` and ``\\t``
are escapes), runs lupdate again so the file keeps lupdate's own layout, compiles the .qm, then
prints the sources still untranslated. An exclusive lock makes concurrent runs take turns.
"""

import fcntl
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_assets  # noqa: E402

LOCK = Path(tempfile.gettempdir()) / "municipaless-translate.lock"


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tsv(paths: list[Path]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    anywhere: dict[str, str] = {}
    in_context: dict[tuple[str, str], str] = {}
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = [_unescape(p) for p in line.split("\t")]
            if len(parts) == 2:
                anywhere[parts[0]] = parts[1]
            elif len(parts) == 3:
                in_context[(parts[0], parts[1])] = parts[2]
            else:
                raise SystemExit(f"{path}: expected 2 or 3 tab-separated columns: {line!r}")
    return anywhere, in_context


def fill(ts_file: Path, anywhere: dict[str, str], in_context: dict) -> list[tuple[str, str]]:
    """Fill the unfinished messages of one .ts; English (the source language) takes each
    source as it is, so its catalogue is complete by construction."""
    english = ts_file.stem.endswith("_en")
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = translation.get("type") is None and (translation.text or "").strip()
            if done:
                continue
            text = source if english else in_context.get((name, source), anywhere.get(source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append((name, source))
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    anywhere, in_context = read_tsv([Path(a) for a in argv])
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        build_assets.update_ts()
        missing = []
        for ts_file in sorted(build_assets.TRANSLATIONS_DIR.glob("*.ts")):
            missing += fill(ts_file, anywhere, in_context)
        build_assets.update_ts()
        build_assets.build()
    for context, source in missing:
        print(f"untranslated: {context}\t{source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
