-- One row per resident, staff member or room that can be booked. A booking transaction locks the rows of
-- everyone it books (in a fixed order) before checking conflicts, so two people booking the same slot at
-- the same moment get one booking and one refusal.
CREATE TABLE schedule_locks (
    party_type  VARCHAR(10) NOT NULL,
    party_id    BIGINT      NOT NULL,
    PRIMARY KEY (party_type, party_id)
) ENGINE=InnoDB;
