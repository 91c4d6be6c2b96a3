-- Append-only audit trail of changes and log of reads of sensitive records.
-- Triggers refuse UPDATE and DELETE so that nothing, not even a bug in the application, rewrites history.
CREATE TABLE audit_events (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    username     VARCHAR(60)  NOT NULL,
    action       VARCHAR(30)  NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(40)  NOT NULL,
    home_id      BIGINT,
    summary      VARCHAR(500),
    before_state TEXT,
    after_state  TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_events_time ON audit_events (occurred_at);
CREATE INDEX ix_audit_events_entity ON audit_events (entity_type, entity_id);
CREATE INDEX ix_audit_events_user ON audit_events (username, occurred_at);

CREATE TABLE record_access_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    accessed_at  DATETIME(6)  NOT NULL,
    username     VARCHAR(60)  NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(40)  NOT NULL,
    home_id      BIGINT,
    purpose      VARCHAR(200)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_record_access_time ON record_access_log (accessed_at);
CREATE INDEX ix_record_access_entity ON record_access_log (entity_type, entity_id);
CREATE INDEX ix_record_access_user ON record_access_log (username, accessed_at);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only';
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only';
CREATE TRIGGER record_access_no_update BEFORE UPDATE ON record_access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'record_access_log is append-only';
CREATE TRIGGER record_access_no_delete BEFORE DELETE ON record_access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'record_access_log is append-only';
