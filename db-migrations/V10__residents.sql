-- Residents (survivors in a home's care), their consent, documents, legal case, contacts, photo,
-- no-contact list and the reception's visitor register.

-- One row per home and year; intake locks it (SELECT ... FOR UPDATE) so case numbers are never duplicated.
CREATE TABLE resident_case_counters (
    home_id     BIGINT NOT NULL,
    case_year   INT    NOT NULL,
    last_value  INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (home_id, case_year),
    CONSTRAINT fk_case_counters_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE residents (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id              BIGINT       NOT NULL,
    case_number          VARCHAR(30)  NOT NULL,
    name                 VARCHAR(120) NOT NULL,
    alias                VARCHAR(120),
    gender               VARCHAR(12)  NOT NULL,
    birth_date           DATE         NOT NULL,
    birth_date_exact     BOOLEAN      NOT NULL DEFAULT FALSE,
    languages            VARCHAR(200),
    referred_by          VARCHAR(20)  NOT NULL,
    order_number         VARCHAR(60),
    order_date           DATE,
    rescue_date          DATE,
    rescue_place         VARCHAR(20),
    trafficking_form     VARCHAR(20)  NOT NULL,
    origin               VARCHAR(40)  NOT NULL,
    native_place         VARCHAR(200),
    address              VARCHAR(500),
    identification_marks VARCHAR(300),
    minor                BOOLEAN      NOT NULL DEFAULT FALSE,
    pregnant             BOOLEAN      NOT NULL DEFAULT FALSE,
    injured_or_ill       BOOLEAN      NOT NULL DEFAULT FALSE,
    with_children        BOOLEAN      NOT NULL DEFAULT FALSE,
    security_threat      BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_recorded     BOOLEAN      NOT NULL DEFAULT FALSE,
    possible_retrafficking BOOLEAN    NOT NULL DEFAULT FALSE,
    status               VARCHAR(20)  NOT NULL,
    admitted_on          DATE         NOT NULL,
    status_changed_on    DATE,
    mother_id            BIGINT,
    earlier_stay_id      BIGINT,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_residents_case_number UNIQUE (case_number),
    CONSTRAINT fk_residents_home FOREIGN KEY (home_id) REFERENCES homes (id),
    CONSTRAINT fk_residents_mother FOREIGN KEY (mother_id) REFERENCES residents (id),
    CONSTRAINT fk_residents_earlier FOREIGN KEY (earlier_stay_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Staff always search within their homes: every list query starts with home_id.
CREATE INDEX ix_residents_home_admitted ON residents (home_id, admitted_on, id);
CREATE INDEX ix_residents_home_status ON residents (home_id, status, admitted_on);
CREATE INDEX ix_residents_home_name ON residents (home_id, name);
CREATE INDEX ix_residents_home_birth ON residents (home_id, birth_date);
CREATE INDEX ix_residents_home_form ON residents (home_id, trafficking_form, admitted_on);
-- Returning-survivor matching: same origin, birth date within a few years.
CREATE INDEX ix_residents_origin_birth ON residents (origin, birth_date);

CREATE TABLE resident_consents (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id      BIGINT        NOT NULL,
    explained        VARCHAR(1000) NOT NULL,
    language         VARCHAR(60)   NOT NULL,
    agrees_data      BOOLEAN       NOT NULL,
    agrees_counselling BOOLEAN     NOT NULL,
    agrees_medical   BOOLEAN       NOT NULL,
    agrees_photo     BOOLEAN       NOT NULL,
    witness          VARCHAR(120)  NOT NULL,
    recorded_on      DATE          NOT NULL,
    recorded_by      VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_consents_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_consents_resident ON resident_consents (resident_id, id);

CREATE TABLE resident_documents (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id   BIGINT       NOT NULL,
    doc_type      VARCHAR(30)  NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    doc_number    VARCHAR(60),
    number_key    VARCHAR(60),
    scheme        VARCHAR(120),
    applied_on    DATE,
    received_on   DATE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_documents_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_documents_resident ON resident_documents (resident_id);
CREATE INDEX ix_documents_number ON resident_documents (number_key);

CREATE TABLE resident_legal_cases (
    resident_id          BIGINT PRIMARY KEY,
    fir_number           VARCHAR(60),
    police_station       VARCHAR(120),
    sections_invoked     VARCHAR(300),
    statement_section    VARCHAR(40),
    statement_date       DATE,
    court                VARCHAR(160),
    next_hearing         DATE,
    lawyer_type          VARCHAR(10),
    lawyer_name          VARCHAR(120),
    compensation_applied_on DATE,
    compensation_status  VARCHAR(20),
    version              BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_legal_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE resident_contacts (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id  BIGINT       NOT NULL,
    name         VARCHAR(120) NOT NULL,
    relation     VARCHAR(60)  NOT NULL,
    phone        VARCHAR(20),
    address      VARCHAR(300),
    CONSTRAINT fk_contacts_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_contacts_resident ON resident_contacts (resident_id);

CREATE TABLE resident_no_contacts (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id  BIGINT       NOT NULL,
    person_name  VARCHAR(120),
    phone        VARCHAR(20),
    phone_key    VARCHAR(20),
    reason       VARCHAR(300),
    CONSTRAINT fk_no_contacts_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_no_contacts_resident ON resident_no_contacts (resident_id);

CREATE TABLE resident_photos (
    resident_id  BIGINT PRIMARY KEY,
    mime_type    VARCHAR(20) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    CONSTRAINT fk_photos_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE visits (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id          BIGINT       NOT NULL,
    resident_id      BIGINT       NOT NULL,
    visitor_name     VARCHAR(120) NOT NULL,
    visitor_phone    VARCHAR(20),
    relation         VARCHAR(60)  NOT NULL,
    id_seen          VARCHAR(120),
    purpose          VARCHAR(10)  NOT NULL,
    officer_name     VARCHAR(120),
    police_station   VARCHAR(120),
    time_in          DATETIME(6)  NOT NULL,
    time_out         DATETIME(6),
    no_contact_match BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_by      VARCHAR(60)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_visits_home FOREIGN KEY (home_id) REFERENCES homes (id),
    CONSTRAINT fk_visits_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_visits_home_time ON visits (home_id, time_in);
CREATE INDEX ix_visits_resident ON visits (resident_id, time_in);
