"""Search as you type: every keystroke of 4-letter prefixes, against raw FTS5 on the same file."""

import sqlite3
import time

from benchlib import percentile, report

from municipaless.services.file import OpenMode, open_territory
from municipaless.storage.search import KINDS, match_expression

WORDS = [
    "asso",
    "epic",
    "ress",
    "jard",
    "coop",
    "mobi",
    "copi",
    "mart",
    "sain",
    "atel",
    "garg",
    "cult",
    "alim",
    "reun",
    "fran",
    "tier",
    "dupo",
    "bern",
    "fina",
    "sout",
]


def test_search_as_you_type(large_file):
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY)
    raw = sqlite3.connect(f"file:{large_file}?mode=ro", uri=True)
    ours, base = [], []
    for _round in range(3):
        for word in WORDS:
            for n in range(1, 5):
                prefix = word[:n]
                started = time.perf_counter()
                territory.search(prefix)
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                # The raw library doing the same job: one prefix query, first 8 per kind.
                for kind in KINDS:
                    raw.execute(
                        "SELECT row_id, label, detail FROM search_index "
                        "WHERE search_index MATCH ? LIMIT 8",
                        (match_expression(prefix, kind),),
                    ).fetchall()
                base.append(time.perf_counter() - started)
    for n in range(1, 5):
        mine = [t for i, t in enumerate(ours) if i % 4 == n - 1]
        raw_n = [t for i, t in enumerate(base) if i % 4 == n - 1]
        target = "target p95 <= 30 ms" if n == 4 else ""
        report(
            f"search, {n}-letter prefix, p95", percentile(mine, 95), percentile(raw_n, 95), target
        )
    territory.close()
    raw.close()
