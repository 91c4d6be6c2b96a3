-- Transfers between homes as requests the receiving home accepts. The sending home's care manager asks; the
-- resident keeps her bed until the receiving home accepts (choosing a bed) or declines, or the sender withdraws.
-- The row stays afterwards: it is the sending home's one line about her once she has gone ("transferred to ...").
CREATE TABLE placement_transfers (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id       BIGINT       NOT NULL,
    case_number       VARCHAR(40)  NOT NULL,
    from_home_id      BIGINT       NOT NULL,
    to_home_id        BIGINT       NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    order_number      VARCHAR(60),
    order_date        DATE,
    status            VARCHAR(12)  NOT NULL,
    requested_on      DATE         NOT NULL,
    requested_at      DATETIME(6)  NOT NULL,
    requested_by      VARCHAR(60)  NOT NULL,
    decided_at        DATETIME(6),
    decided_by        VARCHAR(60),
    decline_reason    VARCHAR(500),
    transferred_on    DATE,
    to_bed_id         BIGINT,
    version           BIGINT       NOT NULL DEFAULT 0,
    -- one open request per resident: the column is her id while the request is pending, NULL otherwise
    pending_resident  BIGINT AS (CASE WHEN status = 'PENDING' THEN resident_id END) PERSISTENT,
    CONSTRAINT fk_placement_transfers_resident FOREIGN KEY (resident_id) REFERENCES residents (id),
    CONSTRAINT fk_placement_transfers_from FOREIGN KEY (from_home_id) REFERENCES homes (id),
    CONSTRAINT fk_placement_transfers_to FOREIGN KEY (to_home_id) REFERENCES homes (id),
    CONSTRAINT fk_placement_transfers_bed FOREIGN KEY (to_bed_id) REFERENCES beds (id),
    CONSTRAINT ck_placement_transfers_homes CHECK (from_home_id <> to_home_id),
    CONSTRAINT uq_placement_transfers_pending UNIQUE (pending_resident)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The receiving home's incoming list and the alert rule read pending requests by home; the sending home its own.
CREATE INDEX ix_placement_transfers_to ON placement_transfers (to_home_id, status, requested_on);
CREATE INDEX ix_placement_transfers_from ON placement_transfers (from_home_id, status, requested_on);
