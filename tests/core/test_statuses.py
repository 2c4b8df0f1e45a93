"""The status enums: stored codes unchanged, one French label each, the seeded vocabularies."""

import pytest

from municipaless.core import statuses, vocabularies
from municipaless.core.statuses import ActionItemStatus, DecisionStatus, MinutesStatus

# The codes the territory files store: changing one would need a migration.
STORED = {
    "project_status": ["actif", "veille", "cree", "abandonne", "clos"],
    "referral_status": ["proposee", "envoyee", "prise_en_charge", "refusee", "sans_reponse"],
    "funding_status": ["preparation", "deposee", "accordee", "refusee", "versee"],
    "attendance_status": ["invite", "present", "excuse", "represente", "absent"],
    "action_status": ["a_faire", "en_cours", "fait", "abandonne"],
    "decision_status": ["active", "remplacee", "caduque"],
    "minutes_status": ["brouillon", "diffuse", "approuve"],
    "challenge_status": ["propose", "actif", "atteint", "abandonne"],
    "call_status": ["preparation", "ouvert", "clos", "jury", "notifie"],
    "submission_status": ["recue", "eligible", "non_eligible", "laureat", "refusee", "retiree"],
    "workshop_status": ["prevu", "realise", "annule"],
    "registration_status": ["inscrit", "present", "excuse", "absent"],
}


def test_the_enums_keep_the_stored_codes():
    assert {field: [m.value for m in kind] for field, kind in statuses.BY_FIELD.items()} == STORED
    assert set(statuses.BY_FIELD.values()) == set(statuses.ALL)


@pytest.mark.parametrize("kind", statuses.ALL, ids=lambda k: k.__name__)
def test_every_status_has_a_french_label(kind):
    for member in kind:
        assert member.label.strip(), member
        assert member.label != member.value or member.value == "absent"  # a word, not the code


def test_a_member_is_its_code_and_an_unknown_code_keeps_its_text():
    assert ActionItemStatus.DONE == "fait" and f"{ActionItemStatus.DONE}" == "fait"
    assert statuses.label_of(DecisionStatus, "caduque") == "Caduque"
    assert statuses.label_of(MinutesStatus, "approuve") == "Approuvé"
    assert statuses.label_of(ActionItemStatus, "ajoute_par_moi") == "ajoute_par_moi"


def test_the_seeded_vocabularies_are_the_enums():
    for field, kind in statuses.BY_FIELD.items():
        if field in vocabularies.DEFAULTS:
            assert vocabularies.DEFAULTS[field] == [(m.value, m.label) for m in kind]
