"""The quorum counts against the people invited: an instance's number larger than the
invitation list is lowered to it (« 3 sur 5 requis » with 5 invited, never « sur 6 »)."""

import pytest

from municipaless.services import meetings
from municipaless.services.meetings import series as meeting_series
from municipaless.services.meetings.series import Invitee, Template
from tests.services.meetings_sample import make_territory


@pytest.fixture
def t(tmp_path):
    territory, _, _ = make_territory(tmp_path / "t.municipaless")
    yield territory
    territory.close()


def _meeting(t, invited: int, quorum: int):
    template = Template((), tuple(Invitee(free_name=f"Membre {n}") for n in range(invited)))
    series = meeting_series.create_series(t, "copil", template=template, quorum=quorum)
    return meetings.create_meeting(t, series.id, "12/03/2026 14:00")


def _mark(t, meeting_id: str, statuses: list[str]):
    view = meetings.open_meeting(t, meeting_id)
    for attendee, status in zip(view.attendance, statuses, strict=False):
        meetings.set_attendance(t, attendee.record.id, attendee.record.rev, status)
    return meetings.open_meeting(t, meeting_id).quorum


def test_a_quorum_above_the_invited_is_lowered_to_them(t):
    meeting = _meeting(t, invited=5, quorum=6)
    quorum = _mark(t, meeting.id, ["present", "present", "represente", "excuse", "absent"])
    assert (quorum.present, quorum.required, quorum.invited, quorum.rule) == (3, 5, 5, 6)
    assert quorum.capped and not quorum.reached
    quorum = _mark(t, meeting.id, ["present"] * 5)
    assert quorum.reached  # all five present: reachable now, never with « 6 requis »


@pytest.mark.parametrize(
    ("invited", "rule", "present", "required", "reached"),
    [
        (5, 5, 5, 5, True),  # equal: not lowered
        (5, 5, 4, 5, False),
        (6, 3, 3, 3, True),  # a quorum below the invited stands
        (6, 3, 2, 3, False),
        (1, 5, 1, 1, True),
    ],
)
def test_boundaries(t, invited, rule, present, required, reached):
    meeting = _meeting(t, invited, rule)
    quorum = _mark(t, meeting.id, ["present"] * present)
    assert (quorum.required, quorum.present, quorum.reached) == (required, present, reached)
    assert quorum.capped == (rule > invited)


def test_nobody_invited_keeps_the_instances_number(t):
    meeting = _meeting(t, invited=0, quorum=4)
    quorum = meetings.open_meeting(t, meeting.id).quorum
    assert (quorum.required, quorum.present, quorum.invited) == (4, 0, 0)
    assert not quorum.reached and not quorum.capped
