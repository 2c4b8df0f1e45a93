"""The demo's cooperation levers: what issue #16 promises the demo territory shows, following the
rules of docs/cooperation.md (eligibility, ranking, decisions, awards in the plan)."""

import json
import re
import sqlite3
from collections import defaultdict
from datetime import date

import pytest

from municipaless import cli
from municipaless.core.formats import format_money
from municipaless.services import demo
from municipaless.services.demo import cooperation_data as cd
from municipaless.services.file import check, open_territory

TODAY = date(2026, 11, 20)
CALL_YEAR = 2026  # after mid-July, the call of the year has been decided


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    counts = demo.generate(path, "small", seed=3, today=TODAY)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield path, counts, conn
    conn.close()


def rows(conn, sql, *params):
    return conn.execute(sql, params).fetchall()


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()[0]


def carried(conn, table):
    """challenge id -> number of live rows of ``table`` carrying it."""
    out = defaultdict(int)
    sql = f"SELECT j.value FROM {table} t, json_each(t.challenges) j WHERE t.deleted_at IS NULL"
    for (value,) in conn.execute(sql):
        out[value] += 1
    return out


def test_six_enjeux_with_diagnosis_and_indicators_one_left_uncovered(small):
    _path, _counts, conn = small
    enjeux = rows(conn, "SELECT * FROM challenge WHERE deleted_at IS NULL")
    assert len(enjeux) == 6
    for e in enjeux:
        assert e["description"] and e["diagnosis_on"] and e["diagnosis_source"]
        assert e["diagnosis_document"] and e["status"] == "actif"
        indicators = rows(conn, "SELECT id FROM indicator WHERE challenge_id = ?", e["id"])
        assert 1 <= len(indicators) <= 3, e["title"]
        for (indicator_id,) in indicators:
            measures = rows(
                conn,
                "SELECT measured_on, value FROM indicator_value WHERE indicator_id = ? "
                "ORDER BY measured_on",
                indicator_id,
            )
            assert 2 <= len(measures) <= 4
            assert len({m[0] for m in measures}) == len(measures)
            assert measures[-1][0] < TODAY.isoformat()
    uncovered = one(conn, "SELECT id FROM challenge WHERE title = ?", cd.UNCOVERED)
    for table in ("project", "meeting", "project_call", "collective", "workshop"):
        counts = carried(conn, table)
        assert counts[uncovered] == 0, table
        covered = [e["id"] for e in enjeux if e["id"] != uncovered]
        if table in ("project", "meeting"):
            assert all(counts[c] > 0 for c in covered), table
    # realistically, not everything carries an enjeu
    assert one(conn, "SELECT count(*) FROM project WHERE challenges = '[]'") > 0
    assert one(conn, "SELECT count(*) FROM meeting WHERE challenges = '[]'") > 0


def test_one_call_with_its_rules_its_criteria_and_a_jury_of_five(small):
    _path, _counts, conn = small
    (call,) = rows(conn, "SELECT * FROM project_call")
    categories = json.loads(call["categories"])
    assert {"label": "Coopérer pour se développer", "min_partners": 1} in categories
    assert len(categories) == 2
    assert len(json.loads(call["required_documents"])) == 3
    assert call["envelope_cents"] > 0 and call["max_amount_cents"] > 0
    calendar = [call[k] for k in ("launch_on", "deadline_on", "jury_on", "notification_on")]
    assert calendar == sorted(calendar) and {c[:4] for c in calendar} == {str(CALL_YEAR)}
    assert call["status"] == "notifie"
    assert call["funder_id"] is None  # the commune itself pays
    criteria = rows(
        conn, "SELECT weight, max_score FROM call_criterion WHERE call_id = ?", call["id"]
    )
    assert len(criteria) == 3 and len({c[0] for c in criteria}) > 1
    jury = rows(
        conn,
        "SELECT j.person_id FROM jury_member j JOIN person p ON p.id = j.person_id "
        "JOIN affiliation a ON a.person_id = p.id AND a.organisation_id = j.organisation_id "
        "WHERE j.call_id = ?",
        call["id"],
    )
    assert len({j[0] for j in jury}) == 5


