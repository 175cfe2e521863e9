-- Conflict-free scheduling (issue 16): when the organization works, and why a generated event
-- has no time.

-- Meetings are scheduled on the organization's working days (ISO numbers, 1 = Monday) between the
-- start and the end of its working day, wall-clock times in the program's time zone.
ALTER TABLE organization
    ADD COLUMN working_days      smallint[] NOT NULL DEFAULT '{1,2,3,4,5}'
        CHECK (cardinality(working_days) BETWEEN 1 AND 7 AND working_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
    ADD COLUMN working_day_start time       NOT NULL DEFAULT '09:00',
    ADD COLUMN working_day_end   time       NOT NULL DEFAULT '17:00',
    ADD CONSTRAINT organization_working_day_ck CHECK (working_day_end > working_day_start);

-- A generated event for which no time fits (nobody double-booked, working days and hours, the
-- program's period) is kept with the reason instead of a clash; its start is where the structure
-- wanted it, and it blocks nobody's time until it is moved. unscheduled_person names the person
-- without free time (NO_FREE_TIME).
ALTER TABLE calendar_event
    ADD COLUMN unscheduled_reason text
        CHECK (unscheduled_reason IN ('LONGER_THAN_WORKING_DAY', 'NO_WORKING_DAY', 'NO_FREE_TIME')),
    ADD COLUMN unscheduled_person text,
    ADD CONSTRAINT calendar_event_unscheduled_ck CHECK (unscheduled_person IS NULL OR unscheduled_reason IS NOT NULL);
