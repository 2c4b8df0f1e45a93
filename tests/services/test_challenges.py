"""Enjeux as records: fields, indicators and measures through the Territory (journaled),
French refusals, the title's rules shared with Paramètres ▸ Listes, linked records."""

import pytest

from municipaless.services.cooperation import challenges
from municipaless.services.cooperation.challenges import ChallengeError
from municipaless.storage.errors import ConflictError
from tests.services.challenges_sample import make_challenge_sample


@pytest.fixture
def sample(tmp_path):
    s = make_challenge_sample(tmp_path / "enjeux.municipaless")
    yield s
    s.t.close()


def _journal(t, table, row_id):
    return t.tdb.db.execute(
        "SELECT field, new FROM journal WHERE table_name = ? AND row_id = ?", [table, row_id]
    ).fetchall()


def test_create_update_an_enjeu_with_its_diagnosis(sample):
    t = sample.t
    c = challenges.create(
        t,
        "  Habitat   participatif ",
        description="Loger autrement",
        diagnosis_on="15/03/2025",
        diagnosis_source="Diagnostic partagé ESS 2025, CC du Val",
        status="propose",
    )
    assert (c.title, c.status, c.diagnosis_on) == ("Habitat participatif", "propose", "2025-03-15")
    assert c.position == max(x.position for x in challenges.all_challenges(t))
    c = challenges.update(t, c.id, c.rev, {"title": "Habitat inclusif", "status": "actif"})
    assert (c.title, c.status) == ("Habitat inclusif", "actif")
    fields = {f for f, _ in _journal(t, "challenge", c.id)}
    assert {"title", "status", "diagnosis_source"} <= fields


def test_refusals_are_french_and_write_nothing(sample):
    t = sample.t
    before = len(challenges.all_challenges(t))
    with pytest.raises(ChallengeError) as e:
        challenges.create(t, "   ")
    assert "libellé" in e.value.errors["title"]
    with pytest.raises(ChallengeError) as e:
        challenges.create(t, "alimentation DURABLE")  # folded duplicate of a seeded one
    assert "déjà" in e.value.message
    with pytest.raises(ChallengeError) as e:
        challenges.create(t, "Nouveau", diagnosis_on="32/13/2025", status="inconnu")
    assert set(e.value.errors) == {"diagnosis_on", "status"}
    assert len(challenges.all_challenges(t)) == before
    food = sample.enjeux["Alimentation durable"]
    with pytest.raises(ConflictError):
        challenges.update(t, food.id, food.rev - 1 if food.rev > 1 else 99, {"status": "atteint"})


def test_indicators_and_measures_series(sample):
    t = sample.t
    food = sample.enjeux["Alimentation durable"]
    ind = challenges.add_indicator(t, food.id, "Part du bio en cantine", "%", "40")
    assert ind.target == 40.0
    challenges.add_measure(t, ind.id, "2025-06-30", "18,5", "Cantine centrale")
    challenges.add_measure(t, ind.id, "31/12/2026", "24")  # a date ahead is fine
    latest = challenges.add_measure(t, ind.id, "2026-06-30", "1 250,5")
    (series,) = challenges.detail(t, food.id).indicators
    assert [m.value for m in series.measures] == [24.0, 1250.5, 18.5]
    assert (series.latest.measured_on, series.previous.measured_on) == ("2026-12-31", "2026-06-30")
    challenges.update_measure(t, latest.id, latest.rev, {"value": "22"})
    assert [m.value for m in challenges.detail(t, food.id).indicators[0].measures][1] == 22.0
    assert _journal(t, "indicator_value", latest.id)
    with pytest.raises(ChallengeError) as e:
        challenges.add_measure(t, ind.id, "", "")
    assert set(e.value.errors) == {"measured_on", "value"}
    assert "date" in e.value.errors["measured_on"] and "valeur" in e.value.errors["value"]
    with pytest.raises(ChallengeError) as e:
        challenges.add_measure(t, ind.id, "2026-01-01", "beaucoup")
    assert "nombre" in e.value.errors["value"]
    with pytest.raises(ChallengeError) as e:
        challenges.add_indicator(t, food.id, " ")
    assert "Nommez" in e.value.errors["name"]
    ind = t.records["indicator"].get(ind.id)
    challenges.remove_indicator(t, ind.id, ind.rev)
    assert challenges.detail(t, food.id).indicators == []
    left = t.tdb.db.execute(
        "SELECT count(*) FROM indicator_value WHERE deleted_at IS NULL"
    ).fetchone()[0]
    assert left == 0


def test_linked_records_of_an_enjeu(sample):
    t = sample.t
    links = challenges.detail(t, sample.enjeux["Alimentation durable"].id).linked
    assert {x.label for x in links["project"]} == {
        "P-2026-0001 « Épicerie solidaire »",
        "P-2026-0002 « Recyclerie des Bruyères »",
        "P-2025-0009 « Ancien projet »",
    }
    assert [x.label for x in links["meeting"]] == ["Atelier du PAT"]
    assert len(links["workshop"]) == 2  # the cancelled one is still linked
    circ = challenges.detail(t, sample.enjeux["Économie circulaire"].id).linked
    assert [x.label for x in circ["collective"]] == ["PTCE Val de Drôme"]
    assert [x.label for x in circ["project_call"]] == ["Coopérer en Val de Drôme"]


def test_archive_and_move_go_through_the_lists(sample):
    t = sample.t
    c = sample.enjeux["Accès à l'emploi"]
    challenges.set_archived(t, c.id, c.rev, True)
    assert t.records["challenge"].get(c.id).archived
    order = [x.id for x in challenges.all_challenges(t)]
    challenges.move(t, order[-1], -1)
    assert [x.id for x in challenges.all_challenges(t)][-2] == order[-1]


def test_projects_and_meetings_filter_by_enjeu(sample):
    from municipaless.services import casework, meetings

    t = sample.t
    food = sample.enjeux["Alimentation durable"].id
    source = casework.project_list(t, casework.ProjectFilters(challenge=food))
    refs = {row[1] for row in source.fetch(0, 50)}
    assert refs == {"P-2026-0001", "P-2026-0002", "P-2025-0009"}
    mob = sample.enjeux["Mobilités inclusives"].id
    assert casework.project_list(t, casework.ProjectFilters(challenge=mob)).count() == 1
    assert casework.project_list(t, casework.ProjectFilters()).count() == 4
    assert meetings.meeting_list(t, challenge_id=food).count() == 1
    assert meetings.meeting_list(t, challenge_id=mob).count() == 0
    assert meetings.meeting_list(t, challenge_id=None).count() == 1