def test_twelve_candidatures_one_without_partner_one_missing_a_document(small):
    _path, _counts, conn = small
    subs = rows(
        conn,
        "SELECT s.*, (SELECT count(*) FROM submission_partner sp WHERE sp.submission_id = s.id)"
        " AS partners FROM submission s",
    )
    assert len(subs) == 12
    assert len({s["project_id"] for s in subs}) == 12
    holders = {(r[0], r[1]) for r in rows(conn, "SELECT project_id, person_id FROM project_holder")}
    assert all((s["project_id"], s["person_id"]) in holders for s in subs)
    (ineligible,) = [s for s in subs if s["status"] == "non_eligible"]
    assert ineligible["category"] == "Coopérer pour se développer"
    assert ineligible["partners"] == 0 and ineligible["decision_id"] is None
    assert "Au moins 1\u00a0partenaire est exigé" in ineligible["refusal_reason"]
    missing = [
        s
        for s in subs
        if len(json.loads(s["documents"])) < 3
        or not set(cd.REQUIRED_DOCUMENTS) <= set(json.loads(s["documents"]))
    ]
    assert len(missing) == 1 and missing[0]["eligibility_note"]  # declared eligible, in writing
    others = [s for s in subs if s["id"] != ineligible["id"]]
    assert {s["status"] for s in others} == {"laureat", "refusee"}
    assert all(s["notified_on"] for s in subs)


def weighted_ranking(conn, call_id):
    """docs/cooperation.md: per criterion the mean of the members not in conflict, then
    100 × Σ(weight × mean / max) / Σ(weight); ties by received_on, then project reference."""
    criteria = {
        r[0]: (r[1], r[2])
        for r in rows(
            conn, "SELECT id, weight, max_score FROM call_criterion WHERE call_id = ?", call_id
        )
    }
    scored = defaultdict(lambda: defaultdict(list))
    for sub, crit, value in rows(
        conn,
        "SELECT c.submission_id, s.criterion_id, s.value FROM score s "
        "JOIN scorecard c ON c.id = s.scorecard_id WHERE c.conflict_of_interest = 0",
    ):
        scored[sub][crit].append(value)
    ranking = []
    for s in rows(
        conn,
        "SELECT s.id, s.received_on, p.reference FROM submission s "
        "JOIN project p ON p.id = s.project_id WHERE s.call_id = ? AND s.status != 'non_eligible'",
        call_id,
    ):
        means = {c: sum(v) / len(v) for c, v in scored[s[0]].items()}
        total = sum(criteria[c][0] * m / criteria[c][1] for c, m in means.items())
        score = 100 * total / sum(criteria[c][0] for c in means)
        ranking.append((-score, s[1], s[2], s[0]))
    return [r[3] for r in sorted(ranking)]


def test_scorecards_complete_with_one_conflict_of_interest(small):
    _path, _counts, conn = small
    call_id = one(conn, "SELECT id FROM project_call")
    members = {r[0] for r in rows(conn, "SELECT id FROM jury_member")}
    eligible = [
        r[0] for r in rows(conn, "SELECT id FROM submission WHERE status != 'non_eligible'")
    ]
    criteria = {r[0] for r in rows(conn, "SELECT id FROM call_criterion")}
    conflicts = rows(conn, "SELECT * FROM scorecard WHERE conflict_of_interest = 1")
    assert len(conflicts) == 1 and conflicts[0]["comment"]
    assert one(conn, "SELECT count(*) FROM score WHERE scorecard_id = ?", conflicts[0]["id"]) == 0
    for sub in eligible:
        cards = rows(conn, "SELECT * FROM scorecard WHERE submission_id = ?", sub)
        assert {c["jury_member_id"] for c in cards} == members
        for card in cards:
            if card["conflict_of_interest"]:
                continue
            scores = rows(
                conn, "SELECT criterion_id, value FROM score WHERE scorecard_id = ?", card["id"]
            )
            assert {s[0] for s in scores} == criteria
            assert all(0 <= s[1] <= 5 for s in scores)
    assert len(weighted_ranking(conn, call_id)) == 11


