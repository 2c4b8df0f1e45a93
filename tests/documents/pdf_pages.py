"""Reading a written PDF back as a reader would: its lines, its cut words, its lonely headings."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from municipaless.documents import _fr
from municipaless.documents.model import Document, Heading
from municipaless.documents.table_layout import tokens

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """No-break spaces as spaces, a non-breaking hyphen as a hyphen, the typographic
    apostrophe as a straight one (the model's text is typeset on its way to the page), one
    space between words."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-")
    text = text.replace("\u2019", "'")
    return _SPACE.sub(" ", text).strip()


def page_lines(path: Path) -> list[list[str]]:
    """Each page's text lines (header and footer included), normalised."""
    with pdfplumber.open(str(path)) as pdf:
        return [
            [norm(line) for line in (page.extract_text() or "").splitlines() if line.strip()]
            for page in pdf.pages
        ]


def cell_tokens(doc: Document) -> set[str]:
    """Every unbreakable token of every table cell, header and totals of ``doc``."""
    out: set[str] = set()
    for table in doc.tables():
        kinds = [c.kind for c in table.columns]
        for c in table.columns:
            out.update(tokens(c.header))
        for row in [*table.rows, *([table.totals] if table.totals is not None else [])]:
            for value, kind in zip(row, kinds, strict=True):
                out.update(tokens(_fr.cell(value, kind), kind))
    return {norm(t) for t in out if norm(t)}


def cut_words(path: Path, doc: Document) -> list[str]:
    """The cell tokens of ``doc`` found intact on no line of the PDF: cut across two lines."""
    lines = [line for page in page_lines(path) for line in page]
    text = "\n".join(lines)
    return sorted(t for t in cell_tokens(doc) if t not in text)


def lonely_heading_pages(path: Path, doc: Document) -> list[int]:
    """Pages (1-based) whose only text, running header and footer apart, is headings and
    table captions: a heading the reader has to turn the page for."""
    titles = {norm(b.text) for b in doc.blocks() if isinstance(b, Heading)}
    titles |= {norm(t.title) for t in doc.tables()}
    running = {norm(doc.meta.commune), norm(doc.title)}
    out = []
    for n, lines in enumerate(page_lines(path), start=1):
        body = [
            line
            for line in lines[1:]  # the running header: commune and title
            if not re.fullmatch(r"page \d+ / \d+|Établi le .*", line) and line not in running
        ]
        if body and all(line in titles for line in body):
            out.append(n)
    return out
