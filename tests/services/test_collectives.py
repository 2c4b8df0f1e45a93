"""Collectifs: members joining and leaving, referents, projects and money, their instance, a
structure's collectifs, the fiche read back (DOCX and PDF) and the bilan's figures."""

import pytest
from pypdf import PdfReader

from municipaless.core.formats import format_money
from municipaless.services import meetings
from municipaless.services.casework import funding
from municipaless.services.cooperation import collective_sheet, collectives
from municipaless.services.meetings import series as meeting_series
from municipaless.services.reports import collective_report
from municipaless.services.reports.disclosure import Mask
from municipaless.storage.activity_queries import Window
from tests.documents.typography_sample import plain
from tests.services.casework_sample import docx_text, make_sample

TODAY = "2026-11-26"


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _ptce(s, **fields):
    values = {"name": "PTCE Val de Drôme", "kind": "ptce", "founded_on": "2024-03-01", **fields}
    return collectives.create_collective(s.t, values)


def test_create_refuses_a_missing_or_taken_name(s):
    with pytest.raises(collectives.CollectiveError) as missing:
        collectives.create_collective(s.t, {"name": "  ", "kind": "ptce"})
    assert "nom" in missing.value.errors["name"]
    first = _ptce(s)
    with pytest.raises(collectives.DuplicateCollective) as twice:
        collectives.create_collective(s.t, {"name": "ptce val de drome"})
    assert twice.value.existing.id == first.id
    assert "« PTCE Val de Drôme » existe déjà" in twice.value.message
    # editing other fields never trips over its own name
    edited = collectives.update_collective(s.t, first.id, first.rev, {"description": "Pôle"})
    assert edited.description == "Pôle"
    with pytest.raises(collectives.CollectiveError) as kind:
        collectives.create_collective(s.t, {"name": "Autre", "kind": "inconnu"})
    assert "inconnu" in kind.value.errors["kind"]


def test_members_join_and_leave_and_the_history_stays(s):
    c = _ptce(s)
    t, orgs = s.t, s.orgs
    bge = collectives.add_member(t, c.id, orgs["BGE"].id, "fondateur", "01/03/2024")
    collectives.add_member(t, c.id, orgs["France"].id, "membre", "2025-01-15")
    collectives.add_member(t, c.id, orgs["Commune"].id, "collectivite", "2024-03-01")
    # a current member twice: refused, in French, with its joining date
    with pytest.raises(collectives.CollectiveError) as twice:
        collectives.add_member(t, c.id, orgs["BGE"].id, "membre", "2026-01-01")
    assert "déjà membre" in twice.value.message and "01/03/2024" in twice.value.message
    # leaving before joining: refused
    with pytest.raises(collectives.CollectiveError) as early:
        collectives.record_leaving(t, bge.id, bge.rev, "2024-02-01")
    assert "précède la date d'entrée" in early.value.errors["left_on"]
    left = collectives.record_leaving(t, bge.id, bge.rev, "2026-06-30")
    assert left.left_on == "2026-06-30"
    rows = collectives.members(t, c.id, TODAY)
    assert [r.current for r in rows] == [True, True, False]  # current first, the past kept
    assert rows[-1].organisation_name.startswith("BGE")
    assert [r.organisation_name.split()[0] for r in rows[:2]] == ["Commune", "France"]
    # it may come back, from its leaving date on, but not before it
    with pytest.raises(collectives.CollectiveError) as back_early:
        collectives.add_member(t, c.id, orgs["BGE"].id, "membre", "2026-05-01")
    assert "joined_on" in back_early.value.errors
    collectives.add_member(t, c.id, orgs["BGE"].id, "membre", "2026-09-01")
    assert len(collectives.members(t, c.id, TODAY)) == 4
    # a colleague's copy added the same line: merged in, it shows once
    t.save(
        "membership",
        {"collective_id": c.id, "organisation_id": orgs["France"].id, "joined_on": "2025-01-15"},
    )
    assert len(collectives.members(t, c.id, TODAY)) == 4


def test_instance_created_named_after_it(s):
    c = _ptce(s)
    series = collectives.create_instance(s.t, c.id)
    assert series.name == "PTCE Val de Drôme" and series.kind == "ptce"
    assert series.code == "PTCE-VAL-DROME"
    assert collectives.get(s.t, c.id).series_id == series.id
    with pytest.raises(collectives.CollectiveError) as again:
        collectives.create_instance(s.t, c.id)
    assert "déjà son instance" in again.value.message
    other = collectives.create_collective(
        s.t, {"name": "La Fabrique du Coin", "kind": "tiers_lieu"}
    )
    libre = collectives.create_instance(s.t, other.id)
    assert libre.kind == "libre" and libre.code == "FABRIQUE-COIN"
    meeting = meetings.create_meeting(s.t, series.id, "2026-10-05T14:00")
    assert collectives.latest_meeting(s.t, c.id).id == meeting.id


