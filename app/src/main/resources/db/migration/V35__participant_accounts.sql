-- Participant accounts (issue 14): the people of a program (HiPos, mentors, coaches, managers) sign
-- in to do their own part. A participant's membership is bound to their person in the directory; an
-- HR user or administrator may be bound to a person too, and is then also a participant.
--
-- A participant-only member (role PARTICIPANT) must be bound to a person: without one they would
-- have no part, and row-level security (V36) shows such a member nothing. A person is bound to at
-- most one account per organization. Deleting the person unbinds the account (HR or admin work goes
-- on); a PARTICIPANT left unbound sees nothing until bound again.

ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check
    CHECK (role IN ('ADMIN', 'HR', 'VIEWER', 'PARTICIPANT'));
ALTER TABLE membership ADD COLUMN person_id uuid REFERENCES person (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX membership_person_uk ON membership (organization_id, person_id) WHERE person_id IS NOT NULL;

-- A person of another organization cannot be bound: membership rows are written in the current
-- organization's scope (V15) and the person must be one of its own.
CREATE FUNCTION refuse_person_of_other_organization() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
    IF NEW.person_id IS NOT NULL
       AND NOT EXISTS (SELECT FROM person p WHERE p.id = NEW.person_id AND p.organization_id = NEW.organization_id) THEN
        RAISE EXCEPTION 'person % is not of organization %', NEW.person_id, NEW.organization_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION refuse_person_of_other_organization() FROM PUBLIC;
CREATE TRIGGER membership_person_of_organization BEFORE INSERT OR UPDATE OF person_id ON membership
    FOR EACH ROW EXECUTE FUNCTION refuse_person_of_other_organization();

-- An invitation may be a participant's: it names the person the accepted account is bound to.
ALTER TABLE invitation DROP CONSTRAINT invitation_role_check;
ALTER TABLE invitation ADD CONSTRAINT invitation_role_check
    CHECK (role IN ('ADMIN', 'HR', 'VIEWER', 'PARTICIPANT'));
ALTER TABLE invitation ADD COLUMN person_id uuid REFERENCES person (id) ON DELETE CASCADE;
ALTER TABLE invitation ADD CONSTRAINT invitation_participant_person_ck
    CHECK (role <> 'PARTICIPANT' OR person_id IS NOT NULL);
CREATE TRIGGER invitation_person_of_organization BEFORE INSERT OR UPDATE OF person_id ON invitation
    FOR EACH ROW EXECUTE FUNCTION refuse_person_of_other_organization();

-- Who signed a development plan off, as an account: the manager from their own account (or the HR
-- user who recorded it). The name stays in signed_off_by for plans signed before and for the PDF.
ALTER TABLE development_plan ADD COLUMN signed_off_by_user uuid REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE development_plan ADD COLUMN signed_off_as text
    CHECK (signed_off_as IN ('MANAGER', 'HR'));
