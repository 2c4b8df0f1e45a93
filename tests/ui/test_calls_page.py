"""Issue 16's call for projects, driven through the window: a call with two categories, three
criteria and a jury of three; two candidatures (one for a project created on the spot, one
without a partner in « Coopérer pour se développer »); the eligibility check and the refusal
sentence shown in words, under the table and in the tooltip; then each jury member's grid (one
declares a conflict of interest, which the ranking leaves out), the jury meeting and its
numbered decision, the letters read back (the laureate's, the non-eligible one's) and the award
on the project's Financement tab. The accessibility walk runs over the page and both forms."""

from docx import Document as Docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from municipaless.services import casework, meetings
from municipaless.services.casework import funding
from municipaless.ui.casework.project_detail import FUNDING
from municipaless.ui.cooperation.call_detail import RULES, SUBMISSIONS
from municipaless.ui.cooperation.page import CALLS_TAB
from municipaless.ui.shell.main_window import COOPERATION
from tests.documents.typography_sample import plain
from tests.ui.accessibility import literal_colours, offenders
from tests.ui.driving import pick, replace_text, save, texts_of, type_text
from tests.ui.sample import add_directory

COOPERATE = "Coopérer pour se développer"
REFUSAL = (
    "Au moins 1 partenaire est exigé pour la catégorie « Coopérer pour se développer » : "
    "aucun n'est indiqué."
)


def _type_line(qtbot, editor, texts):
    """« Ajouter », then the line typed cell by cell as in a spreadsheet."""
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    for column, text in enumerate(texts):
        if text is None:
            continue
        editor.table.item(row, column).setText(text)


def _calls_page(window):
    window.show_section(COOPERATION)
    section = window._page(COOPERATION)
    section.tabs.setCurrentIndex(CALLS_TAB)
    return section.calls


