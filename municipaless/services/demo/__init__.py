"""A believable demonstration territory, generated deterministically.

``make run`` opens the ``small`` file so every screen has something to show; the benchmarks use
``large`` (2,000 structures, 20,000 projects, 200,000 case-log entries). Content depends only on
``(seed, today)``: dates are placed relative to today so that "en retard" means something on the
day the demo is made, and everything else comes from ``random.Random(seed)``, ids included. What
the schema migration seeds (vocabulary and challenge ids, the copy id) is per file, as in any
territory file. Rows go in through ``storage.bulk`` in a single transaction, into a temporary
file renamed at the end, so an interrupted run never leaves a half territory behind.
"""

import json
import os
import random
from datetime import date
from pathlib import Path
from typing import cast

from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.services.demo import data
from municipaless.services.demo.cooperation import CooperationGenerator
from municipaless.services.demo.directory import Scale
from municipaless.storage import territory_file
from municipaless.storage.bulk import insert_many, write_meta
from municipaless.storage.errors import FileProblem
from municipaless.storage.records import Records

SCALES: dict[str, Scale] = {
    "tiny": Scale(45, 80, 40, 240, 8),  # for tests
    "small": Scale(60, 250, 300, 3_000, 40),  # what `make run` opens
    "large": Scale(2_000, 10_000, 20_000, 200_000, 2_000),  # the benchmark file
}
INSERT_ORDER = (
    "tag",
    "organisation",
    "service_offer",
    "person",
    "affiliation",
    "project",
    "tagging",
    "project_holder",
    "case_event",
    "case_event_participant",
    "referral",
    "follow_up",
    "meeting_series",
    "meeting",
    "minutes_version",
    "meeting_project",
    "attendance",
    "agenda_item",
    "decision",
    "action_item",
    # the cooperation levers (demo/cooperation.py); an award's funding request names its
    # candidature, so the funding requests come after the candidatures
    "indicator",
    "indicator_value",
    "project_call",
    "call_criterion",
    "jury_member",
    "submission",
    "submission_partner",
    "scorecard",
    "score",
    "funding_request",
    "collective",
    "membership",
    "collective_referent",
    "collective_project",
    "workshop",
    "registration",
    "budget_line",
)


def generate(
    path: Path,
    scale: str = "small",
    seed: int = 1,
    officer: str = "Démo",
    *,
    today: date | None = None,
) -> dict[str, int]:
    """Create a new demo territory at ``path``; returns rows inserted per table.

    Refuses (``FileProblem``) an existing non-empty file: overwriting is the caller's decision.
    ``today`` pins the reference date (tests); by default it is the real date.
    """
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}: {', '.join(SCALES)}")
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileProblem(
            _("Le fichier « {name} » existe déjà : choisissez un autre nom.").format(name=path.name)
        )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    tdb = territory_file.create(tmp, officer)
    try:
        counts = _fill(tdb, scale, seed, officer, today or date.today())
        tdb.close()
        if path.exists() and path.stat().st_size > 0:
            raise FileProblem(
                _("Le fichier « {name} » a été créé entre-temps.").format(name=path.name)
            )
        os.replace(tmp, path)
    except BaseException:
        tdb.close()
        tmp.unlink(missing_ok=True)
        raise
    return counts


def _fill(
    tdb: territory_file.TerritoryDB, scale_name: str, seed: int, officer: str, today: date
) -> dict[str, int]:
    challenges = {c.title: c.id for c in Records(tdb, "challenge", d.Challenge).where()}
    gen = CooperationGenerator(random.Random(seed), SCALES[scale_name], today, officer, challenges)
    gen.organisations()
    gen.people()
    gen.projects()
    gen.case_events()
    gen.meetings()
    gen.cooperation(large=scale_name == "large")
    # A replaced decision points at its successor: insert the successors first (foreign key).
    decisions = cast(list[d.Decision], gen.rows["Decision"])
    decisions.sort(key=lambda x: x.replaced_by is not None)
    counts = {}
    with tdb.write():
        # The enjeux the file seeded get their diagnosis in place; new ones are inserted.
        seeded = Records(tdb, "challenge", d.Challenge)
        for challenge_id, values in gen.challenge_updates.items():
            seeded.update(challenge_id, seeded.get(challenge_id).rev, **values)
        counts["challenge"] = insert_many(tdb, "challenge", gen.rows.pop("Challenge", []))
        for table in INSERT_ORDER:
            counts[table] = insert_many(tdb, table, gen.rows.pop(d.TABLES[table].__name__, []))
        write_meta(
            tdb,
            {
                "commune_name": data.TERRITORY_NAME,
                "demo": json.dumps({"scale": scale_name, "seed": seed, "today": today.isoformat()}),
            },
        )
    return counts


def ensure_demo(path: Path) -> Path:
    """The small demo at ``path``, generated on first use (a half-made file is never left)."""
    path = Path(path)
    if not (path.exists() and path.stat().st_size > 0):
        generate(path, "small")
    return path
