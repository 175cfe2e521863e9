-- Step 2 (coaches & mentors): what the roster needs for matching, the program's selection
-- criteria, and HR's recorded exceptions for HiPos who go without a mentor or coach.

-- A person is on a program's roster once: a HiPo cannot also mentor or coach in the same program.
CREATE UNIQUE INDEX roster_member_person_uk ON roster_member (program_id, person_id) WHERE person_id IS NOT NULL;

-- A HiPo's development needs, or the capabilities a guide can help develop (names).
ALTER TABLE roster_member ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}';
-- Where an external guide works; employees' location comes from the people directory.
ALTER TABLE roster_member ADD COLUMN external_location text;
-- Availability becomes a level the matching can compare.
UPDATE roster_member SET availability = 'MEDIUM' WHERE availability NOT IN ('LOW', 'MEDIUM', 'HIGH');
ALTER TABLE roster_member ALTER COLUMN availability SET DEFAULT 'MEDIUM';
ALTER TABLE roster_member ADD CONSTRAINT roster_member_availability_ck CHECK (availability IN ('LOW', 'MEDIUM', 'HIGH'));
-- HiPos are employees; guides have a capacity of at least one.
ALTER TABLE roster_member ADD CONSTRAINT roster_member_hipo_employee_ck CHECK (role <> 'HIPO' OR person_id IS NOT NULL);
ALTER TABLE roster_member ADD CONSTRAINT roster_member_guide_capacity_ck CHECK (role = 'HIPO' OR capacity >= 1);

-- One pair of each kind per HiPo; guides' pairs are counted against their capacity.
CREATE UNIQUE INDEX pair_hipo_kind_uk ON pair (hipo_member_id, kind);
CREATE INDEX pair_guide_idx ON pair (guide_member_id);
ALTER TABLE pair ADD CONSTRAINT pair_score_ck CHECK (score IS NULL OR score BETWEEN 0 AND 100);

-- The program's selection criteria per kind of pair.
CREATE TABLE matching_criteria (
    organization_id       uuid     NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id            uuid     NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    kind                  text     NOT NULL CHECK (kind IN ('MENTORING', 'COACHING')),
    weight_capabilities   integer  NOT NULL CHECK (weight_capabilities BETWEEN 0 AND 10),
    weight_seniority      integer  NOT NULL CHECK (weight_seniority BETWEEN 0 AND 10),
    weight_function       integer  NOT NULL CHECK (weight_function BETWEEN 0 AND 10),
    weight_location       integer  NOT NULL CHECK (weight_location BETWEEN 0 AND 10),
    weight_language       integer  NOT NULL CHECK (weight_language BETWEEN 0 AND 10),
    weight_availability   integer  NOT NULL CHECK (weight_availability BETWEEN 0 AND 10),
    function_rule         text     NOT NULL CHECK (function_rule IN ('MUST_BE_SAME', 'PREFER_SAME', 'PREFER_DIFFERENT', 'MUST_DIFFER')),
    minimum_level_gap     integer  NOT NULL CHECK (minimum_level_gap BETWEEN 0 AND 10),
    version               bigint   NOT NULL DEFAULT 1,
    PRIMARY KEY (program_id, kind),
    CHECK (weight_capabilities + weight_seniority + weight_function + weight_location + weight_language
           + weight_availability > 0)
);

-- HR's recorded exception: a HiPo goes without a mentor (or coach), and why.
CREATE TABLE pairing_waiver (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    hipo_member_id   uuid        NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind IN ('MENTORING', 'COACHING')),
    reason           text        NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    UNIQUE (hipo_member_id, kind)
);
CREATE INDEX pairing_waiver_program_idx ON pairing_waiver (program_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['matching_criteria', 'pairing_waiver']
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
