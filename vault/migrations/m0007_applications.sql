-- Version 7: applications, from the ad to the answer, and what happened in each.
CREATE TABLE application (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    title TEXT NOT NULL,
    employer TEXT NOT NULL DEFAULT '',
    organisation_id TEXT NOT NULL DEFAULT '',
    contact_id TEXT NOT NULL DEFAULT '',
    ad_text TEXT NOT NULL DEFAULT '',
    ad_url TEXT NOT NULL DEFAULT '',
    ad_document_id TEXT NOT NULL DEFAULT '',
    found_via TEXT NOT NULL DEFAULT '',
    found_on TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    sent_on TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'to_prepare',
    next_action TEXT NOT NULL DEFAULT '',
    next_action_on TEXT NOT NULL DEFAULT '',
    follow_up_days INTEGER NOT NULL DEFAULT 10,
    skills TEXT NOT NULL DEFAULT '[]',
    share_profile_id TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TABLE application_event (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    provenance_kind TEXT NOT NULL CHECK (provenance_kind IN ('declared', 'imported', 'attested')),
    provenance_source TEXT NOT NULL DEFAULT '', provenance_detail TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    application_id TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'status',
    status TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX application_listing ON application (deleted_at, created_at, id);
CREATE INDEX application_event_listing ON application_event (deleted_at, created_at, id);
CREATE INDEX application_events ON application_event (application_id, occurred_on);
