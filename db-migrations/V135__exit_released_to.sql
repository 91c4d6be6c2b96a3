-- Whom a resident is released to at her exit (a person and a number), compared with her no-contact list.
ALTER TABLE placements ADD COLUMN exit_released_to VARCHAR(120) NULL;
ALTER TABLE placements ADD COLUMN exit_released_to_phone VARCHAR(20) NULL;
