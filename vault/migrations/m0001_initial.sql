-- Schema v1: every record table shares id, times, provenance and a trash mark.
CREATE TABLE vault_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE person (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    given_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',
    photo_document_id TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cpf_reading (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    read_on TEXT NOT NULL, balance_cents INTEGER, balance_hours INTEGER,
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE right_scheme (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    scheme TEXT NOT NULL, status TEXT NOT NULL, started_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE reminder (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    title TEXT NOT NULL, due_on TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0,
    related_id TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE experience (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    kind TEXT NOT NULL, title TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
    anonymise INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE education (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    kind TEXT NOT NULL, title TEXT NOT NULL, institution TEXT NOT NULL DEFAULT '',
    field_of_study TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '', end_date TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE certification (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    name TEXT NOT NULL, issuer TEXT NOT NULL DEFAULT '', issued_on TEXT NOT NULL DEFAULT '',
    expires_on TEXT NOT NULL DEFAULT '', identifier TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skill (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    label TEXT NOT NULL, esco_uri TEXT NOT NULL DEFAULT '', level INTEGER,
    category TEXT NOT NULL DEFAULT 'skill', note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skill_evidence (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    skill_id TEXT NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    record_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX skill_evidence_by_skill ON skill_evidence (skill_id);
CREATE INDEX skill_evidence_by_record ON skill_evidence (record_id);

CREATE TABLE project (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    title TEXT NOT NULL, target_occupation TEXT NOT NULL DEFAULT '',
    target_esco_uri TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', target_date TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE project_step (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    project_id TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    title TEXT NOT NULL, due_on TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
    funding TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX project_step_by_project ON project_step (project_id, position);

CREATE TABLE document (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
    sha256 TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''
) STRICT;

-- Contents apart, so that listing documents never reads the attachments.
CREATE TABLE document_content (
    document_id TEXT PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    content BLOB NOT NULL
) STRICT;

CREATE TABLE organisation (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'company', website TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE contact (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    given_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE community (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE interaction (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    contact_id TEXT NOT NULL DEFAULT '', occurred_on TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX interaction_by_contact ON interaction (contact_id);

CREATE TABLE attestation (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    record_id TEXT NOT NULL DEFAULT '', format TEXT NOT NULL, payload TEXT NOT NULL,
    issuer_name TEXT NOT NULL DEFAULT '', issuer_fingerprint TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'unverified'
) STRICT;

CREATE TABLE share_profile (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    name TEXT NOT NULL, audience TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'fr',
    template TEXT NOT NULL DEFAULT '', sections TEXT NOT NULL DEFAULT '[]',
    options TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE TABLE export_log (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    exported_at TEXT NOT NULL, format TEXT NOT NULL, profile_id TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE note (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
    occurred_on TEXT NOT NULL DEFAULT '', related_id TEXT NOT NULL DEFAULT ''
) STRICT;

-- One index over every record's text; "developpeur" finds "Développeur".
CREATE VIRTUAL TABLE search_index USING fts5(
    record_id UNINDEXED, record_type UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Which FTS row holds a record: FTS5 cannot index record_id, and deleting by
-- an unindexed column scans the whole index at every edit.
CREATE TABLE search_row (
    record_id TEXT PRIMARY KEY,
    fts_rowid INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
