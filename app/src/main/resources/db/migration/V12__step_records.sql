-- A step's own small records for one program (plugin API 1.2.0, StepContext.records()), e.g. a
-- client plugin's sponsor sign-off: text values under keys the step chooses. Everything a step
-- produces for the canonical model still goes to its tables; this is for what only the step knows.
CREATE TABLE step_record (
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    step_id          text        NOT NULL,
    key              text        NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
    value            text        NOT NULL CHECK (length(value) <= 10000),
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (program_id, step_id, key)
);

ALTER TABLE step_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE step_record FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON step_record
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON step_record TO ${appRole};
