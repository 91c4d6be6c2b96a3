-- Children's proceedings under the JJ Act: produced before the Child Welfare Committee (within 24 hours of
-- rescue, s.31) and the social investigation report (within 15 days, s.36). The dates are recorded on the
-- resident; the deadlines are data ADMIN edits. Indexes serve the alert rules' "not done, due by" scans.
ALTER TABLE residents ADD COLUMN cwc_produced_on DATE NULL, ADD COLUMN sir_submitted_on DATE NULL;
CREATE INDEX ix_residents_cwc_due ON residents (minor, status, cwc_produced_on, rescue_date);
CREATE INDEX ix_residents_sir_due ON residents (minor, status, sir_submitted_on, admitted_on);

CREATE TABLE resident_deadlines (
    id                    INT    PRIMARY KEY,
    cwc_production_hours  INT    NOT NULL,
    sir_days              INT    NOT NULL,
    version               BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO resident_deadlines (id, cwc_production_hours, sir_days) VALUES (1, 24, 15);
