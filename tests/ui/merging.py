"""A colleague's copy of the window's open file, for the merge tests."""

from municipaless.core.domain import Organisation
from municipaless.services.file import OpenMode, open_territory
from tests.services import file_sample
from tests.ui.sample import HEART


def copy_of(window, tmp_path):
    """A copy of the window's open file as a colleague's: same records, its own copy_id."""
    return file_sample.colleague_copy(window.territory.path, tmp_path / "paul.municipaless")


def colleague_copy(window, tmp_path):
    """Paul's copy of the open file: he renames "France Active Ain", adds one, edits CBS."""
    target = copy_of(window, tmp_path)
    paul = open_territory(target, "Paul Martin", OpenMode.UNLOCKED)
    orgs = paul.records["organisation"]
    heart = orgs.where("name = ?", [HEART])[0]
    orgs.update(heart.id, heart.rev, acronym="CBS-P", kind="reseau")
    fa = orgs.where("name = ?", ["France Active Ain"])[0]
    orgs.update(fa.id, fa.rev, website="https://franceactive.example")
    orgs.insert(Organisation(name="Ressourcerie du Val"))
    paul.close()
    return target, heart
