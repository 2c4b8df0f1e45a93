-- 0007: the cooperation levers. Enjeux become records with a diagnosis and indicators; calls
-- for projects (appels à projets coopératifs) with criteria, jury, candidatures and scores;
-- collectifs (PTCE, SCIC, tiers-lieux…) and their members; ateliers with registrations; the
-- needs side of a project's plan de financement. Every table carries the usual bookkeeping,
-- so the journal, the corbeille and the merge of copies treat them like every other record.
-- No UNIQUE constraints on links: two copies may add the same link, the services dedupe.

ALTER TABLE challenge ADD COLUMN status TEXT NOT NULL DEFAULT 'actif';  -- propose, actif, atteint, abandonne
ALTER TABLE challenge ADD COLUMN diagnosis_on TEXT;
ALTER TABLE challenge ADD COLUMN diagnosis_source TEXT NOT NULL DEFAULT '';
ALTER TABLE challenge ADD COLUMN diagnosis_document TEXT NOT NULL DEFAULT '';

CREATE TABLE indicator (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    challenge_id TEXT NOT NULL REFERENCES challenge(id),
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    target REAL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX indicator_challenge ON indicator(challenge_id);

CREATE TABLE indicator_value (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX indicator_value_indicator ON indicator_value(indicator_id, measured_on);

CREATE TABLE project_call (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    reference TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '[]',          -- JSON [{"label": …, "min_partners": n}]
    min_partners INTEGER NOT NULL DEFAULT 0,
    max_amount_cents INTEGER,
    required_documents TEXT NOT NULL DEFAULT '[]',  -- JSON labels: the candidature checklist
    envelope_cents INTEGER,
    launch_on TEXT, deadline_on TEXT, jury_on TEXT, notification_on TEXT,
    status TEXT NOT NULL DEFAULT 'preparation',     -- preparation, ouvert, clos, jury, notifie
    funder_id TEXT REFERENCES organisation(id),
    jury_meeting_id TEXT REFERENCES meeting(id),
    challenges TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX project_call_alive ON project_call(deleted_at) WHERE deleted_at IS NULL;

CREATE TABLE call_criterion (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    call_id TEXT NOT NULL REFERENCES project_call(id),
    label TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL DEFAULT 1,
    max_score INTEGER NOT NULL DEFAULT 5,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX call_criterion_call ON call_criterion(call_id, position);

CREATE TABLE jury_member (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    call_id TEXT NOT NULL REFERENCES project_call(id),
    person_id TEXT REFERENCES person(id),
    name TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisation(id),
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX jury_member_call ON jury_member(call_id, position);

CREATE TABLE submission (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    call_id TEXT NOT NULL REFERENCES project_call(id),
    project_id TEXT NOT NULL REFERENCES project(id),
    person_id TEXT REFERENCES person(id),
    organisation_id TEXT REFERENCES organisation(id),
    category TEXT NOT NULL DEFAULT '',
    asked_cents INTEGER,
    received_on TEXT,
    documents TEXT NOT NULL DEFAULT '[]',           -- JSON labels of the documents received
    status TEXT NOT NULL DEFAULT 'recue',           -- recue, eligible, non_eligible, laureat, refusee, retiree
    eligibility_note TEXT NOT NULL DEFAULT '',
    awarded_cents INTEGER,
    refusal_reason TEXT NOT NULL DEFAULT '',
    decision_id TEXT REFERENCES decision(id),
    notified_on TEXT
);
CREATE INDEX submission_call ON submission(call_id);
CREATE INDEX submission_project ON submission(project_id);

CREATE TABLE submission_partner (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    submission_id TEXT NOT NULL REFERENCES submission(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX submission_partner_submission ON submission_partner(submission_id);
CREATE INDEX submission_partner_org ON submission_partner(organisation_id);

CREATE TABLE scorecard (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    submission_id TEXT NOT NULL REFERENCES submission(id),
    jury_member_id TEXT NOT NULL REFERENCES jury_member(id),
    conflict_of_interest INTEGER NOT NULL DEFAULT 0,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scorecard_submission ON scorecard(submission_id);

CREATE TABLE score (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    scorecard_id TEXT NOT NULL REFERENCES scorecard(id),
    criterion_id TEXT NOT NULL REFERENCES call_criterion(id),
    value REAL NOT NULL
);
CREATE INDEX score_scorecard ON score(scorecard_id);

CREATE TABLE collective (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    name TEXT NOT NULL,
    kind TEXT,                      -- vocabulary collective_kind
    organisation_id TEXT REFERENCES organisation(id),
    description TEXT NOT NULL DEFAULT '',
    founded_on TEXT,
    commune_insee TEXT,
    series_id TEXT REFERENCES meeting_series(id),
    challenges TEXT NOT NULL DEFAULT '[]',
    closed_on TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX collective_alive ON collective(deleted_at) WHERE deleted_at IS NULL;

CREATE TABLE membership (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    collective_id TEXT NOT NULL REFERENCES collective(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    role TEXT,                      -- vocabulary membership_role
    joined_on TEXT,
    left_on TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX membership_collective ON membership(collective_id);
CREATE INDEX membership_org ON membership(organisation_id);

CREATE TABLE collective_referent (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    collective_id TEXT NOT NULL REFERENCES collective(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX collective_referent_collective ON collective_referent(collective_id);
CREATE INDEX collective_referent_person ON collective_referent(person_id);

CREATE TABLE collective_project (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    collective_id TEXT NOT NULL REFERENCES collective(id),
    project_id TEXT NOT NULL REFERENCES project(id)
);
CREATE INDEX collective_project_collective ON collective_project(collective_id);
CREATE INDEX collective_project_project ON collective_project(project_id);

CREATE TABLE workshop (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    title TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,        -- local ISO date-time
    ends_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    trainer_person_id TEXT REFERENCES person(id),
    trainer_organisation_id TEXT REFERENCES organisation(id),
    capacity INTEGER,
    status TEXT NOT NULL DEFAULT 'prevu',   -- prevu, realise, annule
    description TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX workshop_date ON workshop(starts_at);

CREATE TABLE registration (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    person_id TEXT REFERENCES person(id),
    project_id TEXT REFERENCES project(id),
    free_name TEXT NOT NULL DEFAULT '',
    registered_on TEXT,
    status TEXT NOT NULL DEFAULT 'inscrit',     -- inscrit, present, excuse, absent
    satisfaction INTEGER,           -- 1 … 5
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX registration_workshop ON registration(workshop_id);
CREATE INDEX registration_project ON registration(project_id);
CREATE INDEX registration_person ON registration(person_id);

CREATE TABLE budget_line (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    kind TEXT NOT NULL DEFAULT 'fonctionnement',    -- vocabulary budget_kind
    label TEXT NOT NULL,
    year INTEGER,
    amount_cents INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX budget_line_project ON budget_line(project_id);

-- A call's award becomes a line of the project's plan de financement.
ALTER TABLE funding_request ADD COLUMN submission_id TEXT REFERENCES submission(id);
ALTER TABLE funding_request ADD COLUMN budget_year INTEGER;
CREATE INDEX funding_request_submission ON funding_request(submission_id);
