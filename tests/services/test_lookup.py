"""Records named the way an officer types them: reference, code, day and instance, words."""

import pytest

from municipaless.services.file import lookup
from municipaless.services.file.territory import Territory


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "agent")
    copil = t.save("meeting_series", {"name": "Comité de pilotage ESS", "code": "COPIL"})
    gt = t.save("meeting_series", {"name": "Groupe de travail Alimentation", "code": "GT-ALIM"})
    for series, day in ((copil, "2026-03-12"), (copil, "2026-06-18"), (gt, "2026-03-12")):
        t.save(
            "meeting",
            {
                "series_id": series.id,
                "title": f"{series.name} du {day}",
                "starts_at": f"{day}T09:00",
            },
        )
    t.save("project", {"reference": "P-2026-0042", "name": "Épicerie solidaire d’Aubenas"})
    t.save("project", {"reference": "P-2026-0043", "name": "Garage solidaire"})
    yield t
    t.close()


def test_a_meeting_by_day_and_instance_code(territory):
    found = lookup.find(territory, "meeting", "2026-03-12 copil")
    assert territory.records["meeting"].get(found).title.startswith("Comité de pilotage")


def test_a_day_shared_by_two_instances_is_refused_with_both_ids(territory):
    with pytest.raises(lookup.NotFound) as refused:
        lookup.find(territory, "meeting", "2026-03-12")
    message = refused.value.message
    assert message.startswith("Plusieurs réunions correspondent à « 2026-03-12 »")
    assert "(COPIL)" in message and "(GT-ALIM)" in message


def test_projects_by_reference_any_case_or_by_folded_words(territory):
    by_ref = lookup.find(territory, "project", "p-2026-0043")
    assert territory.records["project"].get(by_ref).name == "Garage solidaire"
    by_words = lookup.find(territory, "project", "epicerie aubenas")
    assert territory.records["project"].get(by_words).reference == "P-2026-0042"
    with pytest.raises(lookup.NotFound) as refused:
        lookup.find(territory, "project", "solidaire")
    assert "P-2026-0042" in refused.value.message and "P-2026-0043" in refused.value.message


def test_an_instance_by_code_and_nothing_found_in_french(territory):
    assert lookup.candidates(territory, "series", "gt-alim")[0][1].startswith("GT-ALIM")
    with pytest.raises(lookup.NotFound) as refused:
        lookup.find(territory, "series", "CA")
    assert refused.value.message == "Aucune instance ne correspond à « CA » dans ce fichier."


def test_deleted_records_are_not_named(territory):
    project = territory.records["project"].get(lookup.find(territory, "project", "P-2026-0043"))
    territory.remove("project", project.id, project.rev)
    with pytest.raises(lookup.NotFound):
        lookup.find(territory, "project", "P-2026-0043")