def test_instance_name_taken_by_another_instance(s):
    meeting_series.create_series(s.t, "libre", "Réseau des tiers-lieux", "RTL")
    c = collectives.create_collective(s.t, {"name": "Réseau des tiers-lieux", "kind": "reseau"})
    with pytest.raises(collectives.CollectiveError) as taken:
        collectives.create_instance(s.t, c.id)
    assert "existe déjà" in taken.value.message
    found = collectives.same_name_series(s.t, c.id)
    assert found is not None
    assert collectives.attach_instance(s.t, c.id, found.id).series_id == found.id


def test_projects_referents_money_and_a_structures_collectives(s):
    t, c = s.t, _ptce(s, challenges=())
    link = collectives.link_project(t, c.id, s.project.id)
    with pytest.raises(collectives.CollectiveError):
        collectives.link_project(t, c.id, s.project.id)
    funding.add_request(
        t,
        s.project.id,
        {
            "funder_id": s.orgs["Région"].id,
            "asked_cents": 500_000,
            "granted_cents": 400_000,
            "status": "accordee",
            "decided_on": "2026-06-12",
        },
    )
    funding.add_request(t, s.project.id, {"funder_id": s.orgs["Crédit"].id, "asked_cents": 900_000})
    assert collectives.money(t, c.id) == 400_000  # asked only: not money yet
    ref = collectives.add_referent(t, c.id, s.lea.id, "Coordinatrice")
    with pytest.raises(collectives.CollectiveError):
        collectives.add_referent(t, c.id, s.lea.id)
    assert [r.person_name for r in collectives.referents(t, c.id)] == ["Léa Martin"]
    collectives.remove_referent(t, ref.id, ref.rev)
    assert collectives.referents(t, c.id) == []
    other = collectives.create_collective(
        t, {"name": "SCIC Énergies", "kind": "scic", "organisation_id": s.orgs["Crédit"].id}
    )
    assert collectives.collectives_carried_by(t, s.orgs["Crédit"].id) == [
        (other.id, "SCIC Énergies")
    ]
    m = collectives.add_member(t, c.id, s.orgs["BGE"].id, "fondateur", "2024-03-01")
    collectives.add_member(t, other.id, s.orgs["BGE"].id, "partenaire", "2025-05-01")
    collectives.record_leaving(t, m.id, m.rev, "2025-12-31")
    found = collectives.collectives_of_organisation(t, s.orgs["BGE"].id, TODAY)
    assert [(f.name, f.current) for f in found] == [
        ("SCIC Énergies", True),
        ("PTCE Val de Drôme", False),
    ]
    collectives.unlink_project(t, link.id, link.rev)
    assert collectives.money(t, c.id) == 0


def test_list_filters_by_kind_enjeu_and_state(s):
    t = s.t
    enjeu = t.challenges()[0]
    _ptce(s, challenges=(enjeu.id,))
    collectives.create_collective(
        t, {"name": "Tiers-lieu fermé", "kind": "tiers_lieu", "closed_on": "2025-01-01"}
    )

    def names(**filters):
        source = collectives.collective_list(
            t, collectives.collective_where(today=TODAY, **filters)
        )
        return [row[1] for row in source.fetch(0, 50)]

    assert names() == ["PTCE Val de Drôme", "Tiers-lieu fermé"]
    assert names(kind="tiers_lieu") == ["Tiers-lieu fermé"]
    assert names(challenge_id=enjeu.id) == ["PTCE Val de Drôme"]
    assert names(state="active") == ["PTCE Val de Drôme"]
    assert names(state="closed") == ["Tiers-lieu fermé"]
    assert names(text="pole val") == [] and names(text="drome") == ["PTCE Val de Drôme"]


def test_close_and_delete_take_the_lines_along(s):
    t = s.t
    c = _ptce(s)
    with pytest.raises(collectives.CollectiveError) as before:
        collectives.close_collective(t, c.id, c.rev, "2020-01-01")
    assert "précède la date de création" in before.value.errors["closed_on"]
    m = collectives.add_member(t, c.id, s.orgs["BGE"].id, "membre", "2024-03-01")
    c = collectives.close_collective(t, c.id, c.rev, "2026-01-31")
    assert not collectives.is_active(c, TODAY)
    collectives.delete_collective(t, c.id, c.rev)
    assert t.records["membership"].get(m.id, include_deleted=True).deleted_at is not None


def _full(s):
    t = s.t
    c = _ptce(s, description="Un pôle de coopération autour de l'alimentation.")
    for key, role, joined in (
        ("BGE", "fondateur", "2024-03-01"),
        ("France", "membre", "2026-02-01"),
        ("Commune", "collectivite", "2024-03-01"),
    ):
        collectives.add_member(t, c.id, s.orgs[key].id, role, joined)
    gone = collectives.add_member(t, c.id, s.orgs["Crédit"].id, "partenaire", "2024-05-01")
    collectives.record_leaving(t, gone.id, gone.rev, "2026-04-30")
    collectives.add_referent(t, c.id, s.lea.id, "Coordinatrice")
    collectives.link_project(t, c.id, s.project.id)
    funding.add_request(
        t,
        s.project.id,
        {
            "funder_id": s.orgs["Région"].id,
            "asked_cents": 500_000,
            "granted_cents": 1_250_000,
            "status": "accordee",
            "decided_on": "2026-06-12",
        },
    )
    series = collectives.create_instance(t, c.id)
    meetings.create_meeting(t, series.id, "2026-03-10T14:00", place="Tiers-lieu de Privas")
    meetings.create_meeting(t, series.id, "2026-09-22T09:30")
    meetings.create_meeting(t, series.id, "2025-09-01T09:30")  # before the period
    return c


