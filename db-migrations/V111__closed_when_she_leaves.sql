-- What a transfer or an exit closes. A session or appointment cancelled because she was transferred or left the home
-- names that cause (shown translated, unlike a reason typed by staff); an undone admission health check and a care
-- plan are closed on the day she leaves, so their deadlines no longer count her.
ALTER TABLE counselling_sessions ADD COLUMN cancel_cause VARCHAR(16) NULL;
ALTER TABLE medical_appointments ADD COLUMN cancel_cause VARCHAR(16) NULL;
ALTER TABLE medical_health_checks ADD COLUMN closed_on DATE NULL;
ALTER TABLE care_plans ADD COLUMN closed_on DATE NULL;
