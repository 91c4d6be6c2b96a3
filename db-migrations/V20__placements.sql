-- Placements: who stays in which home and bed, from when to when. One row per stay in one bed; a move or a
-- transfer ends a row and starts the next, so the history is continuous and occupancy for any past day is
-- derived from it (start_date inclusive, end_date exclusive: the night of end_date belongs to the next stay).

-- Stay limits per home type, editable by ADMIN (defaults from DOMAIN.md).
CREATE TABLE placement_stay_limits (
    home_type           VARCHAR(20) PRIMARY KEY,
    stay_days           INT    NOT NULL,
    stay_days_over_55   INT,
    child_girl_max_age  INT    NOT NULL,
    child_boy_max_age   INT    NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO placement_stay_limits (home_type, stay_days, stay_days_over_55, child_girl_max_age, child_boy_max_age) VALUES
    ('TRANSIT', 10, NULL, 18, 8),
    ('SHORT_TERM', 365, NULL, 18, 8),
    ('LONG_TERM', 1095, 1825, 18, 8),
    ('COMMUNITY_BASED', 1095, 1825, 18, 8);

CREATE TABLE placements (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id         BIGINT       NOT NULL,
    home_id             BIGINT       NOT NULL,
    home_type           VARCHAR(20)  NOT NULL,
    bed_id              BIGINT,
    mother_placement_id BIGINT,
    start_date          DATE         NOT NULL,
    end_date            DATE,
    home_since          DATE         NOT NULL,
    admitted_on         DATE         NOT NULL,
    expected_end        DATE         NOT NULL,
    entry_kind          VARCHAR(12)  NOT NULL,
    order_number        VARCHAR(60),
    order_date          DATE,
    basis_reason        VARCHAR(500),
    end_kind            VARCHAR(12),
    end_reason          VARCHAR(500),
    exit_reason         VARCHAR(40),
    exit_destination    VARCHAR(300),
    exit_order          VARCHAR(120),
    absconded_at        DATETIME(6),
    informed_police     BOOLEAN      NOT NULL DEFAULT FALSE,
    informed_cwc        BOOLEAN      NOT NULL DEFAULT FALSE,
    informed_details    VARCHAR(300),
    emergency_closed_on DATE,
    previous_id         BIGINT,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(60)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_placements_resident FOREIGN KEY (resident_id) REFERENCES residents (id),
    CONSTRAINT fk_placements_home FOREIGN KEY (home_id) REFERENCES homes (id),
    CONSTRAINT fk_placements_bed FOREIGN KEY (bed_id) REFERENCES beds (id),
    CONSTRAINT fk_placements_previous FOREIGN KEY (previous_id) REFERENCES placements (id),
    CONSTRAINT ck_placements_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Occupancy on a day and per month: range scans by home and start date, covering (no row lookups).
CREATE INDEX ix_placements_home_start ON placements (home_id, start_date, end_date, bed_id);
CREATE INDEX ix_placements_home_end ON placements (home_id, end_date, end_kind);
CREATE INDEX ix_placements_resident ON placements (resident_id, start_date);
CREATE INDEX ix_placements_bed ON placements (bed_id, start_date);

-- Who is in a bed right now. The primary key on bed_id is the database's guarantee that a bed never holds
-- two residents; the unique key on resident_id that a resident never holds two beds.
CREATE TABLE bed_occupancy (
    bed_id        BIGINT PRIMARY KEY,
    placement_id  BIGINT NOT NULL,
    resident_id   BIGINT NOT NULL,
    home_id       BIGINT NOT NULL,
    CONSTRAINT uk_bed_occupancy_resident UNIQUE (resident_id),
    CONSTRAINT uk_bed_occupancy_placement UNIQUE (placement_id),
    CONSTRAINT fk_bed_occupancy_bed FOREIGN KEY (bed_id) REFERENCES beds (id),
    CONSTRAINT fk_bed_occupancy_placement FOREIGN KEY (placement_id) REFERENCES placements (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_bed_occupancy_home ON bed_occupancy (home_id);

-- Temporary absences (hospital, court, home visit): the bed stays hers.
CREATE TABLE placement_absences (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id     BIGINT       NOT NULL,
    resident_id      BIGINT       NOT NULL,
    home_id          BIGINT       NOT NULL,
    kind             VARCHAR(12)  NOT NULL,
    left_on          DATE         NOT NULL,
    expected_return  DATE         NOT NULL,
    returned_on      DATE,
    note             VARCHAR(300),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_absences_placement FOREIGN KEY (placement_id) REFERENCES placements (id),
    CONSTRAINT ck_absences_dates CHECK (expected_return >= left_on AND (returned_on IS NULL OR returned_on >= left_on))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_absences_home_open ON placement_absences (home_id, returned_on, expected_return);
CREATE INDEX ix_absences_placement ON placement_absences (placement_id);
