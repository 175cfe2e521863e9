-- 360 feedback by link (issue 14): HR sends a round of the program's questionnaire about its HiPos;
-- each rater gets a single-use link and answers without an account. A submitted answer becomes a row
-- of feedback (V1), so the measurement step, its report and the anonymity rule count it like any
-- other response. Only a SHA-256 hash of a link's token is kept; a reminder adds a link, since the
-- first one's token cannot be recovered from its hash, and every link of a request works until the
-- request is answered or expires.
CREATE TABLE feedback_round (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    program_id       uuid        NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    phase            text        NOT NULL CHECK (phase IN ('BEFORE', 'AFTER')),
    -- The questions as sent: [{"key": "overall" or an objective's id, "title": the objective's title}].
    questions        jsonb       NOT NULL,
    sent_at          timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX feedback_round_program_idx ON feedback_round (program_id);

CREATE TABLE feedback_request (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    round_id         uuid        NOT NULL REFERENCES feedback_round (id) ON DELETE CASCADE,
    hipo_member_id   uuid        NOT NULL REFERENCES roster_member (id) ON DELETE CASCADE,
    rater_role       text        NOT NULL CHECK (rater_role IN ('MENTOR', 'COACH', 'MANAGER', 'PEER', 'DIRECT_REPORT')),
    rater_name       text        NOT NULL,
    rater_email      text        NOT NULL,
    expires_at       timestamptz NOT NULL,
    -- What the rater saved so far; the rater's own, never shown to anyone else.
    draft            jsonb       NOT NULL DEFAULT '{}',
    draft_comment    text        NOT NULL DEFAULT '',
    submitted_at     timestamptz,
    -- The highest reminder threshold (days after sending) a reminder went out for.
    reminded_after_days integer NOT NULL DEFAULT 0,
    feedback_id      uuid        REFERENCES feedback (id) ON DELETE SET NULL,
    version          bigint      NOT NULL DEFAULT 1,
    UNIQUE (round_id, hipo_member_id, rater_email)
);
CREATE INDEX feedback_request_round_idx ON feedback_request (round_id);

CREATE TABLE feedback_link (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    request_id       uuid        NOT NULL REFERENCES feedback_request (id) ON DELETE CASCADE,
    token_hash       bytea       NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX feedback_link_request_idx ON feedback_link (request_id);

ALTER TABLE feedback_round ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_round FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON feedback_round
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON feedback_round TO ${appRole};

ALTER TABLE feedback_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_request FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON feedback_request
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON feedback_request TO ${appRole};

ALTER TABLE feedback_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_link FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON feedback_link
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
-- Forced row-level security binds the owner too: the look-up below (run as the owner) finds a link
-- of any organization by its token hash.
CREATE POLICY feedback_link_looked_up ON feedback_link FOR SELECT TO CURRENT_USER USING (true);
-- The application's role never reads a token's hash back (only open_feedback_request compares it),
-- so an organization's export, which holds what the role may read, leaves it out.
GRANT SELECT (id, organization_id, request_id, created_at, version), INSERT, UPDATE, DELETE
    ON feedback_link TO ${appRole};

SELECT audit_changes_of('feedback_round');
SELECT audit_changes_of('feedback_request');
SELECT audit_changes_of('feedback_link');
SELECT guard_archived_organization('feedback_round');
SELECT guard_archived_organization('feedback_request');
SELECT guard_archived_organization('feedback_link');

-- Which request a link's token opens, asked before any organization is known (a rater has no
-- account): only the organization and the request; the application reads the rest in that
-- organization's scope and decides whether the link is still good.
CREATE FUNCTION open_feedback_request(hash bytea)
    RETURNS TABLE (organization_id uuid, request_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.organization_id, l.request_id
    FROM ${flyway:defaultSchema}.feedback_link l
    WHERE l.token_hash = hash
$$;
REVOKE ALL ON FUNCTION open_feedback_request(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION open_feedback_request(bytea) TO ${appRole};
