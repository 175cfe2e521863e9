-- When each account's password was last set (issue 19). A session signed in before that moment was
-- signed in with a password that no longer holds: it is ended at its next request (after an
-- administrator's reset, every session of the account; after the user's own change, every session
-- but the one that changed it). For a password an administrator's reset set, it is also when the
-- temporary password stops working (ascent.passwords.temporary-valid-for).
-- Existing accounts count from now: sessions do not outlive a restart anyway.
ALTER TABLE app_user ADD COLUMN password_set_at timestamptz NOT NULL DEFAULT now();
GRANT SELECT (password_set_at) ON app_user TO ${appRole};

-- Sign-in also learns when the password was set. The result type changes, so the function is
-- dropped and created again (as V26 did).
DROP FUNCTION sign_in_account(text);
CREATE FUNCTION sign_in_account(account_email text)
    RETURNS TABLE (id uuid, email text, display_name text, password_hash text, enabled boolean,
                   must_change_password boolean, password_set_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT u.id, u.email, u.display_name, u.password_hash, u.enabled, u.must_change_password, u.password_set_at
    FROM ${flyway:defaultSchema}.app_user u
    WHERE lower(u.email) = lower(trim(account_email))
$$;
REVOKE ALL ON FUNCTION sign_in_account(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_account(text) TO ${appRole};
