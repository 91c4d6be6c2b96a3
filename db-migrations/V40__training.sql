-- Vocational training: courses, batches with a weekly timetable, sessions, enrolments (with waitlist),
-- attendance, assessments, certificates and livelihood outcomes after completion.

-- Configurable limits: one row, edited by an administrator.
CREATE TABLE training_settings (
    id                    BIGINT      PRIMARY KEY,
    min_age               INT         NOT NULL,
    attendance_threshold  INT         NOT NULL,
    outcome_check_months  VARCHAR(40) NOT NULL,
    outcome_grace_days    INT         NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO training_settings (id, min_age, attendance_threshold, outcome_check_months, outcome_grace_days)
VALUES (1, 18, 75, '3,6', 14);

CREATE TABLE training_courses (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    duration_hours  INT          NOT NULL,
    duration_weeks  INT          NOT NULL,
    min_literacy    VARCHAR(20)  NOT NULL,
    delivery        VARCHAR(20)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_training_courses_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO training_courses (name, duration_hours, duration_weeks, min_literacy, delivery) VALUES
    ('Tailoring', 300, 12, 'NONE', 'IN_HOME'),
    ('Threadwork and embroidery', 150, 8, 'NONE', 'IN_HOME'),
    ('Beauty care', 240, 12, 'BASIC', 'PARTNER_INSTITUTE'),
    ('Para-nursing (general duty assistant)', 420, 16, 'SECONDARY', 'PARTNER_INSTITUTE'),
    ('Retail sales associate', 280, 12, 'MIDDLE', 'PARTNER_INSTITUTE'),
    ('BPO and customer care', 300, 12, 'SECONDARY', 'PARTNER_INSTITUTE'),
    ('Baking', 120, 8, 'NONE', 'IN_HOME'),
    ('Dress design', 360, 16, 'PRIMARY', 'PARTNER_INSTITUTE'),
    ('Computer basics', 80, 8, 'PRIMARY', 'ONLINE');

CREATE TABLE training_batches (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id       BIGINT        NOT NULL,
    course_id     BIGINT        NOT NULL,
    provider      VARCHAR(160)  NOT NULL,
    venue         VARCHAR(200)  NOT NULL,
    start_date    DATE          NOT NULL,
    end_date      DATE          NOT NULL,
    days_of_week  VARCHAR(40)   NOT NULL,
    start_time    TIME          NOT NULL,
    end_time      TIME          NOT NULL,
    capacity      INT           NOT NULL,
    fee           DECIMAL(12,2) NOT NULL DEFAULT 0,
    fee_payer     VARCHAR(30)   NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    completed_on  DATE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_batches_home FOREIGN KEY (home_id) REFERENCES homes (id),
    CONSTRAINT fk_training_batches_course FOREIGN KEY (course_id) REFERENCES training_courses (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_training_batches_home ON training_batches (home_id, start_date);

CREATE TABLE training_sessions (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id      BIGINT  NOT NULL,
    session_date  DATE    NOT NULL,
    start_time    TIME    NOT NULL,
    end_time      TIME    NOT NULL,
    marked        BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_training_sessions UNIQUE (batch_id, session_date),
    CONSTRAINT fk_training_sessions_batch FOREIGN KEY (batch_id) REFERENCES training_batches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_training_sessions_date ON training_sessions (session_date, batch_id);

CREATE TABLE training_enrolments (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id            BIGINT       NOT NULL,
    resident_id         BIGINT       NOT NULL,
    home_id             BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    literacy            VARCHAR(20)  NOT NULL,
    enrolled_on         DATE         NOT NULL,
    dropout_reason      VARCHAR(300),
    dropped_on          DATE,
    assessment_score    INT,
    assessment_result   VARCHAR(10),
    assessed_on         DATE,
    completed_on        DATE,
    certificate_number  VARCHAR(40),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_training_enrolments UNIQUE (batch_id, resident_id),
    CONSTRAINT uk_training_certificate UNIQUE (certificate_number),
    CONSTRAINT fk_training_enrolments_batch FOREIGN KEY (batch_id) REFERENCES training_batches (id),
    CONSTRAINT fk_training_enrolments_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_training_enrolments_batch ON training_enrolments (batch_id, status, id);
CREATE INDEX ix_training_enrolments_resident ON training_enrolments (resident_id, status);
CREATE INDEX ix_training_enrolments_completed ON training_enrolments (home_id, completed_on);

CREATE TABLE training_attendance (
    session_id    BIGINT  NOT NULL,
    enrolment_id  BIGINT  NOT NULL,
    present       BOOLEAN NOT NULL,
    PRIMARY KEY (session_id, enrolment_id),
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_sessions (id),
    CONSTRAINT fk_training_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES training_enrolments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_training_attendance_enrolment ON training_attendance (enrolment_id, present);

CREATE TABLE training_outcomes (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id      BIGINT        NOT NULL,
    resident_id       BIGINT        NOT NULL,
    home_id           BIGINT        NOT NULL,
    check_month       INT,
    recorded_on       DATE          NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    employer          VARCHAR(160),
    job_role          VARCHAR(120),
    monthly_wage      DECIMAL(12,2),
    enterprise_type   VARCHAR(120),
    seed_money        DECIMAL(12,2),
    study_course      VARCHAR(160),
    bank_account      BOOLEAN       NOT NULL DEFAULT FALSE,
    scheme_linkage    VARCHAR(200),
    recorded_by       VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_training_outcomes_enrolment FOREIGN KEY (enrolment_id) REFERENCES training_enrolments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_training_outcomes_enrolment ON training_outcomes (enrolment_id, check_month);
CREATE INDEX ix_training_outcomes_resident ON training_outcomes (resident_id, recorded_on);
