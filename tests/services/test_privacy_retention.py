"""Retention review and in-place purge: what is due, what is kept, figures unchanged."""

import datetime as dt

import pytest

from municipaless.services.file import OpenMode, open_territory
from municipaless.services.privacy import retention
from municipaless.storage.errors import StorageError
from tests.services.erasure_sample import bilan, write_demo

REVIEW_DAY = dt.date(2030, 6, 1)  # the demo's dossiers (2023-2026) are then old enough


@pytest.fixture
def territory(tmp_path):
    t = open_territory(write_demo(tmp_path / "t.municipaless"), "Agent ESS", OpenMode.WRITE)
    yield t
    t.close()


def test_review_lists_old_closed_dossiers_and_unlinked_people(territory):
    t = territory
    assert retention.review(t, dt.date(2026, 1, 15)) == []  # nothing is old enough yet
    loner = t.save("person", {"first_name": "Gaspard", "last_name": "Quintavalle"})
    due = retention.review(t, REVIEW_DAY)
    projects = [d for d in due if d.table == "project"]
    assert projects and all(d.last < "2025-06-01" for d in projects)
    for d in projects:
        assert t.records["project"].get(d.row_id).status in ("clos", "abandonne")
    people = {d.row_id for d in due if d.table == "person"}
    assert loner.id in people
    org = t.records["organisation"].where(limit=1)[0]
    t.save("affiliation", {"person_id": loner.id, "organisation_id": org.id})
    assert loner.id not in {d.row_id for d in retention.review(t, REVIEW_DAY)}


def test_a_kept_record_comes_back_after_its_date(territory):
    t = territory
    first = retention.review(t, REVIEW_DAY)[0]
    with pytest.raises(StorageError, match="pourquoi"):
        retention.keep(t, "project", first.row_id, " ", dt.date(2031, 1, 1), today=REVIEW_DAY)
    retention.keep(
        t, "project", first.row_id, "Contentieux en cours", dt.date(2031, 1, 1), today=REVIEW_DAY
    )
    assert first.row_id not in {d.row_id for d in retention.review(t, REVIEW_DAY)}
    assert first.row_id in {d.row_id for d in retention.review(t, dt.date(2031, 6, 1))}


def test_purging_dossiers_keeps_every_figure_of_past_bilans(territory, capsys):
    t = territory
    due = [d for d in retention.review(t, REVIEW_DAY) if d.table == "project"]
    target = t.records["project"].get(due[0].row_id)
    loner = t.save("person", {"first_name": "Gaspard", "last_name": "Quintavalle"})
    linked = t.save("person", {"first_name": "Bérangère", "last_name": "Ollivier-Tessier"})
    org = t.records["organisation"].where(limit=1)[0]
    t.save("affiliation", {"person_id": linked.id, "organisation_id": org.id})
    for person in (loner, linked):
        t.save("project_holder", {"project_id": target.id, "person_id": person.id})
    t.save(
        "project",
        {"close_reason": "Gaspard Quintavalle a déménagé", "description": "Épicerie de Gaspard"},
        row_id=target.id,
        rev=target.rev,
    )
    t.save("follow_up", {"project_id": target.id, "due_on": "2024-01-10",
                         "what": "Appeler Bérangère OLLIVIER-TESSIER"})  # fmt: skip
    figures = bilan(t)
    report = retention.purge_projects(t, [d.row_id for d in due], today=REVIEW_DAY)
    after = bilan(t)
    with capsys.disabled():
        print(f"\n[retention] {len(due)} dossiers purged; 3 bilans identical: {after == figures}")
    assert after == figures
    assert len(report.projects) == len(due) and report.kept_people >= 1
    purged = t.records["project"].get(target.id)
    assert purged.name == f"Dossier {purged.reference}" and purged.purged_at
    assert purged.description == "" and "Quintavalle" not in purged.close_reason
    assert (purged.status, purged.commune_insee, purged.sector) == (
        target.status,
        target.commune_insee,
        target.sector,
    )
    assert t.records["person"].get(loner.id).erased_at  # no other live link: erased
    kept = t.records["person"].get(linked.id)
    assert not kept.erased_at and kept.last_name == "Ollivier-Tessier"
    follow = t.records["follow_up"].where("project_id = ?", [target.id])
    assert "Appeler [personne effacée]" in [f.what for f in follow]
    assert {d.row_id for d in retention.review(t, REVIEW_DAY)}.isdisjoint(report.projects)
    assert not {d.row_id for d in retention.review(t, REVIEW_DAY)} & {d.row_id for d in due}
    assert t.quick_check() == ""
