"""An approved compte rendu is printed from its snapshot: the same document at every export,
whatever happens to the actions, the people or the dates afterwards; overdue is measured on
the snapshot's day. Older, lighter snapshots still print with what they hold."""

from datetime import date

import docx
import pytest

from municipaless.services import meetings
from municipaless.services.meetings import documents as md
from municipaless.services.meetings import minutes
from municipaless.services.meetings import series as meeting_series
from tests.documents.typography_sample import plain
from tests.services.meetings_sample import make_territory


@pytest.fixture
def approved(tmp_path):
    """COPIL of 12/03/2026 approved at the meeting of 04/08/2026, with three actions: one
    done, one open and overdue on 04/08, one open and due 30/09."""
    t, people, _ = make_territory(tmp_path / "t.municipaless")
    series = meeting_series.create_series(t, "copil")
    first = meetings.create_meeting(t, series.id, "2026-03-12T14:30", place="Mairie")
    second = meetings.create_meeting(t, series.id, "2026-08-04T14:30")
    meetings.add_invitee(t, first.id, person_id=people["Martin"].id, status="present")
    meetings.add_invitee(t, first.id, person_id=people["Roux"].id, status="excuse")
    item = meetings.open_meeting(t, first.id).agenda[1]
    meetings.save_notes(t, item.id, item.rev, "La feuille de route avance.")
    meetings.add_decision(t, first.id, "La feuille de route est adoptée.", agenda_item_id=item.id)
    done = meetings.add_action(
        t, first.id, "Envoyer le compte rendu", owner_person_id=people["Martin"].id,
        due_on="2026-05-01",
    )  # fmt: skip
    meetings.set_action_status(t, done.id, done.rev, "fait", on=date(2026, 4, 20))
    meetings.add_action(
        t, first.id, "Recenser les locaux", owner_text="Service", due_on="2026-07-01"
    )
    later = meetings.add_action(t, first.id, "Visiter la légumerie", due_on="2026-09-30")
    m = t.records["meeting"].get(first.id)
    m = minutes.circulate(t, first.id, m.rev, on=date(2026, 3, 20))
    minutes.approve(t, first.id, m.rev, at_meeting_id=second.id)
    yield t, first, second, people, {"done": done.id, "later": later.id}
    t.close()


def _docx_text(path) -> list[str]:
    """Every paragraph, then every table cell, of a Word file."""
    d = docx.Document(path)
    text = [p.text for p in d.paragraphs]
    for table in d.tables:
        text += [cell.text for row in table.rows for cell in row.cells]
    return text


def _actions(doc) -> list[list]:
    (table,) = [t for t in doc.tables() if t.title == "Qui fait quoi, pour quand"]
    return [list(r) for r in table.rows]


def test_approved_minutes_print_the_same_after_the_file_changed(approved, tmp_path):
    t, first, _second, people, ids = approved
    before = md.minutes_document(t, first.id, today=date(2026, 8, 5))
    md.export_minutes(t, first.id, tmp_path / "a.docx", today=date(2026, 8, 5))
    assert _actions(before) == [
        ["Claire Martin (Commune de Privas)", "Envoyer le compte rendu", "2026-05-01", "Fait", ],
        ["Service", "Recenser les locaux", "2026-07-01", "À faire"],
        ["", "Visiter la légumerie", "2026-09-30", "À faire"],
    ]  # fmt: skip
    (table,) = [x for x in before.tables() if x.title == "Qui fait quoi, pour quand"]
    assert list(table.emphasis) == [1]  # overdue on 04/08/2026, the approval day
    assert before.meta.generated == date(2026, 8, 4)  # « établi le »: the approval day

    # after the approval: an action reopened, another one's date moved, a name corrected
    done = t.records["action_item"].get(ids["done"])
    meetings.set_action_status(t, done.id, done.rev, "en_cours")
    later = t.records["action_item"].get(ids["later"])
    meetings.update_action(t, later.id, later.rev, due_on="2026-06-01")
    martin = people["Martin"]
    t.save(
        "person",
        {"first_name": "Clara"},
        row_id=martin.id,
        rev=t.records["person"].get(martin.id).rev,
    )

    after = md.minutes_document(t, first.id, today=date(2026, 12, 1))
    md.export_minutes(t, first.id, tmp_path / "b.docx", today=date(2026, 12, 1))
    assert after == before  # the model itself, « Document établi le » included
    assert _docx_text(tmp_path / "b.docx") == _docx_text(tmp_path / "a.docx")
    text = "\n".join(_docx_text(tmp_path / "b.docx"))
    assert (
        "Approuvé le 4 août 2026" in plain(text) and "Clara" not in text and "En cours" not in text
    )

    # the current state appears in the next meeting's points en suspens, not in these minutes
    nxt = meetings.create_meeting(t, first.series_id, "2026-10-01T14:30")
    pending = {a.record.what: a.record for a in meetings.open_meeting(t, nxt.id).pending}
    assert pending["Envoyer le compte rendu"].status == "en_cours"
    assert pending["Visiter la légumerie"].due_on == "2026-06-01"
    live = md.minutes_document(t, nxt.id, today=date(2026, 10, 2))
    (suspens,) = [x for x in live.tables() if x.title == "Actions des réunions précédentes"]
    rows = {r[1]: r for r in suspens.rows}
    assert rows["Envoyer le compte rendu"][0] == "Clara Martin (Commune de Privas)"
    assert rows["Envoyer le compte rendu"][3] == "En cours"


