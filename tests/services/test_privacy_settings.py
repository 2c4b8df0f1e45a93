"""Privacy settings travel with the file and refuse values that make no sense."""

import pytest

from municipaless.services.file import privacy_settings as privacy
from municipaless.services.file.settings import SettingsError
from municipaless.services.file.territory import Territory


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    yield t
    t.close()


def test_defaults_then_saved_values_come_back(territory):
    assert privacy.load(territory) == privacy.PrivacySettings()
    chosen = privacy.PrivacySettings(
        controller="Commune de Privas", dpo_contact="dpo@privas.fr", closed_project_years=7
    )
    privacy.save(territory, chosen)
    assert privacy.load(territory) == chosen


@pytest.mark.parametrize(
    "change",
    [{"closed_project_years": 0}, {"unlinked_person_years": 31}, {"disclosure_threshold": 1}],
)
def test_out_of_range_values_are_refused_in_french(territory, change):
    with pytest.raises(SettingsError, match="va de"):
        privacy.save(territory, privacy.PrivacySettings(**change))
