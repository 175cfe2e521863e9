-- A calendar people can keep (issue 16): the program's period from its creation, each person's
-- time zone, and one-off meetings and changes with their reason.

-- A program runs from start_date to end_date, both included, at most 36 months (as its framework).
-- Programs created before this ran for twelve months unless their framework says otherwise. Forced
-- row-level security binds the owner too and no organization is set here, so the backfill of every
-- organization's programs runs with the policies lifted, inside this migration's transaction. Nobody
-- changes a program here, so its triggers are paused: the audit trail records nothing of it, and
-- the programs of an archived organization (V28) get their end date too.
ALTER TABLE program ADD COLUMN end_date date;
ALTER TABLE program DISABLE TRIGGER USER;
ALTER TABLE program NO FORCE ROW LEVEL SECURITY;
ALTER TABLE program_framework NO FORCE ROW LEVEL SECURITY;
UPDATE program p
SET end_date = coalesce((SELECT f.end_date FROM program_framework f
                         WHERE f.program_id = p.id AND f.end_date >= p.start_date
                           AND f.end_date < p.start_date + interval '36 months' + interval '1 day'),
                        p.start_date + interval '12 months' - interval '1 day');
ALTER TABLE program FORCE ROW LEVEL SECURITY;
ALTER TABLE program_framework FORCE ROW LEVEL SECURITY;
ALTER TABLE program ENABLE TRIGGER USER;
ALTER TABLE program
    ALTER COLUMN end_date SET NOT NULL,
    ADD CONSTRAINT program_period_ck CHECK (end_date >= start_date
        AND end_date < start_date + interval '36 months' + interval '1 day');

-- The zone a person works in (an IANA id such as Europe/Warsaw); NULL: the organization's zone.
-- Each person's working hours are wall-clock times in their own zone.
ALTER TABLE person ADD COLUMN time_zone text
    CHECK (time_zone IS NULL OR time_zone ~ '^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$');

-- No time lies inside the working hours of every attendee in their own zones.
ALTER TABLE calendar_event DROP CONSTRAINT calendar_event_unscheduled_reason_check;
ALTER TABLE calendar_event
    ADD CONSTRAINT calendar_event_unscheduled_reason_check CHECK (unscheduled_reason IN
        ('LONGER_THAN_WORKING_DAY', 'NO_WORKING_DAY', 'NO_FREE_TIME', 'NO_SHARED_WORKING_HOURS')),
    -- Why one occurrence was moved or cancelled (shown with it and sent in its calendar entry).
    ADD COLUMN change_reason text NOT NULL DEFAULT '';
