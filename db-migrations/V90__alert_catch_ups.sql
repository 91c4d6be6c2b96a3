-- A rule that missed its schedule (or never ran) is run once at start-up. The node that claims the missed run here
-- (one row per rule and missed time; the primary key refuses a second claim) starts it, so in a cluster one node does.
CREATE TABLE alert_catch_ups (
    rule_key    VARCHAR(80)  NOT NULL,
    missed_at   DATETIME(6)  NOT NULL,
    claimed_by  VARCHAR(200) NOT NULL,
    claimed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (rule_key, missed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
