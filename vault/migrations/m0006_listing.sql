-- Version 6: lists open at any size. Each section's list is counted and read a page at a
-- time in its own order; these indexes hold that order, so that neither needs the whole table.
-- The expressions are the ones vault/listing.py orders by, character for character.
CREATE INDEX cpf_reading_listing ON cpf_reading (deleted_at, created_at, id);
CREATE INDEX right_scheme_listing ON right_scheme (deleted_at, created_at, id);
CREATE INDEX reminder_listing ON reminder (deleted_at, created_at, id);
CREATE INDEX experience_listing ON experience (deleted_at, created_at, id);
CREATE INDEX education_listing ON education (deleted_at, created_at, id);
CREATE INDEX certification_listing ON certification (deleted_at, created_at, id);
CREATE INDEX skill_listing ON skill (deleted_at, created_at, id);
CREATE INDEX project_listing ON project (deleted_at, created_at, id);
CREATE INDEX project_step_listing ON project_step (deleted_at, created_at, id);
CREATE INDEX document_listing ON document (deleted_at, created_at, id);
CREATE INDEX organisation_listing ON organisation (deleted_at, created_at, id);
CREATE INDEX contact_listing ON contact (deleted_at, created_at, id);
CREATE INDEX community_listing ON community (deleted_at, created_at, id);
CREATE INDEX interaction_listing ON interaction (deleted_at, created_at, id);
CREATE INDEX attestation_listing ON attestation (deleted_at, created_at, id);
CREATE INDEX share_profile_listing ON share_profile (deleted_at, created_at, id);
CREATE INDEX export_log_listing ON export_log (deleted_at, created_at, id);
CREATE INDEX note_listing ON note (deleted_at, created_at, id);
-- Skills in the order the person gave them (extra's "order"), then the others as they came.
CREATE INDEX skill_placed ON skill (deleted_at, (CASE json_type(extra, '$.order') WHEN 'integer' THEN json_extract(extra, '$.order') ELSE 9223372036854775807 END), created_at, id);
-- The path from the most recent: the start date (or the date of issue) first.
CREATE INDEX experience_timeline ON experience (deleted_at, coalesce(start_date, '') DESC, created_at, id);
CREATE INDEX education_timeline ON education (deleted_at, coalesce(start_date, '') DESC, created_at, id);
CREATE INDEX certification_timeline ON certification (deleted_at, coalesce(issued_on, '') DESC, created_at, id);
