-- The audit trail (issue 19): who changed which of an organization's rows, when, and which fields.
--
-- Recorded in one place, the database: statement-level triggers on every organization-owned table
-- write one audit_event per row created, changed or deleted, whichever service or plugin made the
-- change. Only names are kept: the table, the row's key, the NAMES of the changed columns, never a
-- value (no personal data, no password hash), and the acting user's id (ascent.user_id); names of
-- people are looked up when the trail is read, so nothing of a person is left in it once the person
-- is erased. No foreign keys: the trail outlives what it describes, the organization included (its
-- erasure is then the trail's last event, issue 15).
--
-- The application's role may only read the trail, of the current organization (forced row-level
-- security); the triggers write it through a SECURITY DEFINER function of the schema owner, so
-- nobody forges, changes or deletes an event through the application.

CREATE TABLE audit_event (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at      timestamptz NOT NULL DEFAULT statement_timestamp(),
    organization_id  uuid        NOT NULL,
    actor_id         uuid,
    entity           text        NOT NULL,
    entity_key       text        NOT NULL,
    program_id       uuid,
    operation        text        NOT NULL CHECK (operation IN ('CREATED', 'CHANGED', 'DELETED')),
    fields           text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_time_idx ON audit_event (organization_id, occurred_at DESC, id DESC);
CREATE INDEX audit_event_program_idx ON audit_event (organization_id, program_id, occurred_at DESC)
    WHERE program_id IS NOT NULL;
CREATE INDEX audit_event_actor_idx ON audit_event (organization_id, actor_id, occurred_at DESC);

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_isolation ON audit_event FOR SELECT
    USING (organization_id = current_organization());
-- Forced row-level security binds the owner too: the recording function (run as the owner) adds
-- events of any organization, the organization being whatever the changed row belongs to.
CREATE POLICY audit_event_recorded ON audit_event FOR INSERT TO CURRENT_USER WITH CHECK (true);
REVOKE ALL ON audit_event FROM ${appRole};
GRANT SELECT ON audit_event TO ${appRole};

-- A row's key: the values of its key columns (organization_id left out), joined by '/'.
CREATE FUNCTION audit_key(r jsonb, key_columns text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(string_agg(r ->> k.c, '/' ORDER BY k.i), '')
    FROM unnest(key_columns) WITH ORDINALITY AS k(c, i)
    WHERE k.c <> 'organization_id'
$$;

-- The columns whose values differ between two versions of a row, in the table's order; the
-- optimistic-locking counter and the "last changed by/at" stamps are not changes of their own.
CREATE FUNCTION audit_changed_columns(audited oid, old_row jsonb, new_row jsonb) RETURNS text[]
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(a.attname::text ORDER BY a.attnum), '{}')
    FROM pg_attribute a
    WHERE a.attrelid = audited AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname NOT IN ('version', 'updated_at', 'updated_by')
      AND (old_row -> a.attname::text) IS DISTINCT FROM (new_row -> a.attname::text)
$$;

-- The program a row belongs to: its own program_id, the program itself, or its parent row's program
-- (a success indicator through its objective, an observation through its metric, ...).
CREATE FUNCTION audit_program_of(r jsonb, entity text, parent text, parent_key text) RETURNS uuid
    LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
    program uuid;
BEGIN
    IF r ? 'program_id' THEN
        RETURN (r ->> 'program_id')::uuid;
    ELSIF entity = 'program' THEN
        RETURN (r ->> 'id')::uuid;
    ELSIF parent = '' OR r ->> parent_key IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT program_id FROM %I WHERE id = $1', parent) INTO program USING (r ->> parent_key)::uuid;
    RETURN program;
END
$$;

-- Whether a row was deleted (ON DELETE CASCADE) or cleared (ON DELETE SET NULL) by a foreign key
-- because the row it refers to was deleted. Such a change is part of that deletion, which is
-- recorded itself: deleting a program is one event, not one more per objective and session.
-- PostgreSQL fires the triggers of these changes at the end of the deleting statement, when the
-- referenced row is gone. foreign_keys: 'column:table:referenced column:type:action' (c or n).
CREATE FUNCTION audit_by_cascade(change text, old_row jsonb, new_row jsonb, fields text[], foreign_keys text[])
    RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
    foreign_key text;
    k           text[];
    gone        boolean;
    cleared     text[] := '{}';
BEGIN
    IF change = 'CREATED' THEN
        RETURN false;
    END IF;
    FOREACH foreign_key IN ARRAY foreign_keys LOOP
        k := string_to_array(foreign_key, ':');
        CONTINUE WHEN old_row ->> k[1] IS NULL
            OR (change = 'DELETED' AND k[5] <> 'c')
            OR (change = 'CHANGED' AND (k[5] <> 'n' OR new_row ->> k[1] IS NOT NULL));
        EXECUTE format('SELECT NOT EXISTS (SELECT FROM %I WHERE %I = $1::%s)', k[2], k[3], k[4])
            INTO gone USING old_row ->> k[1];
        IF gone AND change = 'DELETED' THEN
            RETURN true;
        ELSIF gone THEN
            cleared := cleared || k[1];
        END IF;
    END LOOP;
    RETURN change = 'CHANGED' AND cardinality(cleared) > 0 AND fields <@ cleared;
END
$$;

-- The event of one row's change, if there is one to record: not a change that touched only the
-- version counter or stamps, nor one made outside any organization (a user signing in), nor one a
-- foreign key made.
CREATE FUNCTION audit_event_of(audited oid, entity_name text, key_columns text[], parent text, parent_key text,
                               foreign_keys text[], change text, old_row jsonb, new_row jsonb)
    RETURNS TABLE (organization uuid, actor uuid, entity text, entity_key text, program uuid,
                   operation text, fields text[])
    LANGUAGE sql STABLE
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT e.organization, current_app_user(), entity_name, audit_key(e.r, key_columns),
           audit_program_of(e.r, entity_name, parent, parent_key), change, e.fields
    FROM (SELECT coalesce(new_row, old_row) AS r,
                 coalesce((coalesce(new_row, old_row) ->> 'organization_id')::uuid,
                          CASE entity_name WHEN 'organization' THEN (coalesce(new_row, old_row) ->> 'id')::uuid END,
                          current_organization()) AS organization,
                 CASE change WHEN 'CHANGED' THEN audit_changed_columns(audited, old_row, new_row)
                             ELSE '{}'::text[] END AS fields) e
    WHERE e.organization IS NOT NULL AND (change <> 'CHANGED' OR cardinality(e.fields) > 0)
      AND NOT audit_by_cascade(change, old_row, new_row, e.fields, foreign_keys)
$$;

-- Writes the events of one statement (the transition tables hold its rows). Arguments, set by
-- audit_changes_of: the key columns; the parent table and column through which the rows belong to
-- a program ('' when they do not); the foreign keys that delete or clear rows (audit_by_cascade).
CREATE FUNCTION record_audit_events() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_event (organization_id, actor_id, entity, entity_key, program_id, operation, fields)
        SELECT e.*
        FROM new_rows n,
             audit_event_of(TG_RELID, TG_TABLE_NAME, TG_ARGV[0]::text[], TG_ARGV[1], TG_ARGV[2], TG_ARGV[3]::text[],
                            'CREATED', NULL, to_jsonb(n)) e;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit_event (organization_id, actor_id, entity, entity_key, program_id, operation, fields)
        SELECT e.*
        FROM old_rows o,
             audit_event_of(TG_RELID, TG_TABLE_NAME, TG_ARGV[0]::text[], TG_ARGV[1], TG_ARGV[2], TG_ARGV[3]::text[],
                            'DELETED', to_jsonb(o), NULL) e;
    ELSE
        INSERT INTO audit_event (organization_id, actor_id, entity, entity_key, program_id, operation, fields)
        SELECT e.*
        FROM (SELECT to_jsonb(o) AS r FROM old_rows o) o
        JOIN (SELECT to_jsonb(n) AS r FROM new_rows n) n
          ON audit_key(o.r, TG_ARGV[0]::text[]) = audit_key(n.r, TG_ARGV[0]::text[])
         AND (o.r -> 'organization_id') IS NOT DISTINCT FROM (n.r -> 'organization_id'),
        audit_event_of(TG_RELID, TG_TABLE_NAME, TG_ARGV[0]::text[], TG_ARGV[1], TG_ARGV[2], TG_ARGV[3]::text[],
                       'CHANGED', o.r, n.r) e;
    END IF;
    RETURN NULL;
END
$$;

-- Puts a table under the audit trail. A later migration creating an organization-owned table calls
-- it too (AuditTrailTest fails for a table left out). The table's rows belong to a program through
-- their program_id or, failing that, through the first foreign key to a table that has one.
CREATE FUNCTION audit_changes_of(audited regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
    key_columns  text[];
    parent       text := '';
    parent_key   text := '';
    foreign_keys text[];
    arguments    text;
BEGIN
    SELECT array_agg(a.attname::text ORDER BY k.i) INTO key_columns
    FROM pg_index x
    CROSS JOIN unnest(x.indkey::smallint[]) WITH ORDINALITY AS k(attnum, i)
    JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
    WHERE x.indrelid = audited AND x.indisprimary;
    IF NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = audited AND a.attname = 'program_id')
       AND audited <> 'program'::regclass THEN
        SELECT p.relname, a.attname INTO parent, parent_key
        FROM pg_constraint c
        JOIN pg_class p ON p.oid = c.confrelid
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute pk ON pk.attrelid = c.confrelid AND pk.attnum = c.confkey[1] AND pk.attname = 'id'
        WHERE c.conrelid = audited AND c.contype = 'f' AND cardinality(c.conkey) = 1
          AND EXISTS (SELECT FROM pg_attribute pa WHERE pa.attrelid = c.confrelid AND pa.attname = 'program_id')
        ORDER BY a.attnotnull DESC, c.conname
        LIMIT 1;
    END IF;
    SELECT coalesce(array_agg(format('%s:%s:%s:%s:%s', a.attname, p.relname, pa.attname,
                                     format_type(pa.atttypid, pa.atttypmod), c.confdeltype) ORDER BY c.conname), '{}')
    INTO foreign_keys
    FROM pg_constraint c
    JOIN pg_class p ON p.oid = c.confrelid
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
    WHERE c.conrelid = audited AND c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.confdeltype IN ('c', 'n');
    arguments := format('%L, %L, %L, %L', key_columns, coalesce(parent, ''), coalesce(parent_key, ''), foreign_keys);
    EXECUTE format('CREATE TRIGGER audit_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION record_audit_events(%s)', audited, arguments);
    EXECUTE format('CREATE TRIGGER audit_updates AFTER UPDATE ON %s '
                   'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION record_audit_events(%s)', audited, arguments);
    EXECUTE format('CREATE TRIGGER audit_deletes AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION record_audit_events(%s)', audited, arguments);
END
$$;

REVOKE ALL ON FUNCTION audit_key(jsonb, text[]), audit_changed_columns(oid, jsonb, jsonb),
    audit_program_of(jsonb, text, text, text), audit_by_cascade(text, jsonb, jsonb, text[], text[]),
    audit_event_of(oid, text, text[], text, text, text[], text, jsonb, jsonb),
    record_audit_events(), audit_changes_of(regclass) FROM PUBLIC;

-- Every organization-owned table, the organization itself (its settings) and the user accounts
-- (an administrator's password reset, recorded in the organization it was made in). Not recorded:
-- the trail itself, and what Ascent keeps by itself (the steps' last reported status, the moment
-- the activity library was seeded).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.oid::regclass AS audited
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
          AND (EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')
               OR c.relname IN ('organization', 'app_user'))
          AND c.relname NOT IN ('audit_event', 'program_step_state', 'activity_library')
        ORDER BY c.relname
    LOOP
        PERFORM audit_changes_of(t.audited);
    END LOOP;
END
$$;
