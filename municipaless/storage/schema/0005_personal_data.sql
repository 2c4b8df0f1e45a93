-- Personal data (RGPD): what the officer told the person, what they objected to, and the
-- yearly retention review's decisions.
ALTER TABLE person ADD COLUMN informed_on TEXT;       -- date the mention d'information was handed
ALTER TABLE person ADD COLUMN no_contact_since TEXT;  -- opposition: « ne plus contacter »
ALTER TABLE project ADD COLUMN purged_at TEXT;        -- retention: anonymised in place

-- One row per dossier or person the officer decided on in a retention review.
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
CREATE INDEX retention_decision_row ON retention_decision(table_name, row_id);
