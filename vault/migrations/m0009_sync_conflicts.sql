-- Version 9: a field both computers changed differently since they last synced. Both values
-- are kept here (JSON) until the person chooses; the row is merged like any record, so both
-- computers show it, and it goes to the trash once chosen.
CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    first_value TEXT NOT NULL,
    second_value TEXT NOT NULL,
    chosen TEXT
) STRICT;
CREATE INDEX sync_conflict_by_record ON sync_conflict (record_id) WHERE deleted_at IS NULL;
