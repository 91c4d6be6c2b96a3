-- District figures read the stays open on a day or overlapping a window: "end_date is null or end_date > x".
-- Home then end date first, so that range reads only open and recent stays rather than every stay since the
-- home opened; the other columns make it covering for the occupancy, movements and in-care queries.
CREATE INDEX ix_placements_home_open ON placements (home_id, end_date, start_date, bed_id, expected_end, resident_id);
