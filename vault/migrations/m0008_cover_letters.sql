-- Version 8: cover letters, each save a new version; an export can name the application it was sent for.
CREATE TABLE cover_letter (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    application_id TEXT NOT NULL,
    lineage TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    language TEXT NOT NULL DEFAULT 'fr',
    place TEXT NOT NULL DEFAULT '',
    written_on TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    salutation TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    closing TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX cover_letter_listing ON cover_letter (deleted_at, created_at, id);
CREATE INDEX cover_letter_versions ON cover_letter (application_id, lineage, version);
ALTER TABLE export_log ADD COLUMN application_id TEXT NOT NULL DEFAULT '';
