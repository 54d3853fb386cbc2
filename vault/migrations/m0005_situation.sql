-- Version 5: the person's situation is a record of its own (it was a leftover
-- draft of the rights wizard, which the migration step then turns into a record).
CREATE TABLE situation (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    status TEXT NOT NULL,
    working_time_percent INTEGER NOT NULL DEFAULT 100,
    months_in_activity INTEGER NOT NULL DEFAULT 12,
    low_qualification INTEGER NOT NULL DEFAULT 0,
    low_qualification_declared_on TEXT NOT NULL DEFAULT '',
    disability INTEGER NOT NULL DEFAULT 0,
    disability_until TEXT NOT NULL DEFAULT '',
    public_category TEXT NOT NULL DEFAULT '',
    employer_size TEXT NOT NULL DEFAULT '',
    cadre INTEGER NOT NULL DEFAULT 0,
    age INTEGER,
    since TEXT NOT NULL DEFAULT '',
    noted_on TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
) STRICT;
