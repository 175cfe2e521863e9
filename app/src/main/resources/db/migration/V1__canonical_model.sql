-- Ascent's canonical program model. Migrations run as the schema owner; the application
-- connects as ${appRole}, which owns nothing and is subject to row-level security.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
END
$$;

-- The organization the current transaction works for, set by the host with
-- set_config('ascent.organization_id', ..., true). Without it, policies match no row.
CREATE FUNCTION current_organization() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('ascent.organization_id', true), '')::uuid $$;

-- Identity: read before an organization is chosen, guarded by the application.
CREATE TABLE organization (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX organization_name_uk ON organization (lower(name));

CREATE TABLE app_user (
    id             uuid PRIMARY KEY,
    email          text        NOT NULL,
    display_name   text        NOT NULL,
    password_hash  text        NOT NULL,
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX app_user_email_uk ON app_user (lower(email));

CREATE TABLE membership (
    user_id          uuid   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    role             text   NOT NULL CHECK (role IN ('ADMIN', 'HR', 'VIEWER')),
    version          bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (user_id, organization_id)
);

-- People directory -----------------------------------------------------------------------
CREATE TABLE person (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    employee_id      text        NOT NULL,
    full_name        text        NOT NULL,
    email            text        NOT NULL,
    function         text        NOT NULL,
    title            text        NOT NULL,
    level            integer     NOT NULL CHECK (level BETWEEN 1 AND 20),
    manager_id       uuid        REFERENCES person (id) ON DELETE SET NULL,
    location         text        NOT NULL,
    hire_date        date,
    performance      smallint    CHECK (performance BETWEEN 1 AND 3),
    potential        smallint    CHECK (potential BETWEEN 1 AND 3),
    skills           text[]      NOT NULL DEFAULT '{}',
    sample           boolean     NOT NULL DEFAULT false,
    version          bigint      NOT NULL DEFAULT 1,
    UNIQUE (organization_id, employee_id)
);
CREATE INDEX person_name_idx ON person (organization_id, full_name, id);
CREATE INDEX person_manager_idx ON person (manager_id);

-- Programs and the wizard ------------------------------------------------------------------
CREATE TABLE program (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name             text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    start_date       date        NOT NULL,
    owner_name       text        NOT NULL,
    state            text        NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'RUNNING', 'ARCHIVED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    launched_at      timestamptz,
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX program_org_idx ON program (organization_id, created_at);

-- Which step (plugin extension) serves a slot, or whether an extra step is on, per organization.
CREATE TABLE step_binding (
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    step_id          text    NOT NULL,
    slot             text    NOT NULL,
    position         text    NOT NULL CHECK (position IN ('FILLS', 'BEFORE', 'AFTER')),
    enabled          boolean NOT NULL DEFAULT true,
    version          bigint  NOT NULL DEFAULT 1,
    PRIMARY KEY (organization_id, step_id)
);
CREATE UNIQUE INDEX step_binding_one_per_slot ON step_binding (organization_id, slot)
    WHERE position = 'FILLS' AND enabled;

-- The last status each step reported for a program, for lists and the review page.
CREATE TABLE program_step_state (
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    step_id          text        NOT NULL,
    complete         boolean     NOT NULL,
    missing          text[]      NOT NULL DEFAULT '{}',
    checked_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (program_id, step_id)
);

-- Step 1: strategy, capabilities, objectives, indicators --------------------------------
CREATE TABLE strategy_statement (
    id               uuid PRIMARY KEY,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kind             text   NOT NULL CHECK (kind IN ('LEADERSHIP_STRATEGY', 'BUSINESS_PRIORITY')),
    text             text   NOT NULL,
    position         integer NOT NULL,
    version          bigint NOT NULL DEFAULT 1
);

CREATE TABLE capability (
    id               uuid PRIMARY KEY,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name             text   NOT NULL,
    description      text   NOT NULL DEFAULT '',
    behaviours       text[] NOT NULL DEFAULT '{}',
    version          bigint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX capability_name_uk ON capability (organization_id, lower(name));

CREATE TABLE objective (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    title            text    NOT NULL,
    description      text    NOT NULL DEFAULT '',
    capability_id    uuid    REFERENCES capability (id) ON DELETE SET NULL,
    priority         text    NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    position         integer NOT NULL,
    version          bigint  NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX objective_title_uk ON objective (program_id, lower(title));

CREATE TABLE objective_alignment (
    objective_id     uuid NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    statement_id     uuid NOT NULL REFERENCES strategy_statement (id) ON DELETE CASCADE,
    organization_id  uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    how              text NOT NULL,
    version          bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (objective_id, statement_id)
);

CREATE TABLE success_indicator (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    objective_id     uuid    NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    name             text    NOT NULL,
    unit             text    NOT NULL,
    source           text    NOT NULL,
    baseline         numeric,
    target           numeric,
    measured_when    text    NOT NULL DEFAULT '',
    position         integer NOT NULL,
    version          bigint  NOT NULL DEFAULT 1
);

-- Step 2: roster and pairs ------------------------------------------------------------------
CREATE TABLE roster_member (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    person_id        uuid    REFERENCES person (id) ON DELETE CASCADE,
    external_name    text,
    external_email   text,
    role             text    NOT NULL CHECK (role IN ('HIPO', 'MENTOR', 'COACH', 'MENTOR_AND_COACH')),
    capacity         integer NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    languages        text[]  NOT NULL DEFAULT '{}',
    availability     text    NOT NULL DEFAULT '',
    version          bigint  NOT NULL DEFAULT 1,
    CHECK (person_id IS NOT NULL OR external_name IS NOT NULL)
);
CREATE INDEX roster_member_program_idx ON roster_member (program_id);

CREATE TABLE pair (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hipo_member_id   uuid    NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    guide_member_id  uuid    NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    kind             text    NOT NULL CHECK (kind IN ('MENTORING', 'COACHING')),
    status           text    NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED')),
    score            numeric,
    locked           boolean NOT NULL DEFAULT false,
    explanation      jsonb   NOT NULL DEFAULT '{}',
    version          bigint  NOT NULL DEFAULT 1
);
CREATE INDEX pair_program_idx ON pair (program_id);

-- Step 3: calendar ----------------------------------------------------------------------------
CREATE TABLE calendar_event (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    pair_id          uuid        REFERENCES pair (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind IN ('SESSION', 'REVIEW', 'MILESTONE', 'EVENT')),
    title            text        NOT NULL,
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    status           text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'MOVED', 'CANCELLED')),
    agenda           text[]      NOT NULL DEFAULT '{}',
    notes            text        NOT NULL DEFAULT '',
    version          bigint      NOT NULL DEFAULT 1,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX calendar_event_program_idx ON calendar_event (program_id, starts_at);

CREATE TABLE action_item (
    id               uuid PRIMARY KEY,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    event_id         uuid   NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    description      text   NOT NULL,
    owner_name       text   NOT NULL,
    due_date         date,
    status           text   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    version          bigint NOT NULL DEFAULT 1
);

-- Step 4: development plans -------------------------------------------------------------------
CREATE TABLE development_plan (
    id                     uuid PRIMARY KEY,
    organization_id        uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id             uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hipo_member_id         uuid        NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    strengths              text        NOT NULL DEFAULT '',
    manager_signed_off_at  timestamptz,
    version                bigint      NOT NULL DEFAULT 1,
    UNIQUE (program_id, hipo_member_id)
);

CREATE TABLE plan_gap (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    plan_id          uuid    NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    capability_id    uuid    NOT NULL REFERENCES capability (id),
    current_level    integer NOT NULL,
    target_level     integer NOT NULL,
    evidence         text    NOT NULL DEFAULT '',
    version          bigint  NOT NULL DEFAULT 1,
    CHECK (target_level >= current_level)
);

CREATE TABLE plan_goal (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    plan_id          uuid    NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    outcome          text    NOT NULL,
    measure          text    NOT NULL,
    target           text    NOT NULL,
    due_date         date    NOT NULL,
    progress         integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    version          bigint  NOT NULL DEFAULT 1
);

CREATE TABLE goal_objective (
    goal_id          uuid NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
    objective_id     uuid NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    organization_id  uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    version          bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (goal_id, objective_id)
);

CREATE TABLE plan_activity (
    id               uuid PRIMARY KEY,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    plan_id          uuid   NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    goal_id          uuid   REFERENCES plan_goal (id) ON DELETE SET NULL,
    kind             text   NOT NULL,
    title            text   NOT NULL,
    starts_on        date,
    ends_on          date,
    owner_name       text   NOT NULL DEFAULT '',
    status           text   NOT NULL DEFAULT 'PLANNED',
    version          bigint NOT NULL DEFAULT 1
);

-- Step 5: resources -------------------------------------------------------------------------------
CREATE TABLE resource (
    id                    uuid PRIMARY KEY,
    organization_id       uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    type                  text    NOT NULL,
    title                 text    NOT NULL,
    provider              text    NOT NULL DEFAULT '',
    link                  text,
    language              text,
    format                text,
    starts_on             date,
    ends_on               date,
    location              text,
    capacity              integer CHECK (capacity > 0),
    cost_per_participant  numeric NOT NULL DEFAULT 0 CHECK (cost_per_participant >= 0),
    version               bigint  NOT NULL DEFAULT 1
);

CREATE TABLE resource_assignment (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    resource_id      uuid    NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    hipo_member_id   uuid    NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    goal_id          uuid    REFERENCES plan_goal (id) ON DELETE SET NULL,
    status           text    NOT NULL DEFAULT 'PROPOSED',
    completed_on     date,
    rating           integer CHECK (rating BETWEEN 1 AND 5),
    version          bigint  NOT NULL DEFAULT 1
);

-- Step 6: measurement -------------------------------------------------------------------------
CREATE TABLE metric (
    id                 uuid PRIMARY KEY,
    organization_id    uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id         uuid   NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    indicator_id       uuid   REFERENCES success_indicator (id) ON DELETE SET NULL,
    name               text   NOT NULL,
    unit               text   NOT NULL,
    source             text   NOT NULL,
    kirkpatrick_level  text   NOT NULL CHECK (kirkpatrick_level IN ('REACTION', 'LEARNING', 'BEHAVIOUR', 'RESULTS')),
    baseline_date      date,
    follow_up_dates    date[] NOT NULL DEFAULT '{}',
    version            bigint NOT NULL DEFAULT 1
);

CREATE TABLE observation (
    id                uuid PRIMARY KEY,
    organization_id   uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    metric_id         uuid    NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    person_id         uuid    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    observed_on       date    NOT NULL,
    phase             text    NOT NULL CHECK (phase IN ('BASELINE', 'FOLLOW_UP')),
    value             numeric NOT NULL,
    comparison_group  boolean NOT NULL DEFAULT false,
    version           bigint  NOT NULL DEFAULT 1
);

CREATE TABLE feedback (
    id               uuid PRIMARY KEY,
    organization_id  uuid   NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid   NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hipo_member_id   uuid   NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    rater_role       text   NOT NULL CHECK (rater_role IN ('MENTOR', 'COACH', 'MANAGER', 'PEER', 'DIRECT_REPORT', 'SELF')),
    submitted_on     date   NOT NULL,
    responses        jsonb  NOT NULL DEFAULT '{}',
    comment          text   NOT NULL DEFAULT '',
    version          bigint NOT NULL DEFAULT 1
);

CREATE TABLE program_cost (
    id               uuid PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    category         text    NOT NULL,
    description      text    NOT NULL DEFAULT '',
    amount           numeric NOT NULL CHECK (amount >= 0),
    currency         char(3) NOT NULL,
    version          bigint  NOT NULL DEFAULT 1
);

-- Row-level security on every organization-owned table, forced so that not even the owner
-- escapes it by accident. The identity tables above are read before an organization is chosen.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name
        FROM information_schema.columns c
        WHERE c.table_schema = current_schema()
          AND c.column_name = 'organization_id'
          AND c.table_name <> 'membership'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('CREATE POLICY organization_isolation ON %I '
                       'USING (organization_id = current_organization()) '
                       'WITH CHECK (organization_id = current_organization())', t.table_name);
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
GRANT EXECUTE ON FUNCTION current_organization() TO ${appRole};
