-- Version 6: lists open at any size. Each section's list is counted and read a page at a
-- time in its own order; these indexes hold that order, so that neither needs the whole table.
-- The expressions are the ones vault/listing.py orders by, character for character.
CREATE INDEX person_listing ON person (deleted_at, created_at, id);
CREATE INDEX situation_listing ON situation (deleted_at, created_at, id);
CREATE INDEX cpf_reading_listing ON cpf_reading (deleted_at, created_at, id);
CREATE INDEX right_scheme_listing ON right_scheme (deleted_at, created_at, id);
CREATE INDEX reminder_listing ON reminder (deleted_at, created_at, id);
CREATE INDEX experience_listing ON experience (deleted_at, created_at, id);
CREATE INDEX education_listing ON education (deleted_at, created_at, id);
CREATE INDEX certification_listing ON certification (deleted_at, created_at, id);
CREATE INDEX skill_listing ON skill (deleted_at, created_at, id);
CREATE INDEX skill_evidence_listing ON skill_evidence (deleted_at, created_at, id);
CREATE INDEX project_listing ON project (deleted_at, created_at, id);
CREATE INDEX project_step_listing ON project_step (deleted_at, created_at, id);
CREATE INDEX document_listing ON document (deleted_at, created_at, id);
CREATE INDEX organisation_listing ON organisation (deleted_at, created_at, id);
CREATE INDEX contact_listing ON contact (deleted_at, created_at, id);
CREATE INDEX community_listing ON community (deleted_at, created_at, id);
CREATE INDEX interaction_listing ON interaction (deleted_at, created_at, id);
CREATE INDEX attestation_listing ON attestation (deleted_at, created_at, id);
CREATE INDEX signer_listing ON signer (deleted_at, created_at, id);
CREATE INDEX share_profile_listing ON share_profile (deleted_at, created_at, id);
CREATE INDEX export_log_listing ON export_log (deleted_at, created_at, id);
CREATE INDEX note_listing ON note (deleted_at, created_at, id);
-- Skills in the order the person gave them (extra's "order"), then the others as they came.
CREATE INDEX skill_placed ON skill (deleted_at, (CASE json_type(extra, '$.order') WHEN 'integer' THEN json_extract(extra, '$.order') ELSE 9223372036854775807 END), created_at, id);
-- The path from the most recent: the start date (or the date of issue) first.
CREATE INDEX experience_timeline ON experience (deleted_at, coalesce(start_date, '') DESC, created_at, id);
CREATE INDEX education_timeline ON education (deleted_at, coalesce(start_date, '') DESC, created_at, id);
CREATE INDEX certification_timeline ON certification (deleted_at, coalesce(issued_on, '') DESC, created_at, id);
-- The home screen's « last changed », newest first, without sorting whole tables.
CREATE INDEX person_recent ON person (deleted_at, updated_at);
CREATE INDEX situation_recent ON situation (deleted_at, updated_at);
CREATE INDEX cpf_reading_recent ON cpf_reading (deleted_at, updated_at);
CREATE INDEX right_scheme_recent ON right_scheme (deleted_at, updated_at);
CREATE INDEX reminder_recent ON reminder (deleted_at, updated_at);
CREATE INDEX experience_recent ON experience (deleted_at, updated_at);
CREATE INDEX education_recent ON education (deleted_at, updated_at);
CREATE INDEX certification_recent ON certification (deleted_at, updated_at);
CREATE INDEX skill_recent ON skill (deleted_at, updated_at);
CREATE INDEX skill_evidence_recent ON skill_evidence (deleted_at, updated_at);
CREATE INDEX project_recent ON project (deleted_at, updated_at);
CREATE INDEX project_step_recent ON project_step (deleted_at, updated_at);
CREATE INDEX document_recent ON document (deleted_at, updated_at);
CREATE INDEX organisation_recent ON organisation (deleted_at, updated_at);
CREATE INDEX contact_recent ON contact (deleted_at, updated_at);
CREATE INDEX community_recent ON community (deleted_at, updated_at);
CREATE INDEX interaction_recent ON interaction (deleted_at, updated_at);
CREATE INDEX attestation_recent ON attestation (deleted_at, updated_at);
CREATE INDEX signer_recent ON signer (deleted_at, updated_at);
CREATE INDEX share_profile_recent ON share_profile (deleted_at, updated_at);
CREATE INDEX export_log_recent ON export_log (deleted_at, updated_at);
CREATE INDEX note_recent ON note (deleted_at, updated_at);
