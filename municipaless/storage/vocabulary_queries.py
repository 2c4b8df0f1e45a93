"""Where each vocabulary's codes and the enjeux' ids are used: Paramètres ▸ Listes counts them
before a value may be deleted (in use: archived only, so old records keep their label).

``VOCABULARY_COLUMNS`` restates the schema's ``-- vocabulary X`` comments as data; a test reads
the schema to keep them in step.
"""

from sqlite_utils import Database

# vocabulary -> (table, column, holds a JSON list of codes)
VOCABULARY_COLUMNS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "organisation_kind": (("organisation", "kind", False),),
    "legal_status": (("organisation", "legal_status", False), ("project", "legal_status", False)),
    "service": (("service_offer", "service", False), ("referral", "need", False)),
    "instrument": (
        ("service_offer", "instrument", False),
        ("funding_request", "instrument", False),
    ),
    "stage": (("project", "stage", False), ("service_offer", "stages", True)),
    "sector": (
        ("project", "sector", False),
        ("organisation", "sectors", True),
        ("service_offer", "sectors", True),
        ("meeting", "sectors", True),
    ),
    "project_status": (("project", "status", False),),
    "case_event_kind": (("case_event", "kind", False),),
    "referral_status": (("referral", "status", False),),
    "funding_status": (("funding_request", "status", False),),
    "meeting_kind": (("meeting_series", "kind", False),),
    "attendance_status": (("attendance", "status", False),),
    "action_status": (("action_item", "status", False),),
}
CHALLENGE_COLUMNS = (("project", "challenges"), ("meeting", "challenges"))


def _count(db: Database, table: str, column: str, value: str, is_list: bool) -> int:
    if is_list:
        sql = (
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL AND {column} != '[]'"
            f" AND EXISTS (SELECT 1 FROM json_each({table}.{column}) WHERE value = ?)"
        )
    else:
        sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL AND {column} = ?"
    found: int = db.execute(sql, [value]).fetchone()[0]
    return found


def vocabulary_uses(db: Database, vocab: str, code: str) -> int:
    """Live records holding ``code`` of ``vocab`` (deleted ones do not keep a value in use)."""
    return sum(
        _count(db, table, column, code, is_list)
        for table, column, is_list in VOCABULARY_COLUMNS.get(vocab, ())
    )


def challenge_uses(db: Database, challenge_id: str) -> int:
    return sum(_count(db, table, column, challenge_id, True) for table, column in CHALLENGE_COLUMNS)


def max_position(db: Database, table: str, vocab: str | None = None) -> int:
    where, params = ("vocab = ?", [vocab]) if vocab is not None else ("1", [])
    found = db.execute(f"SELECT max(position) FROM {table} WHERE {where}", params).fetchone()[0]
    return -1 if found is None else int(found)


def codes_of(db: Database, vocab: str) -> set[str]:
    """Every code of ``vocab``, deleted ones included (UNIQUE (vocab, code) counts them)."""
    return {r[0] for r in db.execute("SELECT code FROM vocabulary WHERE vocab = ?", [vocab])}
