-- Organizations (issue 15): an archived organization is read-only, and no organization is ever
-- left without an administrator. Both rules are kept by the database, so that no service, plugin
-- or forgotten code path can break them; the services check first to explain in the user's words.

ALTER TABLE organization ADD COLUMN archived boolean NOT NULL DEFAULT false;

-- Refuses a write to a row of an archived organization (SQLSTATE AS001). When the organization row
-- no longer exists (its erasure deletes it, and the foreign keys then delete its rows), the write
-- is let through. On the organization itself, archiving and unarchiving are allowed, every other
-- change while it stays archived is not. A definer function: the application's role sees only the
-- organizations of the current user, and the answer must not depend on that.
CREATE FUNCTION refuse_write_to_archived_organization() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
    organization uuid;
BEGIN
    IF TG_TABLE_NAME = 'organization' THEN
        IF TG_OP = 'UPDATE' AND OLD.archived AND NEW.archived THEN
            RAISE EXCEPTION 'organization % is archived (read-only)', OLD.id USING ERRCODE = 'AS001';
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    organization := CASE TG_OP WHEN 'DELETE' THEN OLD.organization_id ELSE NEW.organization_id END;
    IF EXISTS (SELECT FROM organization o WHERE o.id = organization AND o.archived)
       OR (TG_OP = 'UPDATE' AND EXISTS (SELECT FROM organization o WHERE o.id = OLD.organization_id AND o.archived)) THEN
        RAISE EXCEPTION 'organization % is archived (read-only)', organization USING ERRCODE = 'AS001';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- Puts a table under the archive's guard. A later migration creating an organization-owned table
-- calls it too (OrganizationDatabaseRulesTest fails for a table left out).
CREATE FUNCTION guard_archived_organization(guarded regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER archived_organization_guard BEFORE INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION refuse_write_to_archived_organization()', guarded);
END
$$;

REVOKE ALL ON FUNCTION refuse_write_to_archived_organization(), guard_archived_organization(regclass) FROM PUBLIC;

-- Every organization-owned table and the organization itself. Not guarded: the audit trail (written
-- by the triggers of the guarded tables) and the steps' last reported status (Ascent keeps it by
-- itself while an archived program is only read).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.oid::regclass AS guarded
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
          AND (EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')
               OR c.relname = 'organization')
          AND c.relname NOT IN ('audit_event', 'program_step_state')
        ORDER BY c.relname
    LOOP
        PERFORM guard_archived_organization(t.guarded);
    END LOOP;
END
$$;

-- Refuses a change of memberships that leaves an organization without an administrator (SQLSTATE
-- AS002). It runs after the statement's rows changed, on the organization's row locked first, so
-- two administrators demoting each other at once cannot both succeed: the second one waits, then
-- counts what the first one left. When the organization row is gone (it is being erased and its
-- memberships go with it), nothing is refused.
CREATE FUNCTION keep_an_administrator() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
    IF OLD.role <> 'ADMIN' OR (TG_OP = 'UPDATE' AND NEW.role = 'ADMIN'
                               AND NEW.organization_id = OLD.organization_id) THEN
        RETURN NULL;
    END IF;
    PERFORM FROM organization o WHERE o.id = OLD.organization_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT FROM membership m WHERE m.organization_id = OLD.organization_id AND m.role = 'ADMIN') THEN
        RAISE EXCEPTION 'organization % would be left without an administrator', OLD.organization_id
            USING ERRCODE = 'AS002';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION keep_an_administrator() FROM PUBLIC;

CREATE TRIGGER membership_keeps_an_administrator AFTER UPDATE OR DELETE ON membership
    FOR EACH ROW EXECUTE FUNCTION keep_an_administrator();
