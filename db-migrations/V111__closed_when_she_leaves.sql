-- What a transfer or an exit closes. A session or appointment cancelled because she was transferred or left the home
-- names that cause (shown translated, unlike a reason typed by staff); an undone admission health check and a care
-- plan are closed on the day she leaves, so their deadlines no longer count her.
ALTER TABLE counselling_sessions ADD COLUMN cancel_cause VARCHAR(16) NULL;
ALTER TABLE medical_appointments ADD COLUMN cancel_cause VARCHAR(16) NULL;
ALTER TABLE medical_health_checks ADD COLUMN closed_on DATE NULL;
ALTER TABLE care_plans ADD COLUMN closed_on DATE NULL;

-- Residents who left before this change: their undone check and their care plan close on the day they left.
UPDATE medical_health_checks c JOIN residents r ON r.id = c.resident_id
   SET c.closed_on = COALESCE(r.status_changed_on, CURRENT_DATE)
 WHERE c.done_at IS NULL AND r.status <> 'IN_RESIDENCE';
UPDATE care_plans p JOIN residents r ON r.id = p.resident_id
   SET p.closed_on = COALESCE(r.status_changed_on, CURRENT_DATE)
 WHERE r.status <> 'IN_RESIDENCE';
