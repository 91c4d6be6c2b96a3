-- Alerts raised by the deadline engine, their comments, and the rule settings ADMIN edits.
-- One OPEN (or ACKNOWLEDGED) alert per rule and subject: open_marker is 1 while the alert is not resolved
-- and NULL afterwards, so the unique key holds any number of resolved alerts but only one open one.
CREATE TABLE alert_rule_settings (
    rule_key                  VARCHAR(80)  PRIMARY KEY,
    enabled                   BOOLEAN      NOT NULL DEFAULT TRUE,
    lead_days                 INT          NOT NULL,
    care_manager_after_days   INT          NOT NULL,
    official_after_days       INT          NOT NULL,
    cron                      VARCHAR(120) NOT NULL,
    updated_at                DATETIME(6),
    updated_by                VARCHAR(60),
    version                   BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE alerts (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_key           VARCHAR(80)  NOT NULL,
    subject_type       VARCHAR(40)  NOT NULL,
    subject_id         BIGINT       NOT NULL,
    home_id            BIGINT       NOT NULL,
    title_key          VARCHAR(120) NOT NULL,
    severity           VARCHAR(10)  NOT NULL,
    severity_rank      INT          NOT NULL,
    alerted_role       VARCHAR(30)  NOT NULL,
    due_date           DATE         NOT NULL,
    overdue            BOOLEAN      NOT NULL,
    description_key    VARCHAR(120) NOT NULL,
    description_args   VARCHAR(500),
    route              VARCHAR(200),
    status             VARCHAR(15)  NOT NULL,
    open_marker        INT,
    escalation_level   INT          NOT NULL DEFAULT 0,
    raised_at          DATETIME(6)  NOT NULL,
    raised_on          DATE         NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    escalated_at       DATETIME(6),
    acknowledged_at    DATETIME(6),
    acknowledged_by    VARCHAR(60),
    assignee_id        BIGINT,
    assignee_name      VARCHAR(120),
    resolved_at        DATETIME(6),
    resolved_by        VARCHAR(60),
    resolution         VARCHAR(10),
    resolution_reason  VARCHAR(500),
    CONSTRAINT uk_alerts_open_subject UNIQUE (rule_key, subject_type, subject_id, open_marker),
    CONSTRAINT fk_alerts_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The engine reads a rule's open alerts; the inbox reads a home's open alerts by severity and due date.
CREATE INDEX ix_alerts_rule_open ON alerts (rule_key, open_marker);
CREATE INDEX ix_alerts_home_open ON alerts (home_id, open_marker, severity_rank, due_date);

CREATE TABLE alert_comments (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    alert_id    BIGINT        NOT NULL,
    author      VARCHAR(120)  NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_alert_comments_alert FOREIGN KEY (alert_id) REFERENCES alerts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_alert_comments_alert ON alert_comments (alert_id, written_at);
