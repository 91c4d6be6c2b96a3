-- Reintegration: home verifications, readiness checks and the exit gate, repatriation, post-exit follow-up.
-- Limits and schedules are data an administrator edits (one settings row, one row per readiness item).

CREATE TABLE reint_settings (
    id                      INT          PRIMARY KEY,
    verification_due_days   INT          NOT NULL,
    verification_valid_days INT          NOT NULL,
    followup_months         VARCHAR(100) NOT NULL,
    followup_grace_days     INT          NOT NULL,
    unreachable_attempts    INT          NOT NULL,
    permit_warning_days     INT          NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO reint_settings VALUES (1, 15, 90, '1,3,6,12,18,24', 7, 3, 30, 0);

CREATE TABLE reint_readiness_items (
    item     VARCHAR(30) PRIMARY KEY,
    position INT         NOT NULL,
    blocking BOOLEAN     NOT NULL,
    version  BIGINT      NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO reint_readiness_items (item, position, blocking) VALUES
    ('WISH_AND_CONSENT', 1, TRUE),
    ('HOME_VERIFICATION', 2, TRUE),
    ('SAFETY_PLAN', 3, TRUE),
    ('LIVELIHOOD_PLAN', 4, FALSE),
    ('DOCUMENTS', 5, FALSE),
    ('HEALTH', 6, FALSE),
    ('LEGAL_OBLIGATIONS', 7, TRUE),
    ('COUNSELLOR_RECOMMENDATION', 8, TRUE),
    ('RELEASE_ORDER', 9, TRUE);

CREATE TABLE reint_verifications (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id           BIGINT        NOT NULL,
    home_id               BIGINT        NOT NULL,
    destination_kind      VARCHAR(12)   NOT NULL,
    destination           VARCHAR(300)  NOT NULL,
    contact_person        VARCHAR(120),
    assigned_username     VARCHAR(60),
    assigned_partner      VARCHAR(200),
    requested_on          DATE          NOT NULL,
    requested_by          VARCHAR(60)   NOT NULL,
    due_on                DATE          NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    visit_date            DATE,
    people_met            VARCHAR(300),
    family_composition    VARCHAR(1000),
    economic_situation    VARCHAR(1000),
    involved_in_trafficking BOOLEAN,
    involvement_details   VARCHAR(1000),
    debts                 VARCHAR(500),
    community_attitude    VARCHAR(1000),
    schooling_or_work     VARCHAR(1000),
    risks                 VARCHAR(1000),
    recommendation        VARCHAR(24),
    reasons               VARCHAR(2000),
    recorded_by           VARCHAR(60),
    cancel_reason         VARCHAR(300),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_reint_verif_resident FOREIGN KEY (resident_id) REFERENCES residents (id),
    CONSTRAINT fk_reint_verif_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Overdue verifications: a range scan on the due date of pending ones.
CREATE INDEX ix_reint_verif_due ON reint_verifications (status, due_on);
CREATE INDEX ix_reint_verif_resident ON reint_verifications (resident_id, visit_date);

CREATE TABLE reint_verification_files (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    verification_id BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    mime_type       VARCHAR(60)  NOT NULL,
    size_bytes      INT          NOT NULL,
    content         MEDIUMBLOB   NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    uploaded_by     VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_reint_file_verif FOREIGN KEY (verification_id) REFERENCES reint_verifications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reint_readiness_checks (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT        NOT NULL,
    home_id     BIGINT        NOT NULL,
    checked_on  DATE          NOT NULL,
    checked_by  VARCHAR(60)   NOT NULL,
    ready       BOOLEAN       NOT NULL,
    missing     VARCHAR(500),
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_reint_check_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reint_check_resident ON reint_readiness_checks (resident_id, id);

CREATE TABLE reint_readiness_answers (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    check_id BIGINT       NOT NULL,
    item     VARCHAR(30)  NOT NULL,
    answer   VARCHAR(16)  NOT NULL,
    blocking BOOLEAN      NOT NULL,
    note     VARCHAR(500),
    CONSTRAINT fk_reint_answer_check FOREIGN KEY (check_id) REFERENCES reint_readiness_checks (id),
    CONSTRAINT uq_reint_answer UNIQUE (check_id, item)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reint_overrides (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT        NOT NULL,
    home_id     BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    recorded_by VARCHAR(60)   NOT NULL,
    recorded_on DATE          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    used_on     DATE,
    CONSTRAINT fk_reint_override_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reint_override_resident ON reint_overrides (resident_id, used_on);

-- One row per exit that starts a follow-up: where she went and who is responsible in the source area.
CREATE TABLE reint_exits (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id        BIGINT       NOT NULL,
    home_id            BIGINT       NOT NULL,
    exit_reason        VARCHAR(24)  NOT NULL,
    exit_date          DATE         NOT NULL,
    destination        VARCHAR(300),
    responsible_partner VARCHAR(200),
    responsible_username VARCHAR(60),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_reint_exit_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reint_exit_resident ON reint_exits (resident_id, exit_date);

CREATE TABLE reint_followups (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    exit_id            BIGINT        NOT NULL,
    resident_id        BIGINT        NOT NULL,
    home_id            BIGINT        NOT NULL,
    months_after       INT           NOT NULL,
    due_on             DATE          NOT NULL,
    status             VARCHAR(8)    NOT NULL,
    attempts           INT           NOT NULL DEFAULT 0,
    done_on            DATE,
    mode               VARCHAR(12),
    people_met         VARCHAR(300),
    wellbeing          VARCHAR(1000),
    schooling_or_work  VARCHAR(1000),
    safety_concerns    VARCHAR(1000),
    retrafficking_signs VARCHAR(1000),
    next_action        VARCHAR(500),
    concern            BOOLEAN       NOT NULL DEFAULT FALSE,
    concern_closed_on  DATE,
    concern_outcome    VARCHAR(500),
    close_reason       VARCHAR(16),
    close_note         VARCHAR(500),
    recorded_by        VARCHAR(60),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_reint_fu_exit FOREIGN KEY (exit_id) REFERENCES reint_exits (id),
    CONSTRAINT fk_reint_fu_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Due and overdue follow-ups: a range scan on the due date of open ones.
CREATE INDEX ix_reint_fu_due ON reint_followups (status, due_on);
CREATE INDEX ix_reint_fu_resident ON reint_followups (resident_id, due_on);
CREATE INDEX ix_reint_fu_concern ON reint_followups (concern, concern_closed_on);

CREATE TABLE reint_repatriations (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id                BIGINT       NOT NULL,
    home_id                    BIGINT       NOT NULL,
    country                    VARCHAR(2)   NOT NULL,
    status                     VARCHAR(10)  NOT NULL,
    nationality_requested_on   DATE,
    nationality_received_on    DATE,
    permit_number              VARCHAR(60),
    permit_issued_on           DATE,
    permit_expires_on          DATE,
    escort                     VARCHAR(200),
    handover_date              DATE,
    handover_place             VARCHAR(200),
    receiving_organisation     VARCHAR(200),
    note                       VARCHAR(500),
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_reint_rep_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Expiring travel permits: a range scan on the expiry date of open processes.
CREATE INDEX ix_reint_rep_permit ON reint_repatriations (status, permit_expires_on);
CREATE INDEX ix_reint_rep_resident ON reint_repatriations (resident_id);
