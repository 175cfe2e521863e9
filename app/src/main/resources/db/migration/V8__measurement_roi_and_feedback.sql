-- Step 6 (measurement): what Phillips ROI and the 360 summaries need beyond the canonical tables.

-- A metric's name is unique in its program's plan (CSV imports name metrics).
CREATE UNIQUE INDEX metric_program_name_uk ON metric (program_id, lower(name));
CREATE INDEX observation_metric_idx ON observation (metric_id);
-- One value per metric, person, phase and date: recording it again replaces it.
CREATE UNIQUE INDEX observation_value_uk ON observation (metric_id, person_id, phase, observed_on);
CREATE INDEX feedback_program_idx ON feedback (program_id);

-- Participants' and mentors' time is entered in hours and valued at the program's hourly rate when
-- the ROI is computed, so a new rate revalues it; other costs are amounts.
ALTER TABLE program_cost ADD COLUMN hours numeric CHECK (hours >= 0);
ALTER TABLE program_cost ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE program_cost ALTER COLUMN currency DROP NOT NULL;
ALTER TABLE program_cost ADD CONSTRAINT program_cost_hours_or_amount_ck
    CHECK ((hours IS NULL) <> (amount IS NULL));
ALTER TABLE program_cost ADD CONSTRAINT program_cost_category_ck
    CHECK (category IN ('COACH_FEES', 'PARTICIPANT_TIME', 'MENTOR_TIME', 'ADMINISTRATION', 'OTHER'));
CREATE INDEX program_cost_program_idx ON program_cost (program_id);

-- Monetary benefits with the share attributed to the program (isolation) and the estimator's confidence.
CREATE TABLE program_benefit (
    id                  uuid    PRIMARY KEY,
    organization_id     uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id          uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    metric_id           uuid    REFERENCES metric (id) ON DELETE SET NULL,
    description         text    NOT NULL CHECK (length(trim(description)) > 0),
    value               numeric NOT NULL CHECK (value >= 0),
    isolation_percent   numeric NOT NULL CHECK (isolation_percent BETWEEN 0 AND 100),
    confidence_percent  numeric NOT NULL CHECK (confidence_percent BETWEEN 0 AND 100),
    position            integer NOT NULL,
    version             bigint  NOT NULL DEFAULT 1
);
CREATE INDEX program_benefit_program_idx ON program_benefit (program_id);

-- Per program: the currency, the hourly rate of people's time and the feedback anonymity threshold.
CREATE TABLE measurement_settings (
    program_id          uuid    PRIMARY KEY REFERENCES program (id) ON DELETE CASCADE,
    organization_id     uuid    NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    currency            char(3) NOT NULL,
    hourly_rate         numeric NOT NULL CHECK (hourly_rate >= 0),
    anonymity_threshold integer NOT NULL CHECK (anonymity_threshold >= 3),
    version             bigint  NOT NULL DEFAULT 1
);

-- Metrics keep their order of addition.
ALTER TABLE metric ADD COLUMN position integer NOT NULL DEFAULT 0;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['program_benefit', 'measurement_settings']
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
