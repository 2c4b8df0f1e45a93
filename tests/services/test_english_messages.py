"""With the English catalogue installed (the officer chose English), the services' messages
raised through the real services come out in English, while a document built meanwhile stays
French; without the catalogue every message is the French one, unchanged."""

import gettext
from pathlib import Path

import pytest

from municipaless.core import i18n, statuses
from municipaless.core.paths import resources_dir
from municipaless.core.statuses import ActionItemStatus, DecisionStatus
from municipaless.services import directory, meetings
from municipaless.services.directory import DuplicateRecord
from municipaless.services.directory import import_mapping as im
from municipaless.services.directory import importer as di
from municipaless.services.file import backups, merge
from municipaless.services.meetings import documents
from municipaless.services.meetings import series as meeting_series
from municipaless.services.meetings.series import DuplicateSeries
from municipaless.services.privacy import erasure
from tests.services.meetings_sample import make_territory

DATA = Path(__file__).parents[1] / "data"
SIRET = "41816609600069"  # a valid SIRET (Luhn)


@pytest.fixture
def english():
    """The catalogue the window installs for an English-speaking officer (the same files)."""
    catalogue = gettext.translation(i18n.DOMAIN, resources_dir() / "locale", ["en"])
    i18n.install(catalogue)
    try:
        yield
    finally:
        i18n.install(None)


@pytest.fixture
def t(tmp_path):
    territory, _, _ = make_territory(tmp_path / "t.municipaless")
    yield territory
    territory.close()


def _cells(doc) -> set[str]:
    found = set()
    for section in doc.sections:
        for block in section.blocks:
            for row in getattr(block, "rows", ()):
                found.update(str(cell) for cell in row)
    return found


def test_a_duplicate_siret_and_a_duplicate_instance_are_refused_in_english(t, english):
    directory.save_organisation(t, {"name": "Ateliers du Rhône", "siret": SIRET})
    with pytest.raises(DuplicateRecord) as refused:
        directory.save_organisation(t, {"name": "Les Ateliers", "siret": SIRET})
    assert refused.value.errors["siret"] == (
        "This organisation already exists: Ateliers du Rhône (SIRET 418 166 096 00069). Open "
        "its record rather than creating a second one, or correct the SIRET."
    )
    assert refused.value.message.startswith("The record was not saved:\n• This organisation")
    meeting_series.create_series(t, "copil")
    with pytest.raises(DuplicateSeries) as twice:
        meeting_series.create_series(t, "copil")
    assert twice.value.message.startswith(
        "The body « Comité de pilotage ESS » (COPIL) already exists: open it"
    )  # the instance's own name is data: French as it was typed


def test_an_import_report_is_in_english(t, english):
    source = di.load(DATA / "import" / "partenaires-excel-fr.csv")
    mapping, _known = im.initial(t, source.headers)
    plan = di.plan(t, source, mapping)
    texts = [p.text for p in plan.problems]
    assert texts[0].startswith("Row 7 — SIRET « 7,32829E+13 »: SIRET number damaged by a")
    assert plan.summary_lines()[:2] == [
        "3 rows read in « partenaires-excel-fr.csv ».",
        "1 row with problems (3 problems in all).",
    ]
    assert im.BY_KEY["org.name"].label == "Organisation: name"
    assert im.problems(["org.name", "org.name"])[0] == (
        "« Organisation: name » is matched to several columns."
    )


def test_window_labels_and_reasons_are_in_english(english):
    entry = backups.BackupEntry(Path("x.municipaless"), None, "merge", {})  # type: ignore[arg-type]
    assert entry.reason_label == "before a merge"
    assert statuses.label_of(ActionItemStatus, "fait") == "Done"
    assert ActionItemStatus.DONE.shown == "Done"
    assert statuses.label_of(DecisionStatus, "active") == "In force"
    assert merge.TABLE_NAMES["meeting"] == merge.TABLE_NAMES.get("meeting") == "meetings"
    assert erasure.OUT_OF_REACH.startswith("Out of the application's reach")
    # what is stored and printed stays French: seeded vocabularies, documents' labels
    assert ActionItemStatus.DONE.label == "Fait"
    assert statuses.french_label_of(DecisionStatus, "active") == "En vigueur"
    assert statuses.vocabulary(ActionItemStatus)[2] == ("fait", "Fait")


def test_a_compte_rendu_built_in_english_is_still_french(t, english):
    m = meetings.create_meeting(t, None, "2026-02-02")
    done = meetings.add_action(t, m.id, "Relancer la Région", due_on="2026-12-31")
    meetings.set_action_status(t, done.id, done.rev, ActionItemStatus.DONE)
    decision = meetings.add_decision(t, m.id, "Lancer l'appel à projets")
    meetings.set_decision_status(t, decision.id, decision.rev, DecisionStatus.LAPSED)
    cells = _cells(documents.minutes_document(t, m.id))
    assert {"Fait", "Caduque"} <= cells
    assert not {"Done", "Lapsed"} & cells


def test_french_is_unchanged_without_the_catalogue(t):
    assert statuses.label_of(ActionItemStatus, "fait") == "Fait"
    assert ActionItemStatus.DONE.shown == "Fait"
    assert merge.TABLE_NAMES["meeting"] == "réunions"
    entry = backups.BackupEntry(Path("x.municipaless"), None, "merge", {})  # type: ignore[arg-type]
    assert entry.reason_label == "avant fusion"
    assert erasure.OUT_OF_REACH.startswith("Hors d'atteinte de l'application")
    source = di.load(DATA / "import" / "partenaires-excel-fr.csv")
    mapping, _known = im.initial(t, source.headers)
    assert di.plan(t, source, mapping).summary_lines()[:2] == [
        "3 lignes lues dans « partenaires-excel-fr.csv ».",
        "1 ligne avec des problèmes (3 problèmes en tout).",
    ]
