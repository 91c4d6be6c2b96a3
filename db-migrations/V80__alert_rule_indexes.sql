-- Due-date indexes for the alert rules of each feature: every rule asks "not done and due on or before
-- the horizon" across all homes, so the index starts with the "not done" column and then the due date.
CREATE INDEX ix_legal_next_hearing ON resident_legal_cases (next_hearing);
CREATE INDEX ix_placements_open_expected ON placements (end_date, expected_end);
CREATE INDEX ix_absences_open_expected ON placement_absences (returned_on, expected_return);
CREATE INDEX ix_medical_health_checks_open ON medical_health_checks (done_at, due_at);
CREATE INDEX ix_care_plans_open_due ON care_plans (agreed_on, due_on);
CREATE INDEX ix_care_plans_next_review ON care_plans (next_review_on);
CREATE INDEX ix_counselling_sessions_unrecorded ON counselling_sessions (attendance, ends_at);
CREATE INDEX ix_training_enrolments_status_completed ON training_enrolments (status, completed_on);

-- Counselling: days after a session ends before missing attendance becomes an alert (ADMIN edits it with the
-- home's other counselling settings).
ALTER TABLE counselling_settings ADD COLUMN attendance_alert_days INT NOT NULL DEFAULT 2;
