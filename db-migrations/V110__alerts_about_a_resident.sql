-- The resident an alert is about (null for alerts about a home, a session or an inspection), so that her open alerts
-- follow her to the home she is transferred to and are resolved when she leaves, in that change's own transaction.
ALTER TABLE alerts ADD COLUMN resident_id BIGINT NULL;
CREATE INDEX ix_alerts_resident_open ON alerts (resident_id, open_marker);
