"""Duplicates stopped at the door: a second instance of the same name or code, a second fiche
of the same SIRET; the same SIREN with another SIRET is another establishment, accepted."""

import pytest

from municipaless.services import directory, meetings
from municipaless.services.directory import DuplicateRecord, InvalidInput
from municipaless.services.meetings import series as meeting_series
from municipaless.services.meetings.series import DuplicateSeries, SeriesError
from tests.services.meetings_sample import make_territory

SIRET = "41816609600069"  # a valid SIRET (Luhn)
OTHER_SIRET_SAME_SIREN = "41816609600051"


@pytest.fixture
def t(tmp_path):
    territory, _, _ = make_territory(tmp_path / "t.municipaless")
    yield territory
    territory.close()


def test_a_second_instance_of_the_same_name_is_refused_naming_the_first(t):
    copil = meeting_series.create_series(t, "copil")
    with pytest.raises(DuplicateSeries) as refused:
        meeting_series.create_series(t, "copil")  # « à partir d'un modèle », default name
    assert refused.value.existing.id == copil.id and refused.value.field == "name"
    assert "« Comité de pilotage ESS » (COPIL) existe déjà" in refused.value.message
    # accents, case and apostrophes folded; the default code would have been numbered
    with pytest.raises(DuplicateSeries):
        meeting_series.create_series(t, "libre", "  comite de PILOTAGE   ess ", "AUTRE")
    assert [s.name for s in meeting_series.list_series(t)] == ["Comité de pilotage ESS"]


def test_a_code_taken_is_refused_and_another_name_with_the_default_code_is_numbered(t):
    copil = meeting_series.create_series(t, "copil")
    with pytest.raises(DuplicateSeries, match="déjà celui de l'instance") as refused:
        meeting_series.create_series(t, "copil", "COPIL élargi", "copil")
    assert (refused.value.existing.id, refused.value.field) == (copil.id, "code")
    second = meeting_series.create_series(t, "copil", "COPIL élargi")
    assert second.code == "COPIL-2"


def test_renaming_an_instance_into_another_is_refused_other_edits_pass(t):
    copil = meeting_series.create_series(t, "copil")
    gt = meeting_series.create_series(t, "gt_filiere")
    with pytest.raises(DuplicateSeries):
        meeting_series.update_series(t, gt.id, gt.rev, name="Comité de pilotage ESS")
    with pytest.raises(DuplicateSeries):
        meeting_series.update_series(t, gt.id, gt.rev, code="COPIL")
    renamed = meeting_series.update_series(t, gt.id, gt.rev, name="GT alimentation", quorum=4)
    assert (renamed.name, renamed.quorum) == ("GT alimentation", 4)
    # its own name again is no duplicate, and a deleted instance frees its name
    meeting_series.update_series(t, copil.id, copil.rev, name="Comité de pilotage ESS")
    t.remove("meeting_series", copil.id, t.records["meeting_series"].get(copil.id).rev)
    again = meeting_series.create_series(t, "copil")
    assert again.name == "Comité de pilotage ESS"


def test_a_refused_instance_writes_nothing_not_even_its_first_meeting(t):
    meeting_series.create_series(t, "copil")
    before = (t.records["meeting_series"].count(), t.records["meeting"].count())
    with pytest.raises(SeriesError), t.transaction():
        series = meeting_series.create_series(t, "copil")
        meetings.create_meeting(t, series.id, "12/03/2026 14:00")
    assert (t.records["meeting_series"].count(), t.records["meeting"].count()) == before


def test_a_structure_with_the_siret_of_another_is_refused_with_the_existing_one(t):
    first = directory.save_organisation(t, {"name": "Ateliers du Rhône", "siret": SIRET})
    count = t.records["organisation"].count()
    with pytest.raises(DuplicateRecord) as refused:
        directory.save_organisation(t, {"name": "Les Ateliers", "siret": "418 166 096 00069"})
    assert (refused.value.existing_id, refused.value.existing_name) == (first.id, first.name)
    assert refused.value.errors["siret"].startswith(
        "Cette structure existe déjà : Ateliers du Rhône (SIRET 418 166 096 00069)"
    )
    assert isinstance(refused.value, InvalidInput)  # the form shows it under the field
    assert t.records["organisation"].count() == count
    # editing another structure into that SIRET is refused too; its own SIRET is fine
    other = directory.save_organisation(t, {"name": "Autre"})
    with pytest.raises(DuplicateRecord):
        directory.save_organisation(t, {"siret": SIRET}, row_id=other.id, rev=other.rev)
    kept = directory.save_organisation(
        t, {"name": "Ateliers du Rhône (Privas)", "siret": SIRET}, row_id=first.id, rev=first.rev
    )
    assert kept.siret == SIRET


def test_same_siren_other_siret_is_another_establishment(t):
    first = directory.save_organisation(t, {"name": "Ateliers du Rhône", "siret": SIRET})
    second = directory.save_organisation(
        t, {"name": "Ateliers du Rhône — Aubenas", "siret": OTHER_SIRET_SAME_SIREN}
    )
    assert first.siren == second.siren == SIRET[:9]
    found = directory.other_establishments(t.tdb.db, second.siren, second.siret, second.id)
    assert [row["id"] for row in found] == [first.id]
    # a deleted fiche no longer holds its SIRET
    t.remove("organisation", first.id, t.records["organisation"].get(first.id).rev)
    again = directory.save_organisation(t, {"name": "Ateliers (recréés)", "siret": SIRET})
    assert again.siret == SIRET
