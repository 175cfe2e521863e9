-- Step 3 (program framework): the program's structure, charter and meeting templates, and what
-- calendar generation needs to regenerate without touching what was already recorded.

CREATE TABLE program_framework (
    program_id           uuid    PRIMARY KEY REFERENCES program (id) ON DELETE CASCADE,
    organization_id      uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    start_date           date    NOT NULL,
    end_date             date    NOT NULL,
    time_zone            text    NOT NULL,
    session_start        time    NOT NULL,
    session_minutes      integer NOT NULL CHECK (session_minutes BETWEEN 15 AND 480),
    mentoring_every      integer CHECK (mentoring_every >= 1),
    mentoring_unit       text    CHECK (mentoring_unit IN ('WEEKS', 'MONTHS')),
    coaching_every       integer CHECK (coaching_every >= 1),
    coaching_unit        text    CHECK (coaching_unit IN ('WEEKS', 'MONTHS')),
    coaching_months      integer NOT NULL DEFAULT 0 CHECK (coaching_months >= 0),
    review_every_months  integer NOT NULL CHECK (review_every_months >= 1),
    review_attendees     text[]  NOT NULL DEFAULT '{}',
    milestones           text[]  NOT NULL DEFAULT '{}',
    holidays             date[]  NOT NULL DEFAULT '{}',
    charter_hipo         text    NOT NULL DEFAULT '',
    charter_mentor       text    NOT NULL DEFAULT '',
    charter_coach        text    NOT NULL DEFAULT '',
    charter_manager      text    NOT NULL DEFAULT '',
    charter_hr           text    NOT NULL DEFAULT '',
    charter_confidentiality text NOT NULL DEFAULT '',
    charter_preparation  text    NOT NULL DEFAULT '',
    agenda_mentoring     text[]  NOT NULL DEFAULT '{}',
    agenda_coaching      text[]  NOT NULL DEFAULT '{}',
    agenda_review        text[]  NOT NULL DEFAULT '{}',
    agenda_milestone     text[]  NOT NULL DEFAULT '{}',
    version              bigint  NOT NULL DEFAULT 1,
    CHECK (end_date >= start_date),
    CHECK (end_date < start_date + interval '36 months' + interval '1 day'),
    CHECK ((mentoring_every IS NULL) = (mentoring_unit IS NULL)),
    CHECK ((coaching_every IS NULL) = (coaching_unit IS NULL))
);

-- Where a generated event comes from: its series (MENTORING, COACHING, REVIEW, KICK_OFF,
-- MID_POINT, CLOSING) and its number in the series. Generating again skips a slot that an event
-- someone already touched occupies, so held sessions and their notes stay exactly once.
ALTER TABLE calendar_event ADD COLUMN series text;
ALTER TABLE calendar_event ADD COLUMN sequence integer;
ALTER TABLE calendar_event ADD CONSTRAINT calendar_event_series_ck CHECK ((series IS NULL) = (sequence IS NULL));
CREATE INDEX calendar_event_pair_idx ON calendar_event (pair_id);
CREATE INDEX action_item_event_idx ON action_item (event_id);

ALTER TABLE program_framework ENABLE ROW LEVEL SECURITY;
ALTER TABLE program_framework FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON program_framework
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON program_framework TO ${appRole};