def test_one_numbered_decision_per_decided_candidature_in_ranking_order(small):
    _path, _counts, conn = small
    call = rows(conn, "SELECT * FROM project_call")[0]
    meeting = rows(
        conn,
        "SELECT m.*, s.code, s.kind FROM meeting m JOIN meeting_series s ON s.id = m.series_id "
        "WHERE m.id = ?",
        call["jury_meeting_id"],
    )[0]
    assert meeting["kind"] == "jury" and meeting["starts_at"][:10] == call["jury_on"]
    assert meeting["starts_at"] < TODAY.isoformat()
    ranking = weighted_ranking(conn, call["id"])
    decided = {
        r[0]: (r[1], r[2], r[3])
        for r in rows(
            conn,
            "SELECT s.id, d.number, d.text, d.meeting_id FROM submission s "
            "JOIN decision d ON d.id = s.decision_id",
        )
    }
    assert set(decided) == set(ranking)
    assert {m for _n, _t, m in decided.values()} == {meeting["id"]}
    prefix = f"{meeting['code']}-{CALL_YEAR}-"
    numbers = [decided[s][0] for s in ranking]
    assert all(re.fullmatch(re.escape(prefix) + r"\d\d", n) for n in numbers)
    tails = [int(n[len(prefix) :]) for n in numbers]
    assert tails == list(range(tails[0], tails[0] + len(tails)))  # consecutive, ranking order
    register = [r[0] for r in rows(conn, "SELECT number FROM decision")]
    assert len(register) == len(set(register))  # never given twice in the register
    statuses = [one(conn, "SELECT status FROM submission WHERE id = ?", s) for s in ranking]
    assert statuses == sorted(statuses)  # laureat before refusee: the best ranked win
    for s in ranking:
        text = decided[s][1]
        assert text.startswith(f"Appel à projets « {call['title']} » — P-")
        assert ("lauréat" in text) != ("non retenue. Motif :" in text)
    agenda = [
        r[0]
        for r in rows(
            conn,
            "SELECT title FROM agenda_item WHERE meeting_id = ? ORDER BY position",
            meeting["id"],
        )
    ]
    assert len(agenda) == len(ranking) + 2
    invited = {
        r[0]
        for r in rows(conn, "SELECT person_id FROM attendance WHERE meeting_id = ?", meeting["id"])
    }
    assert invited == {r[0] for r in rows(conn, "SELECT person_id FROM jury_member")}


def test_awards_are_funding_requests_within_the_envelope(small):
    _path, _counts, conn = small
    call = rows(conn, "SELECT * FROM project_call")[0]
    laureates = rows(conn, "SELECT * FROM submission WHERE status = 'laureat'")
    assert len(laureates) >= 3
    assert sum(s["awarded_cents"] for s in laureates) <= call["envelope_cents"]
    assert all(0 < s["awarded_cents"] <= call["max_amount_cents"] for s in laureates)
    requests = rows(conn, "SELECT * FROM funding_request WHERE submission_id IS NOT NULL")
    assert sorted(r["submission_id"] for r in requests) == sorted(s["id"] for s in laureates)
    by_sub = {r["submission_id"]: r for r in requests}
    for s in laureates:
        r = by_sub[s["id"]]
        assert r["project_id"] == s["project_id"]
        assert r["funder_id"] is None and r["is_commune"] == 1
        assert r["scheme"] == call["title"] and r["instrument"] == "subvention"
        assert (r["asked_cents"], r["granted_cents"]) == (s["asked_cents"], s["awarded_cents"])
        assert r["status"] == "accordee" and r["decided_on"] == call["jury_on"]
        text = one(conn, "SELECT text FROM decision WHERE id = ?", s["decision_id"])
        assert text.endswith(f"lauréat, {format_money(s['awarded_cents'])} accordés.")


def test_three_collectifs_the_ptce_with_six_members_one_gone(small):
    _path, _counts, conn = small
    collectives = {r["kind"]: r for r in rows(conn, "SELECT * FROM collective")}
    assert set(collectives) == {"ptce", "scic", "tiers_lieu"}
    ptce = collectives["ptce"]
    members = rows(conn, "SELECT * FROM membership WHERE collective_id = ?", ptce["id"])
    assert len(members) == 6 and len({m["organisation_id"] for m in members}) == 6
    left = [m for m in members if m["left_on"]]
    assert len(left) == 1 and left[0]["joined_on"] < left[0]["left_on"] < TODAY.isoformat()
    assert {m["role"] for m in members} >= {"fondateur", "collectivite"}
    kind = one(conn, "SELECT kind FROM meeting_series WHERE id = ?", ptce["series_id"])
    assert kind == "ptce"
    held = one(
        conn,
        "SELECT count(*) FROM meeting WHERE series_id = ? AND starts_at < ?",
        ptce["series_id"],
        TODAY.isoformat(),
    )
    assert held >= 2
    for c in collectives.values():
        assert json.loads(c["challenges"])
        assert (
            one(conn, "SELECT count(*) FROM collective_referent WHERE collective_id = ?", c["id"])
            >= 1
        )
        assert (
            one(conn, "SELECT count(*) FROM collective_project WHERE collective_id = ?", c["id"])
            >= 1
        )


