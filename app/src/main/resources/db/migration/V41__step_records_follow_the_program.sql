-- Step records attached to a roster member, person or pair (issue 18, plugin API 1.5.0,
-- StepRecords.put(key, version, value, StepAttachment)). At most one attachment per record; the host
-- checks that it is of the record's organization (and program, for a member or pair) before writing,
-- since foreign keys do not see row-level security. When the attached row goes (a HiPo leaves the
-- roster, a pair is removed, a person is erased, also by cascade), the step's choice stored with the
-- record (WizardStep.whenAttachedRemoved()) decides: REMOVE deletes the record, FLAG keeps it,
-- detached, with the moment it was orphaned. The database does it, so that no path that deletes a
-- member, pair or person can leave records behind.
ALTER TABLE step_record
    ADD COLUMN member_id uuid REFERENCES roster_member (id) ON DELETE SET NULL,
    ADD COLUMN person_id uuid REFERENCES person (id) ON DELETE SET NULL,
    ADD COLUMN pair_id uuid REFERENCES pair (id) ON DELETE SET NULL,
    ADD COLUMN when_attached_removed text NOT NULL DEFAULT 'REMOVE'
        CHECK (when_attached_removed IN ('REMOVE', 'FLAG')),
    ADD COLUMN orphaned_at timestamptz,
    ADD CONSTRAINT step_record_one_attachment CHECK (num_nonnulls(member_id, person_id, pair_id) <= 1);

CREATE INDEX step_record_member_idx ON step_record (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX step_record_person_idx ON step_record (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX step_record_pair_idx ON step_record (pair_id) WHERE pair_id IS NOT NULL;

-- Runs before a roster member, person or pair is deleted; TG_ARGV[0] names the step_record column
-- that refers to the deleted table. The foreign key's SET NULL then finds nothing left to do.
CREATE FUNCTION step_records_follow_removal() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
    EXECUTE format('DELETE FROM step_record WHERE %I = $1 AND when_attached_removed = ''REMOVE''', TG_ARGV[0])
        USING OLD.id;
    EXECUTE format('UPDATE step_record SET %I = NULL, orphaned_at = now() WHERE %I = $1', TG_ARGV[0], TG_ARGV[0])
        USING OLD.id;
    RETURN OLD;
END
$$;

CREATE TRIGGER step_records_follow_member BEFORE DELETE ON roster_member
    FOR EACH ROW EXECUTE FUNCTION step_records_follow_removal('member_id');
CREATE TRIGGER step_records_follow_person BEFORE DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION step_records_follow_removal('person_id');
CREATE TRIGGER step_records_follow_pair BEFORE DELETE ON pair
    FOR EACH ROW EXECUTE FUNCTION step_records_follow_removal('pair_id');
