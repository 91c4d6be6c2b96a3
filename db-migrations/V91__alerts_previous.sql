-- An alert resolved by hand while its item was still due is raised again at the next run; the new alert points to
-- the one resolved by hand, so the inbox can say who resolved it, when and why.
ALTER TABLE alerts ADD COLUMN previous_alert_id BIGINT NULL;
