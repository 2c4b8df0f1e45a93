"""One word per concept: the old identifiers the glossary replaced never come back.

ARCHITECTURE.md#glossary names one English identifier per French term. This reads every Python
token of the package and the tests (names only: strings and comments may say « structure »,
the word the officer reads) and fails on an identifier the glossary retired.
"""

import io
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RETIRED = {
    # structure -> organisation
    "StructuresPage": "OrganisationsPage",
    "StructureChooser": "OrganisationChooser",
    "structures_for": "organisations_for",
    "suggest_structures": "suggest_organisations",
    "structure_stats": "organisation_stats",
    "StructureStats": "OrganisationStats",
    "StructureFit": "OrganisationFit",
    "structures_guide": "organisations_guide",
    # orientation -> referral
    "OrientDialog": "ReferralDialog",
    "orient": "refer",
    "orient_button": "refer_button",
    # porteur -> holder
    "porteurs_oriented_to": "holders_referred_to",
    "porteurs_new": "holders_new",
    "porteurs_followed": "holders_followed",
    # job -> affiliation, contact -> person
    "change_job": "change_affiliation",
    "current_jobs": "current_affiliations",
    "ContactRow": "PersonRow",
    # actions (of a meeting) -> action items
    "ActionsView": "ActionItemsView",
    "MeetingActionsPanel": "ActionItemsPanel",
    "ActionRow": "ActionItemRow",
    "actions_overview": "action_items_overview",
    "pending_actions": "pending_action_items",
    "workbook_actions": "workbook_action_items",
    "export_actions_workbook": "export_action_items_workbook",
    "actions_workbook_document": "action_items_workbook_document",
    # labels of statuses: core/statuses.py only
    "ACTION_LABELS": "statuses.ActionItemStatus(...).label",
    "DECISION_LABELS": "statuses.DecisionStatus(...).label",
    # the casework feature is not "projects"
    "ProjectGenerator": "CaseworkGenerator",
}

RETIRED_FILES = (
    "municipaless/services/demo/projects.py",
    "municipaless/services/directory/structures_guide.py",
)


def _python_files() -> list[Path]:
    files = [*(ROOT / "municipaless").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    return [f for f in files if "/forms/ui_" not in f.as_posix()]


def _names(path: Path) -> set[str]:
    source = path.read_text("utf-8")
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {t.string for t in tokens if t.type == tokenize.NAME}


def test_no_retired_identifier_remains():
    found = []
    for path in _python_files():
        for name in sorted(_names(path) & RETIRED.keys()):
            found.append(f"{path.relative_to(ROOT)}: {name} (say {RETIRED[name]})")
    assert not found, "\n".join(found)


def test_no_retired_module_remains():
    assert [p for p in RETIRED_FILES if (ROOT / p).exists()] == []


def test_the_check_sees_identifiers_not_strings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('# StructuresPage\nlabel = "OrientDialog"\nchange_job = 1\n', "utf-8")
    assert _names(sample) & RETIRED.keys() == {"change_job"}
