-- user_version 7
-- index action_item_alive
CREATE INDEX action_item_alive ON action_item(deleted_at) WHERE deleted_at IS NULL;
-- index action_item_due
CREATE INDEX action_item_due ON action_item(status, due_on);
-- index action_item_meeting
CREATE INDEX action_item_meeting ON action_item(meeting_id);
-- index affiliation_org
CREATE INDEX affiliation_org ON affiliation(organisation_id);
-- index affiliation_person
CREATE INDEX affiliation_person ON affiliation(person_id);
-- index agenda_item_meeting
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
-- index attendance_meeting
CREATE INDEX attendance_meeting ON attendance(meeting_id);
-- index attendance_person
CREATE INDEX attendance_person ON attendance(person_id);
-- index budget_line_project
CREATE INDEX budget_line_project ON budget_line(project_id);
-- index call_criterion_call
CREATE INDEX call_criterion_call ON call_criterion(call_id, position);
-- index case_event_alive
CREATE INDEX case_event_alive ON case_event(deleted_at) WHERE deleted_at IS NULL;
-- index case_event_live_project
CREATE INDEX case_event_live_project ON case_event(project_id, occurred_on) WHERE deleted_at IS NULL;
-- index case_event_participant_event
CREATE INDEX case_event_participant_event ON case_event_participant(case_event_id);
-- index case_event_project
CREATE INDEX case_event_project ON case_event(project_id, occurred_on);
-- index collective_alive
CREATE INDEX collective_alive ON collective(deleted_at) WHERE deleted_at IS NULL;
-- index collective_project_collective
CREATE INDEX collective_project_collective ON collective_project(collective_id);
-- index collective_project_project
CREATE INDEX collective_project_project ON collective_project(project_id);
-- index collective_referent_collective
CREATE INDEX collective_referent_collective ON collective_referent(collective_id);
-- index collective_referent_person
CREATE INDEX collective_referent_person ON collective_referent(person_id);
-- index decision_alive
CREATE INDEX decision_alive ON decision(deleted_at) WHERE deleted_at IS NULL;
-- index decision_meeting
CREATE INDEX decision_meeting ON decision(meeting_id);
-- index follow_up_alive
CREATE INDEX follow_up_alive ON follow_up(deleted_at) WHERE deleted_at IS NULL;
-- index follow_up_due
CREATE INDEX follow_up_due ON follow_up(due_on);
-- index follow_up_project
CREATE INDEX follow_up_project ON follow_up(project_id);
-- index funding_request_alive
CREATE INDEX funding_request_alive ON funding_request(deleted_at) WHERE deleted_at IS NULL;
-- index funding_request_funder
CREATE INDEX funding_request_funder ON funding_request(funder_id);
-- index funding_request_project
CREATE INDEX funding_request_project ON funding_request(project_id);
-- index funding_request_submission
CREATE INDEX funding_request_submission ON funding_request(submission_id);
-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
-- index indicator_challenge
CREATE INDEX indicator_challenge ON indicator(challenge_id);
-- index indicator_value_indicator
CREATE INDEX indicator_value_indicator ON indicator_value(indicator_id, measured_on);
-- index journal_at
CREATE INDEX journal_at ON journal(at);
-- index journal_row
CREATE INDEX journal_row ON journal(table_name, row_id);
-- index jury_member_call
CREATE INDEX jury_member_call ON jury_member(call_id, position);
-- index meeting_alive
CREATE INDEX meeting_alive ON meeting(deleted_at) WHERE deleted_at IS NULL;
-- index meeting_date
CREATE INDEX meeting_date ON meeting(starts_at);
-- index meeting_project_meeting
CREATE INDEX meeting_project_meeting ON meeting_project(meeting_id);
-- index meeting_series_date
CREATE INDEX meeting_series_date ON meeting(series_id, starts_at);
-- index membership_collective
CREATE INDEX membership_collective ON membership(collective_id);
-- index membership_org
CREATE INDEX membership_org ON membership(organisation_id);
-- index minutes_version_meeting
CREATE INDEX minutes_version_meeting ON minutes_version(meeting_id, version);
-- index organisation_alive
CREATE INDEX organisation_alive ON organisation(deleted_at) WHERE deleted_at IS NULL;
-- index organisation_kind
CREATE INDEX organisation_kind ON organisation(kind);
-- index organisation_name
CREATE INDEX organisation_name ON organisation(name COLLATE NOCASE);
-- index person_alive
CREATE INDEX person_alive ON person(deleted_at) WHERE deleted_at IS NULL;
-- index person_name
CREATE INDEX person_name ON person(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
-- index project_alive
CREATE INDEX project_alive ON project(deleted_at) WHERE deleted_at IS NULL;
-- index project_call_alive
CREATE INDEX project_call_alive ON project_call(deleted_at) WHERE deleted_at IS NULL;
-- index project_commune
CREATE INDEX project_commune ON project(commune_insee);
-- index project_holder_person
CREATE INDEX project_holder_person ON project_holder(person_id);
-- index project_holder_project
CREATE INDEX project_holder_project ON project_holder(project_id);
-- index project_stage
CREATE INDEX project_stage ON project(stage);
-- index project_status
CREATE INDEX project_status ON project(status);
-- index record_merge_kept
CREATE INDEX record_merge_kept ON record_merge(table_name, kept_id);
-- index referral_alive
CREATE INDEX referral_alive ON referral(deleted_at) WHERE deleted_at IS NULL;
-- index referral_org
CREATE INDEX referral_org ON referral(organisation_id);
-- index referral_project
CREATE INDEX referral_project ON referral(project_id);
-- index registration_person
CREATE INDEX registration_person ON registration(person_id);
-- index registration_project
CREATE INDEX registration_project ON registration(project_id);
-- index registration_workshop
CREATE INDEX registration_workshop ON registration(workshop_id);
-- index retention_decision_row
CREATE INDEX retention_decision_row ON retention_decision(table_name, row_id);
-- index score_scorecard
CREATE INDEX score_scorecard ON score(scorecard_id);
-- index scorecard_submission
CREATE INDEX scorecard_submission ON scorecard(submission_id);
-- index service_offer_org
CREATE INDEX service_offer_org ON service_offer(organisation_id);
-- index submission_call
CREATE INDEX submission_call ON submission(call_id);
-- index submission_partner_org
CREATE INDEX submission_partner_org ON submission_partner(organisation_id);
-- index submission_partner_submission
CREATE INDEX submission_partner_submission ON submission_partner(submission_id);
-- index submission_project
CREATE INDEX submission_project ON submission(project_id);
-- index tagging_target
CREATE INDEX tagging_target ON tagging(target_table, target_id);
-- index workshop_date
CREATE INDEX workshop_date ON workshop(starts_at);
-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
-- table action_item
CREATE TABLE action_item (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT REFERENCES meeting(id),
    agenda_item_id TEXT REFERENCES agenda_item(id),
    decision_id TEXT REFERENCES decision(id),
    what TEXT NOT NULL,
    owner_person_id TEXT REFERENCES person(id),
    owner_organisation_id TEXT REFERENCES organisation(id),
    owner_text TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'a_faire', -- a_faire, en_cours, fait, abandonne
    done_on TEXT
);
-- table affiliation
CREATE TABLE affiliation (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    person_id TEXT NOT NULL REFERENCES person(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL DEFAULT '',
    email TEXT, phone TEXT,
    start_on TEXT, end_on TEXT
);
-- table agenda_item
CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    presenter TEXT NOT NULL DEFAULT '',
    duration_min INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);
-- table attendance
CREATE TABLE attendance (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    person_id TEXT REFERENCES person(id),
    free_name TEXT NOT NULL DEFAULT '',     -- invitee typed free, not in the annuaire
    organisation_id TEXT REFERENCES organisation(id),
    status TEXT NOT NULL DEFAULT 'invite',  -- invite, present, excuse, represente, absent
    represented_by TEXT NOT NULL DEFAULT ''
);
-- table budget_line
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
-- table call_criterion
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
-- table case_event
CREATE TABLE case_event (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    kind TEXT NOT NULL,         -- vocabulary case_event_kind
    occurred_on TEXT NOT NULL,
    duration_min INTEGER,
    subject TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
-- table case_event_participant
CREATE TABLE case_event_participant (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    case_event_id TEXT NOT NULL REFERENCES case_event(id),
    person_id TEXT REFERENCES person(id),
    organisation_id TEXT REFERENCES organisation(id)
);
-- table challenge
CREATE TABLE challenge (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
, archived INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'actif', diagnosis_on TEXT, diagnosis_source TEXT NOT NULL DEFAULT '', diagnosis_document TEXT NOT NULL DEFAULT '');
-- table collective
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
-- table collective_project
CREATE TABLE collective_project (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    collective_id TEXT NOT NULL REFERENCES collective(id),
    project_id TEXT NOT NULL REFERENCES project(id)
);
-- table collective_referent
CREATE TABLE collective_referent (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    collective_id TEXT NOT NULL REFERENCES collective(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT ''
);
-- table decision
CREATE TABLE decision (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    agenda_item_id TEXT REFERENCES agenda_item(id),
    number TEXT NOT NULL DEFAULT '',        -- e.g. COPIL-2026-07
    text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',  -- active, remplacee, caduque
    replaced_by TEXT REFERENCES decision(id)
);
-- table follow_up
CREATE TABLE follow_up (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    due_on TEXT NOT NULL,
    what TEXT NOT NULL,
    done_on TEXT
, kind TEXT NOT NULL DEFAULT '', checkin_months INTEGER);
-- table funding_request
CREATE TABLE funding_request (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    funder_id TEXT REFERENCES organisation(id),
    scheme TEXT NOT NULL DEFAULT '',
    instrument TEXT,            -- vocabulary instrument
    asked_cents INTEGER, granted_cents INTEGER,
    status TEXT NOT NULL DEFAULT 'preparation',  -- vocabulary funding_status
    decided_on TEXT, report_due_on TEXT,
    is_commune INTEGER NOT NULL DEFAULT 0   -- the commune's own money, for the leverage figure
, submission_id TEXT REFERENCES submission(id), budget_year INTEGER);
-- table indicator
CREATE TABLE indicator (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    challenge_id TEXT NOT NULL REFERENCES challenge(id),
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    target REAL,
    position INTEGER NOT NULL DEFAULT 0
);
-- table indicator_value
CREATE TABLE indicator_value (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
-- table journal
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,        -- '+' created, '-' deleted, '~' restored, else a column name
    old TEXT,
    new TEXT,
    at TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    copy_id TEXT NOT NULL DEFAULT ''
);
-- table jury_member
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
-- table meeting
CREATE TABLE meeting (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    series_id TEXT REFERENCES meeting_series(id),
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,    -- local ISO date-time
    ends_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    visio_url TEXT NOT NULL DEFAULT '',
    minutes_status TEXT NOT NULL DEFAULT 'brouillon',  -- brouillon, diffuse, approuve
    approved_on TEXT,
    summary TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '[]',
    challenges TEXT NOT NULL DEFAULT '[]'
);
-- table meeting_project
CREATE TABLE meeting_project (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    project_id TEXT NOT NULL REFERENCES project(id)
);
-- table meeting_series
CREATE TABLE meeting_series (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    name TEXT NOT NULL,
    code TEXT NOT NULL,         -- short prefix of decision numbers, e.g. COPIL
    kind TEXT,                  -- vocabulary meeting_kind
    quorum INTEGER,
    template TEXT NOT NULL DEFAULT '{}'     -- JSON: agenda sections, invitees
);
-- table membership
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
-- table meta
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
-- table minutes_version
CREATE TABLE minutes_version (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,           -- diffuse, approuve
    status_on TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '{}'   -- JSON snapshot: attendance, agenda, decisions, actions
);
-- table organisation
CREATE TABLE organisation (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    kind TEXT,                  -- vocabulary organisation_kind
    legal_status TEXT,          -- vocabulary legal_status
    siret TEXT, siren TEXT, rna TEXT,
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT,
    commune_insee TEXT,
    phone TEXT, email TEXT, website TEXT,
    territory TEXT NOT NULL DEFAULT '[]',   -- JSON: ["commune:01053", "epci:…", "dep:01", "reg:84"]
    sectors TEXT NOT NULL DEFAULT '[]',     -- JSON codes of vocabulary sector
    notes TEXT NOT NULL DEFAULT ''
);
-- table person
CREATE TABLE person (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    civility TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT, phone TEXT, mobile TEXT,
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT,
    commune_insee TEXT,
    notes TEXT NOT NULL DEFAULT '',
    erased_at TEXT              -- RGPD erasure: never brought back by a merge
, informed_on TEXT, no_contact_since TEXT);
-- table project
CREATE TABLE project (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    reference TEXT NOT NULL,    -- human number, e.g. P-2026-0042, also the anonymised label
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sector TEXT,                -- vocabulary sector
    legal_status TEXT,          -- vocabulary legal_status (envisaged or actual)
    commune_insee TEXT,
    stage TEXT,                 -- vocabulary stage
    status TEXT NOT NULL DEFAULT 'actif',   -- vocabulary project_status
    close_reason TEXT NOT NULL DEFAULT '',
    jobs_planned INTEGER, jobs_created INTEGER,
    first_contact_on TEXT,
    founded_on TEXT,            -- date the structure was actually created
    referent TEXT NOT NULL DEFAULT '',      -- officer following the case
    challenges TEXT NOT NULL DEFAULT '[]'   -- JSON ids of challenge
, purged_at TEXT);
-- table project_call
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
-- table project_holder
CREATE TABLE project_holder (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT ''
);
-- table record_merge
CREATE TABLE record_merge (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    table_name TEXT NOT NULL,       -- organisation or person
    kept_id TEXT NOT NULL,
    removed_id TEXT NOT NULL,
    moved TEXT NOT NULL DEFAULT '[]',    -- JSON [[table, row_id, column], …] re-pointed links
    fields TEXT NOT NULL DEFAULT '{}',   -- JSON {column: old value} copied into the kept record
    undone_at TEXT
);
-- table referral
CREATE TABLE referral (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    need TEXT,                  -- vocabulary service
    consent_on TEXT, consent_how TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposee',  -- vocabulary referral_status
    sent_on TEXT, answered_on TEXT,
    refusal_reason TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT ''
);
-- table registration
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
-- table retention_decision
CREATE TABLE retention_decision (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    table_name TEXT NOT NULL,       -- project or person
    row_id TEXT NOT NULL,
    decision TEXT NOT NULL,         -- keep, purge
    reason TEXT NOT NULL DEFAULT '',
    decided_on TEXT NOT NULL,
    keep_until TEXT                 -- a kept record comes back to the review after this date
);
-- table score
CREATE TABLE score (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    scorecard_id TEXT NOT NULL REFERENCES scorecard(id),
    criterion_id TEXT NOT NULL REFERENCES call_criterion(id),
    value REAL NOT NULL
);
-- table scorecard
CREATE TABLE scorecard (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    submission_id TEXT NOT NULL REFERENCES submission(id),
    jury_member_id TEXT NOT NULL REFERENCES jury_member(id),
    conflict_of_interest INTEGER NOT NULL DEFAULT 0,
    comment TEXT NOT NULL DEFAULT ''
);
-- table search_doc
CREATE TABLE search_doc (
    docid INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    row_id TEXT NOT NULL,
    UNIQUE (kind, row_id)
);
-- table search_index
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, row_id UNINDEXED, label UNINDEXED, detail UNINDEXED, text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- table search_index_config
CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table search_index_content
CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);
-- table search_index_data
CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table search_index_docsize
CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
-- table search_index_idx
CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table service_offer
CREATE TABLE service_offer (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    service TEXT NOT NULL,      -- vocabulary service
    instrument TEXT,            -- vocabulary instrument (funders)
    conditions TEXT NOT NULL DEFAULT '',
    stages TEXT NOT NULL DEFAULT '[]',
    sectors TEXT NOT NULL DEFAULT '[]',
    territory TEXT NOT NULL DEFAULT '[]'
);
-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);
-- table submission
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
-- table submission_partner
CREATE TABLE submission_partner (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    submission_id TEXT NOT NULL REFERENCES submission(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL DEFAULT ''
);
-- table tag
CREATE TABLE tag (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    name TEXT NOT NULL,
    colour TEXT
);
-- table tagging
CREATE TABLE tagging (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    tag_id TEXT NOT NULL REFERENCES tag(id),
    target_table TEXT NOT NULL,
    target_id TEXT NOT NULL
);
-- table vocabulary
CREATE TABLE vocabulary (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    vocab TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    UNIQUE (vocab, code)
);
-- table workshop
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
