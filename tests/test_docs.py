"""The design notes live in docs/, inside the repository, and every pointer to them resolves.

Comments cite ``docs/known-traps.md#N`` (a measured trap, numbered for good) and
a section of ``docs/design.md``. The notes used to live outside the repository, under names a
newcomer could not open; this test fails when one of those old pointers comes back.
"""

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
SCANNED = ["municipaless", "tests", "packaging", "docs", "README.md", "ARCHITECTURE.md"]
# Spelled in pieces so this file does not match itself.
FORBIDDEN = ["../" + "shared", "shared/" + "DESIGN", "KNOWN" + "-TRAPS", "DESIGN" + ".md"]
POINTER = re.compile(r"docs/(known-traps|design)\.md#([a-z0-9-]+)")


def _texts():
    for name in SCANNED:
        top = ROOT / name
        for path in [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            try:
                yield path, path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # images, compiled translations


def _anchors(doc: Path) -> set[str]:
    text = doc.read_text(encoding="utf-8")
    ids = set(re.findall(r'<a id="([\w-]+)"></a>', text))
    for heading in re.findall(r"^#{2,3} (.+)$", text, flags=re.MULTILINE):
        ids.add(re.sub(r"[^\w -]", "", heading.lower()).strip().replace(" ", "-"))
    return ids


def test_no_file_points_outside_the_repository():
    offenders = [
        f"{path.relative_to(ROOT)}: {word}"
        for path, text in _texts()
        for word in FORBIDDEN
        if word in text
    ]
    assert offenders == []


def test_every_pointer_to_the_docs_resolves():
    anchors = {name: _anchors(ROOT / "docs" / f"{name}.md") for name in ("known-traps", "design")}
    broken = [
        f"{path.relative_to(ROOT)}: docs/{name}.md#{anchor}"
        for path, text in _texts()
        for name, anchor in POINTER.findall(text)
        if anchor not in anchors[name]
    ]
    assert broken == []


def test_the_sixteen_traps_keep_their_numbers():
    assert {str(n) for n in range(1, 17)} <= _anchors(ROOT / "docs" / "known-traps.md")
