-- reint_exits.exit_reason was 24 characters, but TRANSFERRED_TO_ORGANISATION has 27: such an exit failed
-- (the follow-up schedule is written in the exit's own transaction). Same length as placements.exit_reason.
ALTER TABLE reint_exits MODIFY exit_reason VARCHAR(40) NOT NULL;
