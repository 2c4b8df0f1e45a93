"""Anonymising a whole document: ``core.redaction`` applied to every text a reader can see.

An anonymised document is built, then passed through ``redact_document``, rather than each
free text being redacted where it is added: the title, subtitle and properties (``Meta``,
which the writers copy into the file's properties, headers and footers), headings, paragraphs,
lists, table titles, headers, notes and text cells, key figures and chart labels all go
through the same redactor, so a text added to the document later is covered too. Cells of
dates, codes (the project's reference, a SIRET) and numbers are not free text and are kept.

Whom a project's redactor knows: its porteurs, the people met in its case log, and the
commune's referent (a description may name them); its name is an extra term, shown
« [nom du projet] » (it often holds a porteur's name: « Boulangerie Dupont »).
"""

from __future__ import annotations

import dataclasses

from municipaless.core import domain as d
from municipaless.core.redaction import PersonTraits, Redactor, Replacement, Term
from municipaless.documents.model import (
    Block,
    BulletList,
    Chart,
    Document,
    Heading,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Run,
    Section,
    Series,
    Table,
    Value,
)
from municipaless.services import casework
from municipaless.services.file.territory import Territory
from municipaless.storage import casework_queries as q

PROJECT_TOKEN = "[nom du projet]"


def linked_people(territory: Territory, project_id: str) -> list[d.Person]:
    """The porteurs and the people met in the case log (erased people have no name left)."""
    people = {h.person.id: h.person for h in casework.holders(territory, project_id)}
    persons = territory.records["person"]
    for event in q.children(territory.records["case_event"], "project_id", project_id):
        for row in q.children(
            territory.records["case_event_participant"], "case_event_id", event.id
        ):
            if row.person_id and row.person_id not in people:
                people[row.person_id] = persons.get(row.person_id, include_deleted=True)
    return [p for p in people.values() if not p.erased_at]


def project_redactor(
    territory: Territory, project: d.Project, *, with_referent: bool = True
) -> Redactor:
    traits = [PersonTraits.of(p) for p in linked_people(territory, project.id)]
    if with_referent and project.referent.strip():
        traits.append(PersonTraits.from_full_name(project.referent))
    return Redactor(traits, [Term(project.name, PROJECT_TOKEN)])


class _Pass:
    """One walk over a document, gathering what was replaced."""

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self.replacements: list[Replacement] = []

    def text(self, text: str) -> str:
        if not text:
            return text
        result = self.redactor.redact(text)
        self.replacements += result.replacements
        return result.text

    def cell(self, value: Value, kind: str) -> Value:
        return self.text(value) if kind == "text" and isinstance(value, str) else value

    def table(self, t: Table) -> Table:
        kinds = [c.kind for c in t.columns]
        return dataclasses.replace(
            t,
            title=self.text(t.title),
            columns=[dataclasses.replace(c, header=self.text(c.header)) for c in t.columns],
            rows=[[self.cell(v, k) for v, k in zip(row, kinds, strict=True)] for row in t.rows],
            totals=None
            if t.totals is None
            else [self.cell(v, k) for v, k in zip(t.totals, kinds, strict=True)],
            note=self.text(t.note),
            name=self.text(t.name),
        )

    def block(self, b: Block) -> Block:
        if isinstance(b, Heading):
            return Heading(self.text(b.text), b.level)
        if isinstance(b, Paragraph):
            return Paragraph(*(Run(self.text(r.text), r.bold, r.italic) for r in b.runs))
        if isinstance(b, BulletList):
            return BulletList([self.text(i) for i in b.items])
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, KeyFigures):
            return KeyFigures(
                [KeyFigure(self.text(f.label), self.cell(f.value, f.kind), f.kind) for f in b.items]
            )
        if isinstance(b, Chart):
            return dataclasses.replace(
                b,
                title=self.text(b.title),
                categories=[self.text(c) for c in b.categories],
                series=[Series(self.text(s.name), s.values) for s in b.series],
            )
        return b  # a page break


def redact_document(doc: Document, redactor: Redactor) -> tuple[Document, list[Replacement]]:
    """A copy of ``doc`` with every text redacted, and the replacements made (in order)."""
    walk = _Pass(redactor)
    meta = doc.meta
    redacted = dataclasses.replace(
        doc,
        title=walk.text(doc.title),
        subtitle=walk.text(doc.subtitle),
        meta=dataclasses.replace(
            meta,
            commune=walk.text(meta.commune),
            period=walk.text(meta.period),
            filters=walk.text(meta.filters),
        ),
        sections=[Section([walk.block(b) for b in s.blocks], s.orientation) for s in doc.sections],
    )
    return redacted, walk.replacements
