-- Erasing an organization (issue 15): an administrator, after typing the organization's exact name,
-- deletes the organization and everything of it, and the accounts left without any organization.
--
-- One SECURITY DEFINER function of the schema owner does it in one transaction, because the
-- application's role can do none of it alone: it may not delete the organization row, nor see the
-- memberships other organizations hold of its members, nor touch the audit trail. The function
-- erases only the current organization, and only for one of its administrators.
--
-- The organization row is deleted and every organization-owned table goes with it (all of their
-- foreign keys to organization are ON DELETE CASCADE). What has no foreign key is deleted
-- explicitly: the organization's audit trail (V21 keeps it past a row's deletion, but it names
-- people's ids; the erasure's own record below replaces it) and the sign-in attempts of the
-- accounts erased with it.
--
-- What survives is organization_erasure: which organization (its id), when, and who erased it (a
-- user id). No name, no personal data. Only the schema owner reads or writes it; it belongs to no
-- organization (the organization is gone) and so is not under row-level security.

CREATE TABLE organization_erasure (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    erased_organization_id  uuid        NOT NULL,
    erased_at               timestamptz NOT NULL DEFAULT statement_timestamp(),
    erased_by               uuid        NOT NULL
);
REVOKE ALL ON organization_erasure FROM ${appRole};

-- Forced row-level security binds the owner too (unless it is a superuser, as with the embedded
-- database): these let the erasure, run as the owner, delete the trail's events and the sign-in
-- attempts it must, and the owner's functions read every sign-in attempt (the erasure, and V20's
-- throttling counts, which look across organizations before anyone is signed in). They are the
-- owner's only: the application's role has no DELETE right on either table and keeps V20's policy.
CREATE POLICY audit_event_erased ON audit_event FOR DELETE TO CURRENT_USER USING (true);
CREATE POLICY sign_in_attempt_erased ON sign_in_attempt FOR DELETE TO CURRENT_USER USING (true);
CREATE POLICY sign_in_attempt_read_by_owner ON sign_in_attempt FOR SELECT TO CURRENT_USER USING (true);

-- Erases the current organization if confirmed_name is its exact name and the signed-in user is one
-- of its administrators. Returns whether the signed-in user's own account was erased too (it
-- belonged to no other organization). Refuses with SQLSTATE 42501 (not an administrator) or
-- 22023 (the name does not match).
CREATE FUNCTION erase_current_organization(confirmed_name text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
    erased    uuid := current_organization();
    erasing   uuid := current_app_user();
    members   uuid[];
    gone      uuid[];
    gone_mail text[];
BEGIN
    IF erased IS NULL OR erasing IS NULL OR NOT EXISTS (
            SELECT FROM membership m
            WHERE m.organization_id = erased AND m.user_id = erasing AND m.role = 'ADMIN') THEN
        RAISE EXCEPTION 'only an administrator of the organization may erase it' USING ERRCODE = '42501';
    END IF;
    PERFORM FROM organization o WHERE o.id = erased AND o.name = confirmed_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the name does not match the organization''s' USING ERRCODE = '22023';
    END IF;

    SELECT coalesce(array_agg(m.user_id), '{}') INTO members FROM membership m WHERE m.organization_id = erased;
    DELETE FROM organization o WHERE o.id = erased;

    WITH deleted AS (
        DELETE FROM app_user u
        WHERE u.id = ANY (members) AND NOT EXISTS (SELECT FROM membership m WHERE m.user_id = u.id)
        RETURNING u.id, lower(u.email) AS email)
    SELECT coalesce(array_agg(d.id), '{}'), coalesce(array_agg(d.email), '{}') INTO gone, gone_mail FROM deleted d;
    DELETE FROM sign_in_attempt a WHERE a.email = ANY (gone_mail);

    -- Last: the deletions above were recorded in the trail as events of this organization.
    DELETE FROM audit_event e WHERE e.organization_id = erased;
    INSERT INTO organization_erasure (erased_organization_id, erased_by) VALUES (erased, erasing);
    RETURN erasing = ANY (gone);
END
$$;

REVOKE ALL ON FUNCTION erase_current_organization(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_current_organization(text) TO ${appRole};