def test_ten_ateliers_over_the_year_with_registrations(small):
    _path, _counts, conn = small
    workshops = rows(conn, "SELECT * FROM workshop ORDER BY starts_at")
    assert len(workshops) == 10
    assert len({w["theme"] for w in workshops}) >= 4
    assert (
        date.fromisoformat(workshops[-1]["starts_at"][:10])
        - date.fromisoformat(workshops[0]["starts_at"][:10])
    ).days <= 366
    held = [w for w in workshops if w["starts_at"] < TODAY.isoformat()]
    assert held and all(w["status"] == "realise" for w in held)
    assert all(w["status"] == "prevu" for w in workshops if w not in held)
    assert all(w["trainer_person_id"] and w["trainer_organisation_id"] for w in workshops)
    regs = rows(
        conn,
        "SELECT r.*, w.starts_at FROM registration r JOIN workshop w ON w.id = r.workshop_id",
    )
    people = [(r["workshop_id"], r["person_id"]) for r in regs if r["person_id"]]
    assert len(people) == len(set(people))  # nobody registered twice to the same atelier
    with_project = [r for r in regs if r["project_id"]]
    assert with_project and all(r["person_id"] for r in with_project)
    past = [r for r in regs if r["starts_at"] < TODAY.isoformat()]
    present = [r for r in past if r["status"] == "present"]
    assert len(present) > 0.6 * len(past)
    notes = [r["satisfaction"] for r in present if r["satisfaction"] is not None]
    assert notes and all(1 <= n <= 5 for n in notes)
    assert all(r["status"] == "inscrit" for r in regs if r not in past)


def test_budget_lines_some_plans_balance_some_are_short(small):
    _path, _counts, conn = small
    projects = [r[0] for r in rows(conn, "SELECT DISTINCT project_id FROM budget_line")]
    assert 8 <= len(projects) <= 10
    balanced = short = 0
    for p in projects:
        needs = one(conn, "SELECT sum(amount_cents) FROM budget_line WHERE project_id = ?", p)
        resources = one(
            conn,
            "SELECT coalesce(sum(CASE WHEN status IN ('accordee', 'versee') THEN granted_cents "
            "ELSE asked_cents END), 0) FROM funding_request "
            "WHERE project_id = ? AND status != 'refusee'",
            p,
        )
        balanced += needs == resources
        short += needs > resources
    assert balanced >= 3 and short >= 2 and balanced + short == len(projects)
    kinds = {r[0] for r in rows(conn, "SELECT DISTINCT kind FROM budget_line")}
    assert kinds == {"investissement", "fonctionnement"}


def test_every_cooperation_code_is_in_its_vocabulary(small):
    _path, _counts, conn = small
    for table, column, vocab in (
        ("collective", "kind", "collective_kind"),
        ("membership", "role", "membership_role"),
        ("budget_line", "kind", "budget_kind"),
    ):
        codes = {r[0] for r in rows(conn, f"SELECT DISTINCT {column} FROM {table}")}
        known = {r[0] for r in rows(conn, "SELECT code FROM vocabulary WHERE vocab = ?", vocab)}
        assert codes and codes <= known, (table, codes - known)


def test_the_demo_file_passes_check(small, capsys):
    path, counts, conn = small
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    report = check.check_file(path)
    assert report.ok and report.verdict == check.SOUND
    assert cli.main(["check", str(path)]) == 0
    assert "fichier sain" in capsys.readouterr().out
    journal = one(conn, "SELECT count(*) FROM journal WHERE field = '+'")
    assert journal == sum(counts.values())


