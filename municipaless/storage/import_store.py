"""The SQL of the annuaire's import and vCard export (services/directory/importer.py and
services/directory/vcard_export.py); the rows themselves are written by bulk.insert_many."""

from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.core.domain import Person
from municipaless.storage import codec
from municipaless.storage.listing import Where


@dataclass(frozen=True)
class PersonRow:
    """A person with the job they hold today (if any) and its structure; ``holder``: they hold
    a live project (porteur de projet)."""

    person: Person
    role: str = ""
    job_email: str | None = None
    job_phone: str | None = None
    organisation: str = ""
    org_address: str = ""
    org_postcode: str | None = None
    org_commune_insee: str | None = None
    org_website: str | None = None
    holder: bool = False


_EXTRA = ("_role", "_job_email", "_job_phone", "_org", "_org_address", "_org_postcode",
          "_org_insee", "_org_website", "_holder")  # fmt: skip


def contacts(db: Database, today: str, where: Where | None = None) -> list[PersonRow]:
    """Live, not erased people (alias ``t`` for ``where``), each with their current job: the
    one without an end (or ending today or later) that started last."""
    where = where or Where()
    sql = f"""
        SELECT t.*, a.role AS _role, a.email AS _job_email, a.phone AS _job_phone,
               o.name AS _org, o.address AS _org_address, o.postcode AS _org_postcode,
               o.commune_insee AS _org_insee, o.website AS _org_website,
               EXISTS (SELECT 1 FROM project_holder h
                       JOIN project p ON p.id = h.project_id AND p.deleted_at IS NULL
                       WHERE h.person_id = t.id AND h.deleted_at IS NULL) AS _holder
        FROM person t
        LEFT JOIN affiliation a ON a.id = (
            SELECT a2.id FROM affiliation a2
            JOIN organisation o2 ON o2.id = a2.organisation_id AND o2.deleted_at IS NULL
            WHERE a2.person_id = t.id AND a2.deleted_at IS NULL
              AND (a2.end_on IS NULL OR a2.end_on = '' OR a2.end_on >= ?)
            ORDER BY coalesce(a2.start_on, '') DESC, a2.rowid DESC
            LIMIT 1)
        LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE t.deleted_at IS NULL AND t.erased_at IS NULL{where.clause}
        ORDER BY t.last_name COLLATE FR, t.first_name COLLATE FR, t.rowid
    """
    out = []
    for row in db.query(sql, [today, *where.params]):
        extra = [row.pop(name) for name in _EXTRA]
        out.append(
            PersonRow(
                codec.from_row(Person, row),
                extra[0] or "",
                extra[1],
                extra[2],
                extra[3] or "",
                extra[4] or "",
                extra[5],
                extra[6],
                extra[7],
                bool(extra[8]),
            )
        )
    return out
