-- A resource held several times (e.g. a quarterly sales conference) is one catalogue entry: its
-- first time is starts_on to ends_on, and repeats_on lists the days it starts again, each time as
-- long as the first. The application checks the rules and names the field at fault; the
-- constraint keeps the data honest for any other writer.
ALTER TABLE resource ADD COLUMN repeats_on date[] NOT NULL DEFAULT '{}';
ALTER TABLE resource ADD CONSTRAINT resource_repeats_need_start_ck
    CHECK (cardinality(repeats_on) = 0 OR starts_on IS NOT NULL);
