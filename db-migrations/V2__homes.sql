-- Districts, homes, rooms and beds. A home's capacity is the number of its in-service beds.
CREATE TABLE districts (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    state       VARCHAR(80)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_districts_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE homes (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    district_id     BIGINT       NOT NULL,
    code            VARCHAR(12)  NOT NULL,
    name            VARCHAR(160) NOT NULL,
    home_type       VARCHAR(20)  NOT NULL,
    serves          VARCHAR(30)  NOT NULL,
    address         VARCHAR(500) NOT NULL,
    licence_number  VARCHAR(60),
    licence_expiry  DATE,
    contact_person  VARCHAR(120),
    contact_phone   VARCHAR(20),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_homes_code UNIQUE (code),
    CONSTRAINT fk_homes_district FOREIGN KEY (district_id) REFERENCES districts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_homes_district ON homes (district_id, name);

CREATE TABLE rooms (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    home_id   BIGINT      NOT NULL,
    name      VARCHAR(60) NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_rooms_home_name UNIQUE (home_id, name),
    CONSTRAINT fk_rooms_home FOREIGN KEY (home_id) REFERENCES homes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE beds (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id   BIGINT      NOT NULL,
    label     VARCHAR(20) NOT NULL,
    status    VARCHAR(20) NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_beds_room_label UNIQUE (room_id, label),
    CONSTRAINT fk_beds_room FOREIGN KEY (room_id) REFERENCES rooms (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
