-- Step 4 (development plans): who signed off, one gap per capability, the kinds and statuses of
-- activities, the history of progress, HR's exceptions, and each organization's activity library.

ALTER TABLE development_plan ADD COLUMN manager_name text;
ALTER TABLE development_plan ADD COLUMN signed_off_by text;
ALTER TABLE development_plan ADD CONSTRAINT development_plan_sign_off_ck
    CHECK ((manager_signed_off_at IS NULL) = (signed_off_by IS NULL));

CREATE UNIQUE INDEX plan_gap_capability_uk ON plan_gap (plan_id, capability_id);
ALTER TABLE plan_gap ADD CONSTRAINT plan_gap_level_ck
    CHECK (current_level BETWEEN 1 AND 5 AND target_level BETWEEN 1 AND 5);
CREATE INDEX plan_goal_plan_idx ON plan_goal (plan_id);
CREATE INDEX plan_activity_plan_idx ON plan_activity (plan_id);

ALTER TABLE plan_activity ADD CONSTRAINT plan_activity_kind_ck CHECK (kind IN (
    'STRETCH_ASSIGNMENT', 'SMALL_CHANGE_PROJECT', 'CROSS_FUNCTIONAL_PROJECT',
    'MENTORING', 'COACHING', 'SHADOWING_SENIOR_LEADER', 'WORKSHOP', 'COURSE'));
ALTER TABLE plan_activity ADD CONSTRAINT plan_activity_status_ck
    CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'));
ALTER TABLE plan_activity ADD CONSTRAINT plan_activity_dates_ck
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on);

-- Goal progress and activity status over time; the subject's name survives its removal.
CREATE TABLE plan_progress (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    plan_id          uuid        NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    goal_id          uuid        REFERENCES plan_goal (id) ON DELETE SET NULL,
    activity_id      uuid        REFERENCES plan_activity (id) ON DELETE SET NULL,
    subject          text        NOT NULL,
    progress         integer     CHECK (progress BETWEEN 0 AND 100),
    status           text        CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    note             text        NOT NULL DEFAULT '',
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    version          bigint      NOT NULL DEFAULT 1,
    CHECK ((progress IS NULL) <> (status IS NULL))
);
CREATE INDEX plan_progress_plan_idx ON plan_progress (plan_id, recorded_at);

-- HR's recorded exception: a HiPo without a complete plan, and why.
CREATE TABLE plan_exception (
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
CREATE INDEX plan_exception_program_idx ON plan_exception (program_id);

-- The organization's library of activity templates; seeded once with Ascent's starter set.
CREATE TABLE activity_library (
    organization_id  uuid        PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    seeded_at        timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1
);

CREATE TABLE activity_template (
    id               uuid PRIMARY KEY,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kind             text   NOT NULL CHECK (kind IN (
        'STRETCH_ASSIGNMENT', 'SMALL_CHANGE_PROJECT', 'CROSS_FUNCTIONAL_PROJECT',
        'MENTORING', 'COACHING', 'SHADOWING_SENIOR_LEADER', 'WORKSHOP', 'COURSE')),
    title            text   NOT NULL CHECK (length(trim(title)) > 0),
    description      text   NOT NULL DEFAULT '',
    capabilities     text[] NOT NULL DEFAULT '{}',
    version          bigint NOT NULL DEFAULT 1
);
CREATE INDEX activity_template_org_idx ON activity_template (organization_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['plan_progress', 'plan_exception', 'activity_library', 'activity_template']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY organization_isolation ON %I '
                       'USING (organization_id = current_organization()) '
                       'WITH CHECK (organization_id = current_organization())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${appRole}', t);
    END LOOP;
END
$$;
