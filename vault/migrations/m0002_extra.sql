-- Version 2: every record keeps what an import brought that Musette has no field for
-- (a JSON object), so that nothing read from a file is dropped.

ALTER TABLE person ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cpf_reading ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE right_scheme ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reminder ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE experience ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE education ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE certification ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE skill ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE skill_evidence ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE project ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE project_step ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE document ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE organisation ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE contact ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE community ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE interaction ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE attestation ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE share_profile ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE export_log ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE note ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