def test_the_fiche_read_back_in_docx_and_pdf(s, tmp_path):
    c = _full(s)
    docx_path = tmp_path / "fiche.docx"
    collective_sheet.write(s.t, c.id, docx_path)
    text = plain(docx_text(docx_path))
    for expected in (
        "Fiche collectif",
        "PTCE Val de Drôme",
        "Pôle territorial de coopération économique (PTCE)",
        "Membres actuels",
        "Anciens membres",
        "Crédit Coopératif",
        "30/04/2026",
        "Léa Martin",
        "Coordinatrice",
        s.project.reference,
        "PTCE-VAL-DROME",
        "Tiers-lieu de Privas",
        "Un pôle de coopération",
    ):
        assert expected in text, expected
    assert plain(format_money(1_250_000)) in text
    pdf_path = tmp_path / "fiche.pdf"
    collective_sheet.write(s.t, c.id, pdf_path)
    pdf = plain("\n".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages))
    for expected in ("Fiche collectif", "PTCE Val de Drôme", "Anciens membres", "Léa Martin"):
        assert expected in pdf, expected


def test_bilan_figures_in_a_period(s):
    c = _full(s)
    window = Window("2026-01-01", "2026-12-31", as_of=TODAY)
    f = collective_report.figures(s.t.tdb.db, window)
    assert f is not None
    (line,) = f.collectives
    assert line.collective_id == c.id
    assert (line.members, line.joined, line.left) == (3, 1, 1)
    assert line.meetings == 2  # the 2025 meeting is outside the period
    assert (f.projects, f.granted_cents) == (1, 1_250_000)
    assert [(k.label.split()[0], k.active, k.founded) for k in f.kinds] == [("Pôle", 1, 0)]
    # a period before it was founded: nothing to report
    assert collective_report.figures(s.t.tdb.db, Window("2023-01-01", "2023-12-31")) is None
    nominative = collective_report.sections(f, Mask.for_document(True), "2026")
    anonymised = collective_report.sections(f, Mask.for_document(False), "2026")
    table = _table(nominative, "Vie des collectifs")
    assert table.rows[0][2:5] == [3, 1, 1]
    masked = _table(anonymised, "Vie des collectifs")
    assert masked.rows[0][2:5] == [3, "< 3", "< 3"]  # one structure joined, one left
    assert masked.totals[2:5] == [3, "< 3", "< 3"]  # the total does not give them back
    assert _table(anonymised, "Collectifs par type (2026)").rows == [[f.kinds[0].label, 1, 0, 0, 2]]


def _table(sections, title):
    return next(b for b in sections[0].blocks if getattr(b, "title", "") == title)


def test_a_small_count_of_members_cannot_be_given_back_by_the_total(tmp_path):
    from municipaless.services.file.territory import Territory
    from municipaless.services.reports import suppression

    t = Territory.create(tmp_path / "m.municipaless", "Marie Dupont")
    try:
        orgs = [t.save("organisation", {"name": f"Structure {n:02d}"}) for n in range(7)]
        big = collectives.create_collective(t, {"name": "Grand réseau", "kind": "reseau"})
        small = collectives.create_collective(t, {"name": "Petit tiers-lieu", "kind": "tiers_lieu"})
        for org in orgs[:5]:
            collectives.add_member(t, big.id, org.id, "membre", "2026-02-01")
        collectives.add_member(t, small.id, orgs[5].id, "membre", "2026-03-01")
        collectives.add_member(t, small.id, orgs[6].id, "membre", "2020-01-01")
        f = collective_report.figures(t.tdb.db, Window("2026-01-01", "2026-12-31", as_of=TODAY))
        table = _table(
            collective_report.sections(f, Mask.for_document(False), "2026"), "Vie des collectifs"
        )
    finally:
        t.close()
    names = [row[0] for row in table.rows]
    joined = {name: row[3] for name, row in zip(names, table.rows, strict=True)}
    assert joined["Petit tiers-lieu"] == "< 3"
    # what a reader sees of the « Entrées » column, and what the figures really are
    truth = {name: c.joined for name, c in zip(names, f.collectives, strict=True)}
    cells = {**truth, "total": f.joined}
    shown = {**joined, "total": table.totals[3]}
    hidden = {
        k: suppression.Hidden.PRIMARY if v == "< 3" else suppression.Hidden.SECONDARY
        for k, v in shown.items()
        if isinstance(v, str)
    }
    equation = suppression.Equation.total(names, "total")
    assert "s" in shown.values()  # 6 joined in all, 5 in the big one: one of them withheld
    assert suppression.pinned(cells, hidden, [equation], 3) == []
