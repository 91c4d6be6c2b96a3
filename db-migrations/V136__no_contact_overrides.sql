-- A care manager lets one save through although what it records matches the resident's no-contact list: her exit,
-- a home verification or a follow-up (the step). The next save of that step uses it up. The row keeps the reason,
-- never the matched person.
CREATE TABLE reint_no_contact_overrides (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT        NOT NULL,
    home_id     BIGINT        NOT NULL,
    step        VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    recorded_by VARCHAR(60)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT fk_reint_nc_override_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reint_nc_override_open ON reint_no_contact_overrides (resident_id, step, used_at);
