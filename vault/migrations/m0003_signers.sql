-- Version 3: a signer identity (its P-256 key stays inside the encrypted vault),
-- and the signer fingerprint a person checked in person for a contact.
CREATE TABLE signer (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    name TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
    did TEXT NOT NULL, private_key TEXT NOT NULL
) STRICT;

ALTER TABLE contact ADD COLUMN did TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN did_confirmed_on TEXT NOT NULL DEFAULT '';
