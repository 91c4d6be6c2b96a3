-- Returning survivors recognised in every home of the state (issue #20): phonetic keys of every word of a
-- resident's name and alias, and the requests reception sends to an earlier home's care manager to confirm.

-- Which version of the key algorithm a resident's keys were made with (0: none yet), and her name and alias in
-- their folded Latin form (words separated by spaces), so that scoring a candidate needs no transliteration. The
-- application fills them at start-up in batches (the transliteration is Java's, not SQL's) and again whenever the
-- algorithm changes.
ALTER TABLE residents
    ADD COLUMN name_keys_version SMALLINT NOT NULL DEFAULT 0,
    ADD COLUMN name_words VARCHAR(400),
    ADD COLUMN alias_words VARCHAR(400);
CREATE INDEX ix_residents_name_keys_version ON residents (name_keys_version, id);

-- One row per phonetic key of her name and alias, with what the match filters on, so that a lookup reads only
-- index ranges of the same key, origin and gender within a few years of birth, in every home at once.
CREATE TABLE resident_name_keys (
    resident_id  BIGINT      NOT NULL,
    name_key     VARCHAR(24) NOT NULL,
    origin       VARCHAR(40) NOT NULL,
    gender       VARCHAR(12) NOT NULL,
    birth_date   DATE        NOT NULL,
    PRIMARY KEY (resident_id, name_key),
    CONSTRAINT fk_name_keys_resident FOREIGN KEY (resident_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_name_keys_lookup ON resident_name_keys (name_key, origin, gender, birth_date);

-- Reception of the home she arrived at asks the earlier home's care manager whether she is the same person.
-- The homes are those of the two stays (residents.home_id), so a later transfer is followed without a copy here.
CREATE TABLE resident_return_requests (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id              BIGINT       NOT NULL,
    earlier_stay_id          BIGINT       NOT NULL,
    status                   VARCHAR(12)  NOT NULL,
    asked_on                 DATE         NOT NULL,
    asked_by                 VARCHAR(60)  NOT NULL,
    decided_on               DATE,
    decided_by               VARCHAR(60),
    decline_reason           VARCHAR(300),
    reviewed_by_new_home     DATE,
    reviewed_by_earlier_home DATE,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_return_requests_pair UNIQUE (resident_id, earlier_stay_id),
    CONSTRAINT fk_return_requests_resident FOREIGN KEY (resident_id) REFERENCES residents (id),
    CONSTRAINT fk_return_requests_earlier FOREIGN KEY (earlier_stay_id) REFERENCES residents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_return_requests_status ON resident_return_requests (status, decided_on);
CREATE INDEX ix_return_requests_earlier ON resident_return_requests (earlier_stay_id, status);