def test_every_version_prints_as_it_was_fixed(approved, tmp_path):
    t, first, _second, _people, _ids = approved
    diffused, approved_v1 = minutes.history(t, first.id)
    m = minutes.new_version(t, first.id, t.records["meeting"].get(first.id).rev)
    item = meetings.open_meeting(t, first.id).agenda[1]
    meetings.save_notes(t, item.id, item.rev, "Notes corrigées en version 2.")
    doc = md.version_document(t, diffused.record.id)
    assert doc.subtitle == "Compte rendu" and doc.meta.generated == date(2026, 3, 20)
    lines = [b.text for b in doc.blocks() if hasattr(b, "runs")]
    assert "Compte rendu : Diffusé le 20 mars 2026" in [plain(x) for x in lines]
    assert "La feuille de route avance." in lines
    assert "Décision COPIL-2026-01 : La feuille de route est adoptée." in lines
    # on 20/03 nothing was overdue yet: no red, whatever the day of the export
    assert not any(x.emphasis for x in doc.tables())
    path = md.export_version(t, approved_v1.record.id, tmp_path / "v1.docx")[0]
    assert "Compte rendu : Approuvé le 4 août 2026" in [plain(x) for x in _docx_text(path)]
    live = md.minutes_document(t, first.id, today=date(2026, 12, 1))
    assert live.subtitle == "Compte rendu — version 2"
    assert "Notes corrigées en version 2." in [b.text for b in live.blocks() if hasattr(b, "runs")]
    assert m.minutes_status == "brouillon"


def test_circulated_minutes_print_the_snapshot_until_corrected(approved):
    t, first, second, _people, _ids = approved
    m = minutes.new_version(t, first.id, t.records["meeting"].get(first.id).rev)
    m = minutes.circulate(t, first.id, m.rev, on=date(2026, 8, 10))
    doc = md.minutes_document(t, first.id, today=date(2026, 9, 1))
    status = [b.text for b in doc.blocks() if hasattr(b, "runs") and b.text.startswith("Compte")]
    assert [plain(x) for x in status] == ["Compte rendu : Diffusé le 10 août 2026"]
    item = meetings.open_meeting(t, first.id).agenda[1]
    meetings.save_notes(t, item.id, item.rev, "Corrigé après diffusion.")
    doc = md.minutes_document(t, first.id, today=date(2026, 9, 1))
    status = [b.text for b in doc.blocks() if hasattr(b, "runs") and b.text.startswith("Compte")]
    assert [plain(x) for x in status] == [
        "Compte rendu : Brouillon (modifié depuis sa diffusion le 10 août 2026)"
    ]


def test_a_light_older_snapshot_prints_what_it_holds(approved):
    t, first, *_ = approved
    version = minutes.history(t, first.id)[-1].record
    old = {
        "meeting": {"title": "COPIL ancien", "starts_at": "2025-01-09T10:00", "place": "Mairie"},
        "attendance": [{"name": "Claire Martin", "organisation": "", "status": "present"}],
        "agenda": [{"position": 1, "title": "Accueil", "notes": "Bienvenue."}],
        "decisions": [{"number": "COPIL-2025-01", "text": "Adopté."}],
        "actions": [{"what": "Écrire", "due_on": "2025-01-01"}],
    }
    t.save("minutes_version", {"content": old}, row_id=version.id, rev=version.rev)
    doc = md.version_document(t, version.id)
    assert doc.title == "COPIL ancien"
    lines = [b.text for b in doc.blocks() if hasattr(b, "runs")]
    assert "Date : jeudi 9 janvier 2025, à 10 h" in lines and "Instance" not in "".join(lines)
    assert _actions(doc) == [["", "Écrire", "2025-01-01", ""]]
    (decisions,) = [x for x in doc.tables() if x.title == "Décisions"]
    assert [list(r) for r in decisions.rows] == [["COPIL-2025-01", "Adopté.", "", ""]]
