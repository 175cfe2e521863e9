-- Invitations and password changes (issue 19). The application's role reads no password hash and
-- sees only the current organization's members (V15, V18); the questions below must look further,
-- so each is a narrow SECURITY DEFINER function of the schema owner about one account.

-- Sign-in also learns whether an administrator's reset obliges the user to choose a new password
-- first. The result type changes, so the function is dropped and created again.
DROP FUNCTION sign_in_account(text);
CREATE FUNCTION sign_in_account(account_email text)
    RETURNS TABLE (id uuid, email text, display_name text, password_hash text, enabled boolean,
                   must_change_password boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT u.id, u.email, u.display_name, u.password_hash, u.enabled, u.must_change_password
    FROM ${flyway:defaultSchema}.app_user u
    WHERE lower(u.email) = lower(trim(account_email))
$$;

-- The signed-in user's own password hash, so that changing a password can check the current one.
CREATE FUNCTION password_hash_of_current_user() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT u.password_hash FROM ${flyway:defaultSchema}.app_user u
    WHERE u.id = ${flyway:defaultSchema}.current_app_user()
$$;

-- In how many organizations a member of the current organization works in which the signed-in user
-- is not an administrator (0 for anybody who is not a member of the current organization). An
-- administrator may reset a password only when this is 0: a reset would otherwise open the
-- account's other organizations (a consultant's clients) to them.
CREATE FUNCTION memberships_outside_administration(account uuid) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT count(*)::integer
    FROM ${flyway:defaultSchema}.membership m
    WHERE m.user_id = account
      AND EXISTS (SELECT FROM ${flyway:defaultSchema}.membership here
                  WHERE here.user_id = account
                    AND here.organization_id = ${flyway:defaultSchema}.current_organization())
      AND NOT EXISTS (SELECT FROM ${flyway:defaultSchema}.membership mine
                      WHERE mine.user_id = ${flyway:defaultSchema}.current_app_user()
                        AND mine.organization_id = m.organization_id
                        AND mine.role = 'ADMIN')
$$;

REVOKE ALL ON FUNCTION sign_in_account(text), password_hash_of_current_user(),
    memberships_outside_administration(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_account(text), password_hash_of_current_user(),
    memberships_outside_administration(uuid) TO ${appRole};

