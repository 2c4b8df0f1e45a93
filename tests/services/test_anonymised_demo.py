"""Every anonymised document of a demo territory, as a Document (the writers are checked by
test_anonymised_exports.py): no fiche projet names its linked people — each description is
given its porteurs' names unaccented and in capitals, their e-mails and mobiles first — and the
anonymised bilan carries no free text of projects or people at all (its texts are
vocabularies, communes, structures and instances), while the nominative annex names them."""

import datetime as dt
import re
import unicodedata

import pytest

from municipaless.core.text import fold
from municipaless.documents.model import (
    BulletList,
    Chart,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Table,
)
from municipaless.services import demo
from municipaless.services.casework import anonymising, project_sheet
from municipaless.services.file.territory import Territory
from municipaless.services.reports import activity_document, activity_report

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def territory(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    demo.generate(path, "tiny", seed=4, today=TODAY)
    t = Territory._open_local(path)
    for project in t.records["project"].where():
        people = anonymising.linked_people(t, project.id)
        said = [
            f"{_plain(p.first_name)} {p.last_name.upper()} {p.email or ''} {p.mobile or ''}"
            for p in people
        ]
        changes = {"description": f"Contacts : {'; '.join(said)}. {project.description}"}
        t.save("project", changes, row_id=project.id, rev=project.rev)
    yield t
    t.close()


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def texts(doc: Document) -> str:
    parts = [doc.title, doc.subtitle, doc.meta.commune, doc.meta.period, doc.meta.filters]
    for b in doc.blocks():
        if isinstance(b, Heading | Paragraph):
            parts.append(b.text)
        elif isinstance(b, BulletList):
            parts += b.items
        elif isinstance(b, Table):
            parts += [b.title, b.note, b.name, *(c.header for c in b.columns)]
            parts += [str(v) for row in b.rows for v in row if v is not None]
        elif isinstance(b, KeyFigures):
            parts += [f"{f.label} {f.value}" for f in b.items]
        elif isinstance(b, Chart):
            parts += [b.title, *b.categories, *(s.name for s in b.series)]
    return "\n".join(parts)


def _words(text: str) -> str:
    # « Saint-Julien » is a place: a lone name part after Saint- is kept on purpose
    return " " + re.sub(r"\bsaint \w+", " ", fold(text)) + " "


def test_no_fiche_projet_names_its_people(territory):
    projects = territory.records["project"].where()
    assert len(projects) >= 5
    leaks, seen = [], []
    for project in projects:
        doc = project_sheet.build(territory, project.id, nominative=False, today=TODAY)
        words = _words(texts(doc))
        people = anonymising.linked_people(territory, project.id)
        names = [n for p in people for n in (p.first_name, p.last_name, p.email) if n]
        leaks += [(project.reference, n) for n in names if f" {fold(n)} " in words]
        assert f" {fold(project.reference)} " in words
        nominative = _words(texts(project_sheet.build(territory, project.id, nominative=True)))
        seen += [n for n in names if f" {fold(n)} " in nominative]
    assert leaks == []
    assert len(seen) >= 2 * len(projects)  # the names were there to find


def test_anonymised_bilan_has_no_free_text_of_projects_or_people(territory):
    period = activity_report.Period.year(TODAY.year)
    anonymised = texts(
        activity_document.build(activity_report.compute(territory, period, today=TODAY))
    )
    report = activity_report.compute(territory, period, nominative=True, today=TODAY)
    nominative = texts(activity_document.build(report, nominative=True))
    holders = {h.person_id for h in territory.records["project_holder"].where()}
    people = [p for p in territory.records["person"].where() if p.id in holders]
    full_names = [f"{p.first_name} {p.last_name}" for p in people]
    projects = [p.name for p in territory.records["project"].where()]
    assert report.annex and any(f" {fold(n)} " in _words(nominative) for n in full_names)
    words = _words(anonymised)
    assert [n for n in full_names + projects if f" {fold(n)} " in words] == []
    emails_and_phones = [x for p in people for x in (p.email, p.phone, p.mobile) if x]
    assert [x for x in emails_and_phones if x in anonymised] == []
