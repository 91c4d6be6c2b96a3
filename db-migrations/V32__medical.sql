-- Medical: settings (the row without a home is the default), admission health checks, appointments and
-- each resident's ongoing conditions and medication. Confidential columns hold AES-GCM ciphertext.
CREATE TABLE medical_settings (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id           BIGINT,
    check_due_hours   INT    NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_medical_settings_home UNIQUE (home_id),
    CONSTRAINT fk_medical_settings_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB;
INSERT INTO medical_settings (home_id, check_due_hours) VALUES (NULL, 24);

CREATE TABLE medical_health_checks (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id        BIGINT       NOT NULL,
    resident_id    BIGINT       NOT NULL,
    resident_name  VARCHAR(200) NOT NULL,
    due_at         DATETIME     NOT NULL,
    done_at        DATETIME,
    done_by        VARCHAR(60),
    findings       TEXT,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_medical_health_checks_resident UNIQUE (resident_id, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_medical_health_checks_due ON medical_health_checks (home_id, done_at, due_at);

CREATE TABLE medical_appointments (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id        BIGINT       NOT NULL,
    resident_id    BIGINT       NOT NULL,
    resident_name  VARCHAR(200) NOT NULL,
    staff_id       BIGINT       NOT NULL,
    staff_name     VARCHAR(120) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    place          VARCHAR(200) NOT NULL,
    starts_at      DATETIME     NOT NULL,
    ends_at        DATETIME     NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    purpose        TEXT,
    result         TEXT,
    version        BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_medical_appointments_resident ON medical_appointments (resident_id, starts_at);
CREATE INDEX ix_medical_appointments_staff ON medical_appointments (staff_id, starts_at);
CREATE INDEX ix_medical_appointments_home ON medical_appointments (home_id, starts_at);

CREATE TABLE medical_records (
    resident_id   BIGINT       NOT NULL PRIMARY KEY,
    home_id       BIGINT       NOT NULL,
    conditions    TEXT,
    medication    TEXT,
    updated_by    VARCHAR(60)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
