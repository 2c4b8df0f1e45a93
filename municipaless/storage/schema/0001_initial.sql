-- Schema v1 of a MunicipalESS territory file. Frozen once released: later changes are new
-- migrations (0002_…), never edits to this file.
-- Every domain table carries the same bookkeeping columns (docs/design.md#the-file):
--   id UUID text, created_at / updated_at UTC ISO-8601, updated_by officer name,
--   rev incremented on each write (optimistic concurrency), deleted_at soft delete / tombstone.
-- Multi-valued vocabulary fields (sectors, stages, territory) are JSON arrays of codes.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

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
CREATE INDEX journal_row ON journal(table_name, row_id);
CREATE INDEX journal_at ON journal(at);

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

CREATE TABLE tag (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    name TEXT NOT NULL,
    colour TEXT
);

CREATE TABLE tagging (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    tag_id TEXT NOT NULL REFERENCES tag(id),
    target_table TEXT NOT NULL,
    target_id TEXT NOT NULL
);
CREATE INDEX tagging_target ON tagging(target_table, target_id);

CREATE TABLE challenge (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

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
CREATE INDEX organisation_name ON organisation(name COLLATE NOCASE);
CREATE INDEX organisation_kind ON organisation(kind);

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
CREATE INDEX service_offer_org ON service_offer(organisation_id);

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
);
CREATE INDEX person_name ON person(last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE affiliation (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    person_id TEXT NOT NULL REFERENCES person(id),
    organisation_id TEXT NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL DEFAULT '',
    email TEXT, phone TEXT,
    start_on TEXT, end_on TEXT
);
CREATE INDEX affiliation_person ON affiliation(person_id);
CREATE INDEX affiliation_org ON affiliation(organisation_id);

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
);
CREATE INDEX project_stage ON project(stage);
CREATE INDEX project_status ON project(status);
CREATE INDEX project_commune ON project(commune_insee);

CREATE TABLE project_holder (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX project_holder_project ON project_holder(project_id);
CREATE INDEX project_holder_person ON project_holder(person_id);

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
CREATE INDEX case_event_project ON case_event(project_id, occurred_on);

CREATE TABLE case_event_participant (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    case_event_id TEXT NOT NULL REFERENCES case_event(id),
    person_id TEXT REFERENCES person(id),
    organisation_id TEXT REFERENCES organisation(id)
);
CREATE INDEX case_event_participant_event ON case_event_participant(case_event_id);

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
CREATE INDEX referral_project ON referral(project_id);
CREATE INDEX referral_org ON referral(organisation_id);

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
);
CREATE INDEX funding_request_project ON funding_request(project_id);
CREATE INDEX funding_request_funder ON funding_request(funder_id);

CREATE TABLE follow_up (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project(id),
    due_on TEXT NOT NULL,
    what TEXT NOT NULL,
    done_on TEXT
);
CREATE INDEX follow_up_due ON follow_up(due_on);
CREATE INDEX follow_up_project ON follow_up(project_id);

CREATE TABLE meeting_series (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    name TEXT NOT NULL,
    code TEXT NOT NULL,         -- short prefix of decision numbers, e.g. COPIL
    kind TEXT,                  -- vocabulary meeting_kind
    quorum INTEGER,
    template TEXT NOT NULL DEFAULT '{}'     -- JSON: agenda sections, invitees
);

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
CREATE INDEX meeting_series_date ON meeting(series_id, starts_at);
CREATE INDEX meeting_date ON meeting(starts_at);

CREATE TABLE meeting_project (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    project_id TEXT NOT NULL REFERENCES project(id)
);
CREATE INDEX meeting_project_meeting ON meeting_project(meeting_id);

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
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE INDEX attendance_person ON attendance(person_id);

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
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

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
CREATE INDEX decision_meeting ON decision(meeting_id);

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
CREATE INDEX action_item_meeting ON action_item(meeting_id);
CREATE INDEX action_item_due ON action_item(status, due_on);

-- Maps each indexed record to the rowid of its search_index entry, so a record is re-indexed
-- without scanning the FTS table (its UNINDEXED columns cannot be searched by index).
CREATE TABLE search_doc (
    docid INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    row_id TEXT NOT NULL,
    UNIQUE (kind, row_id)
);

-- One folded, accent-insensitive index over everything the global search reaches.
-- `text` holds fold()ed words (core/text.py), each prefixed with a one-letter tag of its kind
-- ("oatelier" for a structure) so a per-kind prefix query only touches that kind's terms;
-- prefix indexes of 2 and 3 characters serve the first one or two keystrokes.
-- `label`/`detail` are what the result list shows.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, row_id UNINDEXED, label UNINDEXED, detail UNINDEXED, text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
