-- After a bulk import the application analyzes the person table, so that the planner knows the
-- directory's new size at once: without it, a list page right after importing 100,000 people
-- sorts them all instead of reading the name index. Since PostgreSQL 17 that right (MAINTAIN)
-- can be granted without ownership; on older servers the application's ANALYZE is skipped with
-- a warning and autovacuum catches up a minute later.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 170000 THEN
        EXECUTE format('GRANT MAINTAIN ON TABLE person TO %I', '${appRole}');
    END IF;
END
$$;
