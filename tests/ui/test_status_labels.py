"""The window and the documents show one French label per status (core/statuses.py)."""

from municipaless.core import statuses
from municipaless.core.statuses import ActionItemStatus, DecisionStatus
from municipaless.services import meetings
from municipaless.services.meetings import documents
from municipaless.ui.common.labels import code_label, coded_fields
from municipaless.ui.meetings.action_items_panel import status_labels
from tests.services.meetings_sample import make_territory


def _cells(doc) -> set[str]:
    found = set()
    for section in doc.sections:
        for block in section.blocks:
            for row in getattr(block, "rows", ()):
                found.update(str(cell) for cell in row)
    return found


def test_coded_fields_show_the_core_label():
    for field in coded_fields():
        for member in statuses.BY_FIELD[field]:
            assert code_label(field, member) == member.label


def test_a_new_file_seeds_the_core_labels_the_window_shows(tmp_path):
    t, _, _ = make_territory(tmp_path / "t.mes")
    for field, kind in statuses.BY_FIELD.items():
        if field in coded_fields():
            continue
        assert {v.code: v.label for v in t.vocabulary(field)} == {m.value: m.label for m in kind}
    assert status_labels(t) == {m.value: m.label for m in ActionItemStatus}


def test_the_minutes_show_the_labels_the_window_shows(tmp_path):
    t, _, _ = make_territory(tmp_path / "t.mes")
    m = meetings.create_meeting(t, None, "2026-02-02")
    for status in ActionItemStatus:
        action = meetings.add_action(t, m.id, f"Action {status.value}", due_on="2026-12-31")
        if status != ActionItemStatus.TODO:
            meetings.set_action_status(t, action.id, action.rev, status)
    decision = meetings.add_decision(t, m.id, "Lancer l'appel à projets")
    meetings.set_decision_status(t, decision.id, decision.rev, DecisionStatus.LAPSED)
    cells = _cells(documents.minutes_document(t, m.id))
    ui = status_labels(t)
    for status in ActionItemStatus:
        assert ui[status] in cells
    assert code_label("decision_status", DecisionStatus.LAPSED) in cells
