"""The corbeille's links and the lists' usage map, checked against the schema itself."""

import re
from importlib import resources

from municipaless.core.domain import Project
from municipaless.storage import history_queries, trash_queries, vocabulary_queries


def _schema_comments() -> set[tuple[str, str, str]]:
    """(table, column, vocabulary) from the ``-- vocabulary X`` comments of 0001_initial.sql."""
    text = resources.files("municipaless.storage.schema").joinpath("0001_initial.sql").read_text()
    found, table = set(), None
    for line in text.splitlines():
        start = re.match(r"CREATE TABLE (\w+)", line)
        if start:
            table = start.group(1)
        comment = re.match(r"\s*(\w+) TEXT[^,]*,?\s*--.*vocabulary (\w+)", line)
        if comment and table:
            found.add((table, comment.group(1), comment.group(2)))
    return found


def test_every_vocabulary_column_of_the_schema_is_counted(tdb):
    mapped = {
        (table, column, vocab)
        for vocab, columns in vocabulary_queries.VOCABULARY_COLUMNS.items()
        for table, column, _is_list in columns
    }
    commented = _schema_comments()
    assert len(commented) >= 12  # the comments were read
    assert commented - mapped == set()
    for table, column, _vocab in mapped:
        names = {r[1] for r in tdb.db.execute(f"PRAGMA table_info({table})").fetchall()}
        assert column in names, (table, column)


def test_uses_count_live_records_in_plain_and_list_columns(tdb):
    from tests.storage.merge_helpers import records

    projects = records(tdb, "project")
    projects.insert(Project(reference="P-1", name="A", stage="emergence"))
    gone = projects.insert(Project(reference="P-2", name="B", stage="emergence"))
    projects.delete(gone.id, gone.rev)
    assert vocabulary_queries.vocabulary_uses(tdb.db, "stage", "emergence") == 1
    [challenge] = tdb.db.execute("SELECT id FROM challenge LIMIT 1").fetchall()
    projects.insert(Project(reference="P-3", name="C", challenges=(challenge[0],)))
    assert vocabulary_queries.challenge_uses(tdb.db, challenge[0]) == 1


def test_links_come_from_the_foreign_keys(tdb):
    links = {(k.child, k.column): k for k in trash_queries.links(tdb.db)}
    assert links[("case_event", "project_id")].owning
    assert links[("action_item", "meeting_id")].owning  # nullable but part of its meeting
    assert not links[("attendance", "person_id")].owning
    assert ("decision", "replaced_by") not in links


def test_journal_text_reads_back_as_the_field_value():
    from municipaless.core.domain import FundingRequest, Organisation

    read = history_queries.value_from_journal
    assert read(Organisation, "sectors", '["a", "b"]') == ("a", "b")
    assert read(FundingRequest, "asked_cents", "150000") == 150000
    assert read(FundingRequest, "is_commune", "1") is True
    assert read(Organisation, "name", "BGE") == "BGE"
    assert read(Organisation, "email", None) is None
