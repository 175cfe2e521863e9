-- Sign-in attempts name e-mails and client addresses of every organization's users, so the
-- application's role must not read them freely. It may add attempts; it reads only the attempts
-- with the e-mail of a member of the current organization (the administrators' sign-in log).
-- Throttling must count failures before anyone is signed in, across organizations: it asks the
-- two SECURITY DEFINER functions below, which return counts for one e-mail or one address only.
ALTER TABLE sign_in_attempt ENABLE ROW LEVEL SECURITY;
ALTER TABLE sign_in_attempt FORCE ROW LEVEL SECURITY;
CREATE POLICY sign_in_attempt_added ON sign_in_attempt FOR INSERT WITH CHECK (true);
CREATE POLICY sign_in_attempt_of_members ON sign_in_attempt FOR SELECT
    USING (email IN (SELECT lower(u.email) FROM ${flyway:defaultSchema}.app_user u
                     JOIN ${flyway:defaultSchema}.membership m ON m.user_id = u.id
                     WHERE m.organization_id = ${flyway:defaultSchema}.current_organization()));

-- Failures of one e-mail after a time and after its last successful sign-in: how many, and when the last was.
CREATE FUNCTION sign_in_failures_of_email(account_email text, after timestamptz)
    RETURNS TABLE (failures integer, last_failure timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT count(*)::integer, max(a.attempted_at)
    FROM ${flyway:defaultSchema}.sign_in_attempt a
    WHERE a.email = account_email AND a.outcome = 'FAILURE'
      AND a.attempted_at > greatest(after, coalesce(
            (SELECT max(s.attempted_at) FROM ${flyway:defaultSchema}.sign_in_attempt s
             WHERE s.email = account_email AND s.outcome = 'SUCCESS'), after))
$$;

-- Failures from one client address after a time: how many, and when the last was.
CREATE FUNCTION sign_in_failures_from_address(client_address text, after timestamptz)
    RETURNS TABLE (failures integer, last_failure timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT count(*)::integer, max(a.attempted_at)
    FROM ${flyway:defaultSchema}.sign_in_attempt a
    WHERE a.address = client_address AND a.outcome = 'FAILURE' AND a.attempted_at > after
$$;

REVOKE ALL ON FUNCTION sign_in_failures_of_email(text, timestamptz), sign_in_failures_from_address(text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_failures_of_email(text, timestamptz), sign_in_failures_from_address(text, timestamptz) TO ${appRole};
