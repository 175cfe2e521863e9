-- Identity tables under row-level security (issue 19): the application's role no longer reads
-- every user, password hash, organization and membership.
--
-- Mechanism: a second per-transaction setting, ascent.user_id (the signed-in user), set by the host
-- beside ascent.organization_id (OrganizationAwareTransactionManager). With both, the role sees
--   * organizations: the current one, and those the signed-in user belongs to (organization switcher);
--   * memberships:   those of the current organization, and the signed-in user's own;
--   * users:         the members of the current organization, and the signed-in user.
-- Writes stay inside the current organization: a new organization is created with its own id
-- bound as the current organization (first-run setup today; the organizations feature later).
-- Password hashes are never readable by the role (column privileges): sign-in reads them only
-- through sign_in_account(e-mail), a SECURITY DEFINER function of the schema owner. The few
-- questions that must look across organizations (is anybody set up yet, which account has this
-- e-mail, delete an account left without organizations) are narrow definer functions too.
--
-- Row-level security is enabled but not forced on these three tables: the definer functions run
-- as the schema owner and must see every row. The application's role never owns a table (the
-- start-up guard, RowLevelSecurityGuard, refuses such a role), so the policies always bind it.

CREATE FUNCTION current_app_user() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('ascent.user_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION current_app_user() TO ${appRole};

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
CREATE POLICY membership_visible ON membership FOR SELECT
    USING (organization_id = current_organization() OR user_id = current_app_user());
CREATE POLICY membership_of_current_organization ON membership
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());

ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_visible ON organization FOR SELECT
    USING (id = current_organization()
           OR id IN (SELECT m.organization_id FROM membership m WHERE m.user_id = current_app_user()));
CREATE POLICY organization_created ON organization FOR INSERT
    WITH CHECK (id = current_organization());
CREATE POLICY organization_updated ON organization FOR UPDATE
    USING (id = current_organization())
    WITH CHECK (id = current_organization());

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_user_visible ON app_user FOR SELECT
    USING (id = current_app_user()
           OR id IN (SELECT m.user_id FROM membership m WHERE m.organization_id = current_organization()));
-- An account is created for an organization (setup, an administrator adding a user); it is
-- invisible until its membership exists.
CREATE POLICY app_user_created ON app_user FOR INSERT
    WITH CHECK (current_organization() IS NOT NULL);
CREATE POLICY app_user_updated ON app_user FOR UPDATE
    USING (id = current_app_user()
           OR id IN (SELECT m.user_id FROM membership m WHERE m.organization_id = current_organization()))
    WITH CHECK (id = current_app_user()
           OR id IN (SELECT m.user_id FROM membership m WHERE m.organization_id = current_organization()));

-- Password hashes can be written (new users, password changes) but not read back.
REVOKE SELECT ON app_user FROM ${appRole};
GRANT SELECT (id, email, display_name, enabled, created_at, version) ON app_user TO ${appRole};

-- What sign-in needs for one e-mail, and nothing for any other.
CREATE FUNCTION sign_in_account(account_email text)
    RETURNS TABLE (id uuid, email text, display_name text, password_hash text, enabled boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT u.id, u.email, u.display_name, u.password_hash, u.enabled
    FROM ${flyway:defaultSchema}.app_user u
    WHERE lower(u.email) = lower(trim(account_email))
$$;

-- Whether anybody has an account yet (first-run setup is open only while nobody has).
CREATE FUNCTION any_account_exists() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT FROM ${flyway:defaultSchema}.app_user) $$;

-- The account an e-mail belongs to, for an administrator adding it to their organization.
CREATE FUNCTION account_id_by_email(account_email text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT u.id FROM ${flyway:defaultSchema}.app_user u WHERE lower(u.email) = lower(trim(account_email)) $$;

-- Deletes an account that belongs to no organization any more (memberships of every organization
-- count, not only those the caller can see), so that it can no longer sign in.
CREATE FUNCTION delete_account_without_memberships(account uuid) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH deleted AS (
        DELETE FROM ${flyway:defaultSchema}.app_user u
        WHERE u.id = account
          AND NOT EXISTS (SELECT FROM ${flyway:defaultSchema}.membership m WHERE m.user_id = account)
        RETURNING u.id)
    SELECT EXISTS (SELECT FROM deleted)
$$;

REVOKE ALL ON FUNCTION sign_in_account(text), any_account_exists(), account_id_by_email(text),
    delete_account_without_memberships(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_account(text), any_account_exists(), account_id_by_email(text),
    delete_account_without_memberships(uuid) TO ${appRole};