def test_a_call_from_its_rules_to_the_notification_letters(
    qtbot, window, dialogs, monkeypatch, tmp_path
):
    t = window.territory
    orgs = add_directory(t)
    porteur = t.save("person", {"first_name": "Nadia", "last_name": "Ferrand"})
    president = t.save("person", {"first_name": "Hugo", "last_name": "Masson"})
    page = _calls_page(window)

    # 1. The call: rules, two categories, checklist, calendar, three criteria, jury of three.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.windowTitle() == "Nouvel appel à projets"
    assert form.reference.placeholderText().startswith("AAP-")
    type_text(qtbot, form.title_field, "Coopérer en Val de Drôme")
    _type_line(qtbot, form.categories, [COOPERATE, "1"])
    _type_line(qtbot, form.categories, ["Se lancer", "0"])
    replace_text(qtbot, form.fields["max_amount_cents"], "10 000")
    replace_text(qtbot, form.fields["envelope_cents"], "50 000")
    _type_line(qtbot, form.documents, ["Budget prévisionnel"])
    _type_line(qtbot, form.documents, ["Statuts"])
    replace_text(qtbot, form.fields["launch_on"], "01/02/2026")
    replace_text(qtbot, form.fields["deadline_on"], "31/03/2026")
    replace_text(qtbot, form.fields["jury_on"], "20/04/2026")
    _type_line(qtbot, form.criteria, ["Utilité sociale", "3", "5", None])
    _type_line(qtbot, form.criteria, ["Coopération", "2", "5", None])
    _type_line(qtbot, form.criteria, ["Viabilité", "1", "10", "Budget tenu"])
    pick(form.jury.picker, "Masson", president.id)
    qtbot.mouseClick(form.jury.add_person_button, Qt.MouseButton.LeftButton)
    form.jury.table.item(0, 1).setText("Président")
    _type_line(qtbot, form.jury, ["Claire Fabre", "Élue"])
    _type_line(qtbot, form.jury, ["Jean Roux", "Membre"])
    form.show()
    QApplication.processEvents()
    assert offenders(form, "call form") == []
    assert literal_colours(form, "call form") == []
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    call = t.records["project_call"].where()[0]
    assert call.reference == "AAP-2026-01" and len(call.categories) == 2
    assert call.required_documents == ("Budget prévisionnel", "Statuts")
    assert texts_of(page.list.view)[0][:2] == ["AAP-2026-01", "Coopérer en Val de Drôme"]
    assert texts_of(page.list.view)[0][5] == "50\u202f000\u00a0€"
    detail = page.detail
    assert detail.call.id == call.id
    rules = detail.rules.toPlainText()
    for text in ("Utilité sociale", "Viabilité", "50 %", "Hugo Masson", "Président", "Jean Roux"):
        assert text in rules, text
    assert "au moins 1 partenaire" in rules

    # 2. A candidature for a project created on the spot, with a partner and every document.
    detail.tabs.setCurrentIndex(SUBMISSIONS)
    tab = detail.submissions
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    sub_form = tab.form
    qtbot.mouseClick(sub_form.new_project, Qt.MouseButton.LeftButton)
    assert not sub_form.project.isEnabled() and sub_form.project_name.isEnabled()
    type_text(qtbot, sub_form.project_name, "Recyclerie du Val")
    pick(sub_form.fields["person_id"], "Ferrand", porteur.id)
    sub_form.category.setCurrentIndex(sub_form.category.findData(COOPERATE))
    replace_text(qtbot, sub_form.fields["asked_cents"], "8 000")
    replace_text(qtbot, sub_form.fields["received_on"], "15/03/2026")
    for box in sub_form.documents.boxes.values():
        box.setChecked(True)
    partner = orgs["France Active AURA"]
    pick(sub_form.partners.picker, "France Active", partner)
    qtbot.mouseClick(sub_form.partners.add_button, Qt.MouseButton.LeftButton)
    pick(sub_form.partners.picker, "France Active", partner)
    qtbot.mouseClick(sub_form.partners.add_button, Qt.MouseButton.LeftButton)
    assert sub_form.partners.message.isVisible()  # the same structure twice: said at once
    assert "déjà partenaire" in sub_form.partners.message.text()
    assert sub_form.partners.value() == (partner,)
    assert offenders(sub_form, "application form") == []
    with qtbot.waitSignal(sub_form.saved):
        save(qtbot, sub_form)
    project = next(p for p in t.records["project"].where() if p.name == "Recyclerie du Val")
    assert [h.person.id for h in casework.holders(t, project.id)] == [porteur.id]

    # 3. One without a partner in the cooperation category, for an existing project.
    existing = casework.create_project(t, {"name": "Épicerie solidaire"})
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    sub_form = tab.form
    pick(sub_form.project, "Épicerie", existing.id)
    sub_form.category.setCurrentIndex(sub_form.category.findData(COOPERATE))
    replace_text(qtbot, sub_form.fields["received_on"], "20/03/2026")
    for box in sub_form.documents.boxes.values():
        box.setChecked(True)
    with qtbot.waitSignal(sub_form.saved):
        save(qtbot, sub_form)

    # 4. Check eligibility: the refusal in words, its sentence under the table and in a tip.
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    rows = {row[0]: row for row in texts_of(tab.table)}
    recyclerie = next(r for k, r in rows.items() if "Recyclerie" in k)
    epicerie = next(r for k, r in rows.items() if "Épicerie" in k)
    assert recyclerie[2:] == [COOPERATE, "8\u202f000\u00a0€", "1", "2/2", "Éligible"]
    assert epicerie[4:] == ["0", "2/2", "Non éligible (1)"]
    statuses = {s.project_id: s.status for s in t.records["submission"].where()}
    assert statuses == {project.id: "eligible", existing.id: "non_eligible"}
    number = next(
        n for n, line in enumerate(tab.model.rows) if line.record.project_id == existing.id
    )
    tab.table.selectRow(number)
    assert REFUSAL in tab.detail.text()
    tip = tab.model.index(number, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == REFUSAL
    assert tab.override_button.isEnabled()
    assert offenders(page, "calls page") == [] and literal_colours(page, "calls page") == []
    detail.tabs.setCurrentIndex(RULES)

    # 5. Notation: each member scores the eligible candidature; Jean Roux declares a conflict.
    (scoring_tab, _), (jury_tab, _) = detail.extra_tabs_shown
    detail.tabs.setCurrentWidget(scoring_tab)
    sub_id = next(s.id for s in t.records["submission"].where() if s.project_id == project.id)
    for member, values in ((0, (5, 4, 8)), (1, (4, 4, 6)), (2, None)):
        scoring_tab.member.setCurrentIndex(member)
        row = next(i for i, line in enumerate(scoring_tab.lines) if line.submission_id == sub_id)
        assert all(line.eligible == (line.project_id == project.id) for line in scoring_tab.lines)
        if values is None:
            scoring_tab.conflicts[row].click()
        else:
            for box, value in zip(scoring_tab.boxes[row].values(), values, strict=True):
                box.setValue(value)
        with qtbot.waitSignal(scoring_tab.changed):
            qtbot.mouseClick(scoring_tab.save_button, Qt.MouseButton.LeftButton)

    # 6. Jury: the ranking (the conflict excluded), the meeting, one numbered decision.
    detail.tabs.setCurrentWidget(jury_tab)
    first = [jury_tab.model.index(0, c).data() for c in range(jury_tab.model.columnCount())]
    # 100 × (3 × 4,5/5 + 2 × 4/5 + 1 × 7/10) / 6: Jean Roux's conflict counts nowhere
    assert first[0] == "1" and "Recyclerie" in first[1] and first[2] == "83,3"
    assert "conflit" in first[3]
    with qtbot.waitSignal(jury_tab.changed):
        qtbot.mouseClick(jury_tab.meeting_button, Qt.MouseButton.LeftButton)
    jury_tab.table.selectRow(0)
    qtbot.mouseClick(jury_tab.award_button, Qt.MouseButton.LeftButton)
    award = jury_tab.dialog
    award.field.clear()
    qtbot.keyClicks(award.field, "8000")
    ok = award.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(jury_tab.changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (decision,) = [d for d in meetings.decision_register(t) if d.record.number.startswith("JURY")]
    assert decision.record.number == "JURY-2026-01"
    assert "« Recyclerie du Val » : lauréat, 8\u202f000\u00a0€ accordés." in decision.record.text

    # 7. The letters: the laureate's and the non-eligible one's, read back.
    folder = tmp_path / "lettres"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder))
    )
    qtbot.mouseClick(jury_tab.letters_button, Qt.MouseButton.LeftButton)
    letters = {p.name.split(" ", 1)[1]: p for p in folder.iterdir()}
    assert sorted(letters) == [
        "Recyclerie du Val — lauréat.docx",
        "Épicerie solidaire — non recevable.docx",
    ]
    laureate = plain("\n".join(p.text for p in Docx(str(letters[sorted(letters)[0]])).paragraphs))
    assert "Nadia Ferrand" in laureate and "8 000 €" in laureate
    refused = plain("\n".join(p.text for p in Docx(str(letters[sorted(letters)[1]])).paragraphs))
    assert REFUSAL in refused

    # 8. The award is in the project's plan de financement, on its Financement tab.
    window.open_record("project", project.id)
    project_detail = window.projects.detail
    project_detail.tabs.setCurrentIndex(FUNDING)
    qtbot.waitUntil(lambda: bool(texts_of(project_detail.funding.table)))
    view = project_detail.funding
    assert "Coopérer en Val de Drôme" in " ".join(" ".join(r) for r in texts_of(view.table))
    (line,) = funding.plan(t, project.id).lines
    assert (line.status, line.granted_cents) == ("accordee", 800_000)
