-- Every exit kind with a place to go has its own gate: which readiness items must be met (or not applicable)
-- before an exit of that kind is recorded. ADMIN edits the rows; REPATRIATED is recorded by completing the
-- handover instead, ABSCONDED stays an emergency, so neither has rows here.

-- Two new items of the readiness check (independent living needs housing; a transfer needs the organisation
-- that takes her in), placed before the order that releases her.
UPDATE reint_readiness_items SET position = 11 WHERE item = 'RELEASE_ORDER';
INSERT INTO reint_readiness_items (item, position, blocking) VALUES
    ('HOUSING', 9, FALSE),
    ('RECEIVING_ORGANISATION', 10, FALSE);

CREATE TABLE reint_exit_gate_items (
    exit_reason VARCHAR(30) NOT NULL,
    item        VARCHAR(30) NOT NULL,
    PRIMARY KEY (exit_reason, item),
    CONSTRAINT fk_reint_gate_item FOREIGN KEY (item) REFERENCES reint_readiness_items (item)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "Restored to family" keeps today's gate: the items that blocked it.
INSERT INTO reint_exit_gate_items (exit_reason, item)
    SELECT 'RESTORED_TO_FAMILY', item FROM reint_readiness_items WHERE blocking = TRUE;
INSERT INTO reint_exit_gate_items (exit_reason, item) VALUES
    ('INDEPENDENT_LIVING', 'WISH_AND_CONSENT'),
    ('INDEPENDENT_LIVING', 'SAFETY_PLAN'),
    ('INDEPENDENT_LIVING', 'LIVELIHOOD_PLAN'),
    ('INDEPENDENT_LIVING', 'HOUSING'),
    ('TRANSFERRED_TO_ORGANISATION', 'WISH_AND_CONSENT'),
    ('TRANSFERRED_TO_ORGANISATION', 'RECEIVING_ORGANISATION'),
    ('TRANSFERRED_TO_ORGANISATION', 'RELEASE_ORDER');

-- The application no longer reads reint_readiness_items.blocking (the rows above replace it). It stays, with a
-- default, while a node of the previous release may still run against this schema; a later migration drops it.
ALTER TABLE reint_readiness_items ALTER COLUMN blocking SET DEFAULT FALSE;

-- An override lets one exit of one kind pass; those recorded so far were for "restored to family".
ALTER TABLE reint_overrides ADD COLUMN exit_reason VARCHAR(30) NOT NULL DEFAULT 'RESTORED_TO_FAMILY' AFTER home_id;