def test_global_search_finds_the_demo_s_cooperation_records(small):
    path, _counts, conn = small
    project = one(
        conn,
        "SELECT p.name FROM submission s JOIN project p ON p.id = s.project_id "
        "WHERE s.status = 'laureat' LIMIT 1",
    )
    territory = open_territory(path, "Test")
    try:
        expected = {
            "cooperer centre": ("project_call", "Coopérer en Centre Ardèche"),
            "legumerie": ("collective", "SCIC Légumerie du Centre Ardèche"),
            "comptabilite": ("workshop", "Tenir la comptabilité d'une petite structure"),
            "inclusion numerique": ("challenge", cd.UNCOVERED),
            "alimentation durable": ("challenge", "Alimentation durable"),
            project: ("submission", f"{project} — AAP-{CALL_YEAR}-01"),
        }
        for query, (kind, label) in expected.items():
            found = territory.search(query).get(kind, [])
            assert label in [h.label for h in found], query
    finally:
        territory.close()


def test_the_large_demo_plans_the_benchmark_s_calls():
    """The large demo is too slow for the suite: its plan is checked, the generation is
    measured by `make bench` (tests/benchmarks/conftest.py)."""
    import random

    from municipaless.services.demo.cooperation import CooperationGenerator

    gen = CooperationGenerator(random.Random(1), demo.SCALES["tiny"], TODAY, "Démo", {})
    plans = gen.call_plans(large=True)
    assert len(plans) == 20
    [big] = [p for p in plans if p.candidatures == 200]
    assert (big.jury, big.criteria) == (6, 5)
    assert big.deadline < TODAY < big.jury_on  # closed and scored, its jury to come
    assert len(cd.CHALLENGES) == 12 and len(cd.CRITERIA) == 5


def test_the_cooperation_services_read_the_demo_as_it_was_made(small):
    """The screens' own services agree with the demo: the ranking behind the decisions, their
    words, the envelope, the matrix's uncovered enjeu, the plans that balance."""
    from municipaless.services.casework import budget
    from municipaless.services.cooperation import coverage, jury, scoring

    path, _counts, conn = small
    call_id = one(conn, "SELECT id FROM project_call")
    territory = open_territory(path, "Test")
    try:
        ranking = scoring.ranking(territory, call_id)
        ranked = [line.submission.id for line in ranking.ranked]
        assert ranked == weighted_ranking(conn, call_id)
        numbers = [line.row.decision_number for line in ranking.ranked]
        assert numbers == sorted(numbers) and all(numbers)
        [unranked] = ranking.unranked
        assert unranked.standing_text == "Non éligible"
        assert [x.conflict_text for x in ranking.ranked if x.conflict_text] == [
            "1\u00a0membre en conflit d'intérêts"
        ]
        assert not any(x.incomplete for x in ranking.ranked)
        call = territory.records["project_call"].get(call_id)
        for line in ranking.ranked:
            sub = line.submission
            project = territory.records["project"].get(sub.project_id)
            decision = territory.records["decision"].get(sub.decision_id)
            assert decision.text == jury.decision_text(call, project, sub)
        envelope = jury.envelope(territory, call_id)
        assert 0 <= envelope.remaining_cents < envelope.envelope_cents
        assert envelope.committed_cents == one(
            conn, "SELECT sum(awarded_cents) FROM submission WHERE status = 'laureat'"
        )
        matrix = coverage.matrix(territory, f"{TODAY.year}-01-01", TODAY.isoformat(), TODAY)
        assert [line.title for line in matrix.uncovered] == [cd.UNCOVERED]
        assert len(matrix.lines) == 6 and matrix.total.granted_cents > 0
        statuses = [
            budget.plan(territory, p).status
            for (p,) in rows(conn, "SELECT DISTINCT project_id FROM budget_line")
        ]
        assert statuses.count(budget.BALANCED) >= 3 and statuses.count(budget.SHORT) >= 2
        assert set(statuses) == {budget.BALANCED, budget.SHORT}
        from municipaless.services.cooperation import workshops

        present = rows(
            conn,
            "SELECT r.project_id, w.id FROM registration r JOIN workshop w ON w.id = r.workshop_id"
            " WHERE r.status = 'present' AND r.project_id IS NOT NULL LIMIT 5",
        )
        for project_id, workshop_id in present:
            attended = workshops.workshops_of_project(territory, project_id)
            assert workshop_id in [a.workshop_id for a in attended]
    finally:
        territory.close()
