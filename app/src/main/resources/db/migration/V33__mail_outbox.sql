-- The e-mail outbox (issue 14): every message Ascent sends is first a row here, written in the same
-- transaction as the change that causes it, and sent after that transaction commits (retried with
-- back-off). unique_key names the occasion ("session-soon:<event>:<date>", "invitation:<id>"): a
-- second message for the same occasion is refused, so nobody gets one twice. With no SMTP server
-- configured a message is HELD: it stays here for administrators to read in the app.
CREATE TABLE mail_message (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    unique_key       text        NOT NULL CHECK (length(unique_key) BETWEEN 1 AND 500),
    recipient_email  text        NOT NULL CHECK (length(recipient_email) BETWEEN 3 AND 320),
    recipient_name   text        NOT NULL,
    language         text        NOT NULL,
    kind             text        NOT NULL,
    subject          text        NOT NULL,
    body             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'HELD')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    sent_at          timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    CONSTRAINT mail_message_once UNIQUE (organization_id, unique_key)
);
-- The dispatcher's question: which queued messages are due.
CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at) WHERE status = 'QUEUED';
-- The outbox page: newest first.
CREATE INDEX mail_message_newest_idx ON mail_message (organization_id, created_at DESC, id);

ALTER TABLE mail_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_message FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON mail_message
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
-- Messages are never deleted by the application (the organization's erasure removes them with it).
GRANT SELECT, INSERT, UPDATE ON mail_message TO ${appRole};
-- Not in the audit trail: each message is written by the dispatcher at every attempt (status,
-- attempts, next attempt), thousands a day with reminders; the outbox itself is the record of what
-- was sent to whom and when, and the trail would only repeat it as noise.
SELECT guard_archived_organization('mail_message');

-- Which organizations have messages due, asked by the dispatcher before it works for any of them
-- (it then claims each organization's messages under that organization's row-level security).
-- An archived organization's messages wait: its rows are read-only.
CREATE FUNCTION organizations_with_mail_due(due_by timestamptz) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT DISTINCT m.organization_id
    FROM ${flyway:defaultSchema}.mail_message m
    JOIN ${flyway:defaultSchema}.organization o ON o.id = m.organization_id AND NOT o.archived
    WHERE m.status = 'QUEUED' AND m.next_attempt_at <= due_by
$$;
-- Forced row-level security binds the owner too: the function above reads every organization's queue.
CREATE POLICY mail_message_due_looked_up ON mail_message FOR SELECT TO CURRENT_USER USING (true);
REVOKE ALL ON FUNCTION organizations_with_mail_due(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organizations_with_mail_due(timestamptz) TO ${appRole};
