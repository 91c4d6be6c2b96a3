-- Counselling: working hours and limits per home (the row without a home is the default), series of
-- sessions, sessions with their residents, and confidential notes (AES-GCM ciphertext, never plain text).
CREATE TABLE counselling_settings (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id                BIGINT,
    day_start              TIME    NOT NULL,
    day_end                TIME    NOT NULL,
    max_session_minutes    INT     NOT NULL,
    no_session_alert_days  INT     NOT NULL,
    version                BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT uk_counselling_settings_home UNIQUE (home_id),
    CONSTRAINT fk_counselling_settings_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO counselling_settings (home_id, day_start, day_end, max_session_minutes, no_session_alert_days)
VALUES (NULL, '09:00', '18:00', 120, 14);

CREATE TABLE counselling_series (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id          BIGINT       NOT NULL,
    counsellor_id    BIGINT       NOT NULL,
    first_start      DATETIME     NOT NULL,
    occurrences      INT          NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE counselling_sessions (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id          BIGINT       NOT NULL,
    series_id        BIGINT,
    counsellor_id    BIGINT       NOT NULL,
    counsellor_name  VARCHAR(120) NOT NULL,
    kind             VARCHAR(12)  NOT NULL,
    mode             VARCHAR(12)  NOT NULL,
    room_id          BIGINT,
    room_name        VARCHAR(60),
    starts_at        DATETIME     NOT NULL,
    ends_at          DATETIME     NOT NULL,
    topic            VARCHAR(200),
    attendance       VARCHAR(12),
    cancel_reason    VARCHAR(300),
    wellbeing_score  INT,
    phq9_score       INT,
    edited_alone     BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_counselling_sessions_series FOREIGN KEY (series_id) REFERENCES counselling_series (id),
    CONSTRAINT fk_counselling_sessions_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_counselling_sessions_counsellor ON counselling_sessions (counsellor_id, starts_at);
CREATE INDEX ix_counselling_sessions_room ON counselling_sessions (room_id, starts_at);
CREATE INDEX ix_counselling_sessions_home ON counselling_sessions (home_id, starts_at);
CREATE INDEX ix_counselling_sessions_series ON counselling_sessions (series_id, starts_at);

-- Who takes part; start and end are copied here so a resident's busy times come from one index.
CREATE TABLE counselling_participants (
    session_id     BIGINT       NOT NULL,
    resident_id    BIGINT       NOT NULL,
    resident_name  VARCHAR(200) NOT NULL,
    starts_at      DATETIME     NOT NULL,
    ends_at        DATETIME     NOT NULL,
    PRIMARY KEY (session_id, resident_id),
    CONSTRAINT fk_counselling_participants_session FOREIGN KEY (session_id) REFERENCES counselling_sessions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_counselling_participants_resident ON counselling_participants (resident_id, starts_at);

CREATE TABLE counselling_notes (
    session_id   BIGINT       NOT NULL PRIMARY KEY,
    ciphertext   TEXT         NOT NULL,
    written_by   VARCHAR(60)  NOT NULL,
    written_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_counselling_notes_session FOREIGN KEY (session_id) REFERENCES counselling_sessions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
