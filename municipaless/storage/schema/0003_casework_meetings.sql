-- 0003: what the case log, the minutes and record merging need beyond 0001.

-- Post-creation check-ins are follow-ups the app schedules itself (+6, +12, +24, +36 months);
-- ``kind`` tells them from the officer's own relances, ``checkin_months`` says which one.
ALTER TABLE follow_up ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE follow_up ADD COLUMN checkin_months INTEGER;

-- An approved compte rendu is frozen: each diffusion/approval keeps a snapshot, later edits
-- make a new version and the history stays readable.
CREATE TABLE minutes_version (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '', rev INTEGER NOT NULL DEFAULT 1, deleted_at TEXT,
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,           -- diffuse, approuve
    status_on TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '{}'   -- JSON snapshot: attendance, agenda, decisions, actions
);
CREATE INDEX minutes_version_meeting ON minutes_version(meeting_id, version);

-- Merging two duplicate records of the annuaire: which links moved, so it can be undone.
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
CREATE INDEX record_merge_kept ON record_merge(table_name, kept_id);
