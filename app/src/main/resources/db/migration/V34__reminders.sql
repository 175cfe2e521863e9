-- Reminders (issue 14): which reminder rules an organization runs, with their days, and who asked
-- not to get reminders of a kind. Plus ShedLock's lock table, so the daily run happens once however
-- many application nodes run.

-- One row per organization that changed a default (no row: every rule on, with its defaults).
-- opt_out_secret signs the opt-out links of the organization's reminders (HMAC-SHA256); the
-- application's role never reads it directly (so no export holds it), only through
-- reminder_opt_out_secret below.
CREATE TABLE reminder_settings (
    organization_id      uuid     PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    session_soon         boolean  NOT NULL DEFAULT true,
    session_soon_days    smallint NOT NULL DEFAULT 2 CHECK (session_soon_days BETWEEN 1 AND 30),
    action_item_overdue  boolean  NOT NULL DEFAULT true,
    feedback_awaited     boolean  NOT NULL DEFAULT true,
    feedback_first_days  smallint NOT NULL DEFAULT 3 CHECK (feedback_first_days BETWEEN 1 AND 60),
    feedback_second_days smallint NOT NULL DEFAULT 7 CHECK (feedback_second_days BETWEEN 1 AND 90),
    pair_stalled         boolean  NOT NULL DEFAULT true,
    pair_stalled_weeks   smallint NOT NULL DEFAULT 6 CHECK (pair_stalled_weeks BETWEEN 1 AND 52),
    opt_out_secret       bytea    NOT NULL DEFAULT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()),
    version              bigint   NOT NULL DEFAULT 1,
    CHECK (feedback_second_days > feedback_first_days)
);
ALTER TABLE reminder_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE reminder_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON reminder_settings
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT (organization_id, session_soon, session_soon_days, action_item_overdue, feedback_awaited,
              feedback_first_days, feedback_second_days, pair_stalled, pair_stalled_weeks, version),
      INSERT (organization_id, session_soon, session_soon_days, action_item_overdue, feedback_awaited,
              feedback_first_days, feedback_second_days, pair_stalled, pair_stalled_weeks, version),
      UPDATE (session_soon, session_soon_days, action_item_overdue, feedback_awaited,
              feedback_first_days, feedback_second_days, pair_stalled, pair_stalled_weeks, version)
    ON reminder_settings TO ${appRole};
SELECT audit_changes_of('reminder_settings');
SELECT guard_archived_organization('reminder_settings');

-- The current organization's opt-out secret, made with the organization's settings row if it has none.
CREATE FUNCTION reminder_opt_out_secret() RETURNS bytea
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
    secret bytea;
BEGIN
    INSERT INTO reminder_settings (organization_id) VALUES (current_organization()) ON CONFLICT DO NOTHING;
    SELECT s.opt_out_secret INTO secret FROM reminder_settings s WHERE s.organization_id = current_organization();
    RETURN secret;
END
$$;
REVOKE ALL ON FUNCTION reminder_opt_out_secret() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reminder_opt_out_secret() TO ${appRole};

-- Who asked (through the link in a reminder) to get no more reminders of a kind; e-mail in lower case.
CREATE TABLE reminder_opt_out (
    id               uuid        PRIMARY KEY,
    organization_id  uuid        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    email            text        NOT NULL CHECK (email = lower(email)),
    kind             text        NOT NULL CHECK (kind IN ('SESSION_SOON', 'ACTION_ITEM_OVERDUE', 'FEEDBACK_AWAITED',
                                                          'PAIR_STALLED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 1,
    CONSTRAINT reminder_opt_out_once UNIQUE (organization_id, email, kind)
);
ALTER TABLE reminder_opt_out ENABLE ROW LEVEL SECURITY;
ALTER TABLE reminder_opt_out FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON reminder_opt_out
    USING (organization_id = current_organization())
    WITH CHECK (organization_id = current_organization());
GRANT SELECT, INSERT, DELETE ON reminder_opt_out TO ${appRole};
SELECT audit_changes_of('reminder_opt_out');
SELECT guard_archived_organization('reminder_opt_out');

-- The organizations the daily run works for (asked before it works for any): those not archived.
CREATE FUNCTION organizations_for_reminders() RETURNS TABLE (organization_id uuid, time_zone text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT o.id, o.time_zone FROM ${flyway:defaultSchema}.organization o WHERE NOT o.archived ORDER BY o.id
$$;
REVOKE ALL ON FUNCTION organizations_for_reminders() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organizations_for_reminders() TO ${appRole};

-- ShedLock's lock (net.javacrumbs.shedlock, JDBC provider): one row per scheduled task, taken by
-- the node that runs it. Not organization data (see docs/architecture-scaling.md).
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON shedlock TO ${appRole};
