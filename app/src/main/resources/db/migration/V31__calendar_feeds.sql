-- Live calendar feeds (issue 16): a secret address per person or per program that calendar
-- applications poll without signing in. Only a SHA-256 hash of the token is kept, so the table
-- does not hold the address itself; a revoked feed answers nothing.
CREATE TABLE calendar_feed (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    -- The roster member whose events the feed carries; NULL: every event of the program.
    member_id        uuid        REFERENCES roster_member (id) ON DELETE CASCADE,
    token_hash       bytea       NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    created_at       timestamptz NOT NULL DEFAULT now(),
    revoked_at       timestamptz,
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX calendar_feed_program_idx ON calendar_feed (program_id);

ALTER TABLE calendar_feed ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_feed FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON calendar_feed
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
-- Forced row-level security binds the owner too: the look-up below (run as the owner) finds a feed
-- of any organization by its token hash.
CREATE POLICY calendar_feed_looked_up ON calendar_feed FOR SELECT TO CURRENT_USER USING (true);
-- The application's role never reads a token's hash back (only live_calendar_feed compares it), so
-- it is not granted: an organization's export, which holds what the role may read, leaves it out.
GRANT SELECT (id, organization_id, program_id, member_id, created_at, revoked_at, version), INSERT, UPDATE, DELETE
    ON calendar_feed TO ${appRole};
SELECT audit_changes_of('calendar_feed');
SELECT guard_archived_organization('calendar_feed');

-- Which feed a token opens, asked before any organization is known (a calendar application signs
-- in nowhere): the feed's organization, program and member, for a feed that is not revoked.
CREATE FUNCTION live_calendar_feed(hash bytea)
    RETURNS TABLE (organization_id uuid, program_id uuid, member_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT f.organization_id, f.program_id, f.member_id
    FROM ${flyway:defaultSchema}.calendar_feed f
    WHERE f.token_hash = hash AND f.revoked_at IS NULL
$$;
REVOKE ALL ON FUNCTION live_calendar_feed(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION live_calendar_feed(bytea) TO ${appRole};
