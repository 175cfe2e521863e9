-- Step 5 (ongoing support): what the catalogue, the assignments and the budget need beyond V1.

-- How long a resource takes when it has no dates (e.g. "6 weeks, 3 hours a week"), and the
-- capabilities it develops (names, as in the capability library or a HiPo's development needs).
ALTER TABLE resource ADD COLUMN duration text;
ALTER TABLE resource ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}';
ALTER TABLE resource ADD CONSTRAINT resource_type_ck CHECK (type IN ('COURSE', 'ONLINE_COURSE', 'WEBINAR',
    'WORKSHOP', 'NETWORKING_EVENT', 'CONFERENCE', 'BOOK', 'INTERNAL_PROGRAM'));
ALTER TABLE resource ADD CONSTRAINT resource_dates_ck CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on);
ALTER TABLE resource ADD CONSTRAINT resource_title_ck CHECK (length(trim(title)) > 0);
CREATE INDEX resource_organization_idx ON resource (organization_id);

-- Planned cost is the resource's cost per participant when it was assigned; actual cost is what
-- was really paid, once known (a late cancellation may cost something even when dropped).
ALTER TABLE resource_assignment ADD COLUMN planned_cost numeric NOT NULL DEFAULT 0 CHECK (planned_cost >= 0);
ALTER TABLE resource_assignment ADD COLUMN actual_cost numeric CHECK (actual_cost >= 0);
ALTER TABLE resource_assignment ADD CONSTRAINT resource_assignment_status_ck
    CHECK (status IN ('PROPOSED', 'ENROLLED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED'));
-- A HiPo is assigned a resource once per program.
CREATE UNIQUE INDEX resource_assignment_uk ON resource_assignment (program_id, resource_id, hipo_member_id);
CREATE INDEX resource_assignment_resource_idx ON resource_assignment (resource_id);

-- HR's recorded decision that a HiPo needs no resources beyond coaching and mentoring, and why.
CREATE TABLE support_decision (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hipo_member_id   uuid        NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    reason           text        NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    UNIQUE (hipo_member_id)
);
CREATE INDEX support_decision_program_idx ON support_decision (program_id);

ALTER TABLE support_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON support_decision
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON support_decision TO ${appRole};
