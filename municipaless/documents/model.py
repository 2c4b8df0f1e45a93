"""A small, format-neutral document model.

A service builds a report once as a :class:`Document`; every writer (docx, xlsx, odt, ods, pdf,
csv) renders the same object. The model holds data, not presentation: money stays in integer
cents, dates in ISO text, percents as fractions, so each writer can use its format's native
types (a real date cell in a spreadsheet, a French-formatted string in Word).

Cell values by column kind:

==========  ==============================================================================
kind        value
==========  ==============================================================================
text        ``str``
code        ``str`` (SIRET, postcode, INSEE: always text)
date        ISO ``str`` ``"2024-03-31"`` (or ``datetime.date``)
money       ``int`` cents
count       ``int``
percent     ``float`` between 0 and 1
change      ``float``, a signed relative change (``0.04`` shown « +4 % », ``-0.1`` « −10 % »)
decimal     ``float`` shown with one decimal (``21.4`` shown « 21,4 »: effet levier)
==========  ==============================================================================

``None`` is an empty cell whatever the kind. A ``str`` in a numeric column (money, count,
percent, change, decimal) is a display text that stands for a value withheld on purpose, e.g.
``"< 3"`` for a small count of people masked in a council export, or ``"n.s."``: every writer
shows it as text, never as a number a spreadsheet could sum back.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["text", "code", "date", "money", "count", "percent", "change", "decimal"]
KINDS: tuple[str, ...] = ("text", "code", "date", "money", "count", "percent", "change", "decimal")
NUMERIC_KINDS: frozenset[str] = frozenset({"money", "count", "percent", "change", "decimal"})
ChartKind = Literal["bar", "stacked_bar", "line", "pie"]
CHART_KINDS: tuple[str, ...] = ("bar", "stacked_bar", "line", "pie")
Value = str | int | float | _dt.date | None


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown value kind {kind!r}, expected one of {KINDS}")


@dataclass(frozen=True)
class Meta:
    """What the council needs to know about where the figures come from.

    ``author``, ``subject`` and ``keywords`` fill the file's properties (what Explorer, Finder
    and a document management system list); empty: the commune, the subtitle, nothing."""

    commune: str = ""
    period: str = ""
    generated: _dt.date = field(default_factory=_dt.date.today)
    filters: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level}")


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph with simple emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]

    def __init__(self, *runs: Run | str) -> None:
        object.__setattr__(self, "runs", tuple(Run(r) if isinstance(r, str) else r for r in runs))

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class BulletList:
    """A list; ``numbered`` lists (an ordre du jour) are numbered by the writer, never by a
    « 1. » typed into the item, so no format shows a bullet and a number together."""

    items: tuple[str, ...]
    numbered: bool = False

    def __init__(self, items: Sequence[str], numbered: bool = False) -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "numbered", numbered)


@dataclass(frozen=True)
class Column:
    """``width``: a relative width in characters, overriding the one measured from the
    values (a blank signature column still needs room)."""

    header: str
    kind: Kind = "text"
    width: float | None = None

    def __post_init__(self) -> None:
        _check_kind(self.kind)


@dataclass
class Table:
    """A titled table; ``name`` (short) names its spreadsheet tab or CSV file, else ``title``.

    ``emphasis``: indexes of rows to draw the reader's eye to (overdue actions), given a light
    red fill by every writer but csv.
    ``row_height_cm``: the height of the body rows in docx (at least) and pdf, e.g. room to
    sign; the other formats ignore it."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Value]]
    totals: Sequence[Value] | None = None
    note: str = ""
    name: str = ""
    emphasis: Sequence[int] = ()
    row_height_cm: float | None = None

    def __post_init__(self) -> None:
        width = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"{self.title}: row {i} has {len(row)} cells, expected {width}")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError(f"{self.title}: totals row has {len(self.totals)} cells")
        if any(not 0 <= i < len(self.rows) for i in self.emphasis):
            raise ValueError(f"{self.title}: emphasis names a row that does not exist")

    @property
    def short_name(self) -> str:
        return self.name or self.title


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: Value
    kind: Kind = "count"

    def __post_init__(self) -> None:
        _check_kind(self.kind)


@dataclass(frozen=True)
class KeyFigures:
    items: tuple[KeyFigure, ...]

    def __init__(self, items: Sequence[KeyFigure | tuple]) -> None:
        figs = tuple(i if isinstance(i, KeyFigure) else KeyFigure(*i) for i in items)
        object.__setattr__(self, "items", figs)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | int | None, ...]

    def __init__(self, name: str, values: Sequence[float | int | None]) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "values", tuple(values))


@dataclass
class Chart:
    """A chart as data. ``value_kind`` says how to read the values (money in cents)."""

    kind: ChartKind
    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    value_kind: Kind = "count"

    def __post_init__(self) -> None:
        if self.kind not in CHART_KINDS:
            raise ValueError(f"unknown chart kind {self.kind!r}")
        _check_kind(self.value_kind)
        self.series = [s if isinstance(s, Series) else Series(*s) for s in self.series]
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"{self.title}: series {s.name!r} does not match categories")


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | BulletList | Table | KeyFigures | Chart | PageBreak


@dataclass
class Section:
    """A run of blocks sharing a page orientation; a new section starts on a new page."""

    blocks: list[Block] = field(default_factory=list)
    orientation: Literal["portrait", "landscape"] = "portrait"

    def __post_init__(self) -> None:
        if self.orientation not in ("portrait", "landscape"):
            raise ValueError(f"unknown orientation {self.orientation!r}")


@dataclass
class Document:
    title: str
    subtitle: str = ""
    meta: Meta = field(default_factory=Meta)
    sections: list[Section] = field(default_factory=list)
    logo: bytes | None = None  # PNG or JPEG bytes
    # A .docx whose styles, page setup, header and footer the Word export reuses (the
    # commune's letterhead); its body is dropped. Other formats ignore it.
    docx_template: bytes | None = None  # the commune's .docx (services/file/settings.py)

    @property
    def author(self) -> str:
        """Who the file's properties name: the commune, never the library that wrote it."""
        return self.meta.author or self.meta.commune

    @property
    def subject(self) -> str:
        return self.meta.subject or self.subtitle

    def blocks(self) -> Iterator[Block]:
        for section in self.sections:
            yield from section.blocks

    def tables(self) -> list[Table]:
        return [b for b in self.blocks() if isinstance(b, Table)]

    def charts(self) -> list[Chart]:
        return [b for b in self.blocks() if isinstance(b, Chart)]
