"""The recovery use case: a suggested name beside the damaged file, a French report."""

from municipaless.core.domain import Organisation, Project
from municipaless.services.file import OpenMode, open_territory, recovery
from municipaless.services.file.territory import Territory
from tests.services.file_sample import corrupt


def test_recovery_report_names_what_was_lost_in_french(tmp_path):
    path = tmp_path / "abime.municipaless"
    t = Territory.create(path, "Camille Martin")
    t.records["organisation"].insert(Organisation(name="BGE"))
    t.records["organisation"].insert(Organisation(name="France Active"))
    t.records["project"].insert(Project(reference="P-1", name="Épicerie"))
    t.close()
    corrupt(path)
    target = recovery.suggested_path(path)
    assert target.parent == path.parent and target.name.startswith("abime (récupéré ")
    steps = []
    report = recovery.recover(path, target, "Camille Martin", progress=steps.append)
    assert "Récupération : structures…" in steps
    lines = recovery.report_lines(report)
    assert lines[0] == f"Nouveau fichier : {target}"
    assert "  structures : illisible, 2 perdue(s)" in lines
    assert "  projets : 1" in lines
    assert lines[-1] == "Le fichier endommagé n'a pas été modifié."
    again = open_territory(target, "Camille Martin", OpenMode.UNLOCKED)
    assert [p.name for p in again.records["project"].where()] == ["Épicerie"]
    again.close()
