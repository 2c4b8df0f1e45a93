"""« Marquer créé » moves the étape on to « Création », journalled with the status, and never
moves it back from a later étape."""

import pytest

from municipaless.services import casework
from tests.services.casework_sample import make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _journal(t, project_id: str, field: str) -> list[tuple[str, str]]:
    sql = "SELECT old, new FROM journal WHERE table_name = 'project' AND row_id = ? AND field = ?"
    return [tuple(r) for r in t.tdb.db.execute(sql, [project_id, field]).fetchall()]


def test_marking_created_moves_emergence_to_creation_in_the_journal(s):
    t, p = s.t, s.project
    assert p.stage == "emergence"
    change = casework.mark_created(t, p.id, p.rev, "2025-08-31")
    assert (change.project.status, change.project.stage) == ("cree", "creation")
    assert _journal(t, p.id, "stage")[-1] == ("emergence", "creation")
    assert _journal(t, p.id, "status")[-1][1] == "cree"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("idee", "creation"),
        (None, "creation"),
        ("creation", "creation"),
        ("developpement", "developpement"),  # never back
        ("consolidation", "consolidation"),
    ],
)
def test_the_stage_only_moves_forward(s, before, after):
    t, p = s.t, s.project
    p = casework.change_stage(t, p.id, p.rev, before) if before else p
    if before is None:
        p = casework.update_project(t, p.id, p.rev, {"stage": None})
    change = casework.mark_created(t, p.id, p.rev, "2025-08-31")
    assert change.project.stage == after
