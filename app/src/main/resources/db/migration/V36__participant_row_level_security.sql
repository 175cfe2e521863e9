-- A participant sees only their own part (issue 14), enforced here as well as in the services.
--
-- current_participant_person() is NULL for HR, administrators and viewers (and for work done with
-- nobody signed in), who keep seeing the whole organization; for a participant-only member (role
-- PARTICIPANT) it is the person their account is bound to (a person id that matches nothing when
-- they are not bound). RESTRICTIVE policies, for the application's role only, then narrow what the
-- organization_isolation policies allow:
--   * program, objective, program_framework: the programs they are on the roster of, or whose HiPo
--     reports to them;
--   * roster_member, pair: themselves, their pairs and the other one of each, the HiPos reporting to them;
--   * calendar_event: the events of their pairs, and the program-wide events of their programs;
--   * action_item: those of the events they see;
--   * development_plan and its parts: their own plan as a HiPo, the plans of HiPos reporting to them;
--   * person: themselves, their manager and the people of their part;
--   * membership, app_user: their own; invitation, reminder_opt_out: those of their own e-mail;
--   * capability: read only (names of the gaps in a plan);
--   * every other organization-owned table: nothing.
-- Writes are narrower still: they log their pairs' sessions and action items; a HiPo records
-- progress on their own plan; only the HiPo's manager (person.manager_id) signs a plan off.
--
-- The helpers are SECURITY DEFINER functions of the schema owner: the restrictive policies bind the
-- application's role only, so the helpers read the part without recursing into these policies (the
-- organization_isolation policies still bind them). Each policy calls them in a sub-select, so they
-- run once per statement, not per row.

CREATE FUNCTION current_participant_person() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(m.person_id, '00000000-0000-0000-0000-000000000000'::uuid)
    FROM membership m
    WHERE m.user_id = current_app_user() AND m.organization_id = current_organization() AND m.role = 'PARTICIPANT'
$$;

-- Roster entries of the participant themselves.
CREATE FUNCTION participant_members() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(r.id), '{}') FROM roster_member r WHERE r.person_id = current_participant_person()
$$;

CREATE FUNCTION participant_pairs() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(p.id), '{}') FROM pair p
    WHERE p.hipo_member_id = ANY (participant_members()) OR p.guide_member_id = ANY (participant_members())
$$;

-- The participant's own development plans, as a HiPo.
CREATE FUNCTION participant_own_plans() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(d.id), '{}') FROM development_plan d WHERE d.hipo_member_id = ANY (participant_members())
$$;

-- The plans of the HiPos who report to the participant in the directory.
CREATE FUNCTION participant_managed_plans() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(d.id), '{}')
    FROM development_plan d
    JOIN roster_member r ON r.id = d.hipo_member_id
    JOIN person h ON h.id = r.person_id
    WHERE h.manager_id = current_participant_person()
$$;

-- Roster entries of the part: themselves, the other one of each of their pairs, the HiPos reporting to them.
CREATE FUNCTION participant_visible_members() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT m.id), '{}') FROM (
        SELECT unnest(participant_members()) AS id
        UNION SELECT p.hipo_member_id FROM pair p WHERE p.id = ANY (participant_pairs())
        UNION SELECT p.guide_member_id FROM pair p WHERE p.id = ANY (participant_pairs())
        UNION SELECT d.hipo_member_id FROM development_plan d WHERE d.id = ANY (participant_managed_plans())
    ) m
$$;

CREATE FUNCTION participant_programs() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT r.program_id), '{}') FROM roster_member r
    WHERE r.id = ANY (participant_visible_members())
$$;

-- People of the part: themselves, their manager, the people of the roster entries they see.
CREATE FUNCTION participant_people() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT x.id), '{}') FROM (
        SELECT current_participant_person() AS id
        UNION SELECT p.manager_id FROM person p WHERE p.id = current_participant_person()
        UNION SELECT r.person_id FROM roster_member r WHERE r.id = ANY (participant_visible_members())
    ) x WHERE x.id IS NOT NULL
$$;

REVOKE ALL ON FUNCTION current_participant_person(), participant_members(), participant_pairs(),
    participant_own_plans(), participant_managed_plans(), participant_visible_members(), participant_programs(),
    participant_people() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_participant_person(), participant_members(), participant_pairs(),
    participant_own_plans(), participant_managed_plans(), participant_visible_members(), participant_programs(),
    participant_people() TO ${appRole};

-- One restrictive policy per table and command. "staff" is (SELECT current_participant_person()) IS NULL.
DO $$
DECLARE
    staff  constant text := '(SELECT current_participant_person()) IS NULL';
    parts  constant jsonb := jsonb_build_object(
        'program',           'id = ANY ((SELECT participant_programs())::uuid[])',
        'objective',         'program_id = ANY ((SELECT participant_programs())::uuid[])',
        'program_framework', 'program_id = ANY ((SELECT participant_programs())::uuid[])',
        'roster_member',     'id = ANY ((SELECT participant_visible_members())::uuid[])',
        'pair',              'id = ANY ((SELECT participant_pairs())::uuid[])',
        'calendar_event',    'pair_id = ANY ((SELECT participant_pairs())::uuid[]) OR (pair_id IS NULL AND program_id IN '
                             '(SELECT r.program_id FROM roster_member r WHERE r.id = ANY ((SELECT participant_members())::uuid[])))',
        'action_item',       'event_id IN (SELECT e.id FROM calendar_event e)',
        'development_plan',  'id = ANY ((SELECT participant_own_plans())::uuid[]) OR id = ANY ((SELECT participant_managed_plans())::uuid[])',
        'plan_gap',          'plan_id IN (SELECT d.id FROM development_plan d)',
        'plan_goal',         'plan_id IN (SELECT d.id FROM development_plan d)',
        'plan_activity',     'plan_id IN (SELECT d.id FROM development_plan d)',
        'plan_progress',     'plan_id IN (SELECT d.id FROM development_plan d)',
        'goal_objective',    'goal_id IN (SELECT g.id FROM plan_goal g)',
        'person',            'id = ANY ((SELECT participant_people())::uuid[])',
        'capability',        'true',
        'membership',        'user_id = current_app_user()',
        'invitation',        'lower(email) = (SELECT lower(u.email) FROM app_user u WHERE u.id = current_app_user())',
        'reminder_opt_out',  'email = (SELECT lower(u.email) FROM app_user u WHERE u.id = current_app_user())');
    -- What a participant may change, per table and command; anything not named is read only.
    writes constant jsonb := jsonb_build_object(
        'calendar_event',   jsonb_build_object('UPDATE', 'true'),
        'action_item',      jsonb_build_object('INSERT', 'true', 'UPDATE', 'true'),
        'plan_goal',        jsonb_build_object('UPDATE', 'plan_id = ANY ((SELECT participant_own_plans())::uuid[])'),
        'plan_activity',    jsonb_build_object('UPDATE', 'plan_id = ANY ((SELECT participant_own_plans())::uuid[])'),
        'plan_progress',    jsonb_build_object('INSERT', 'plan_id = ANY ((SELECT participant_own_plans())::uuid[])'),
        'development_plan', jsonb_build_object('UPDATE', 'id = ANY ((SELECT participant_managed_plans())::uuid[])'),
        'membership',       jsonb_build_object('INSERT', 'true'),
        'invitation',       jsonb_build_object('UPDATE', 'true'),
        'app_user',         jsonb_build_object('UPDATE', 'true'),
        'reminder_opt_out', jsonb_build_object('INSERT', 'true', 'DELETE', 'true'));
    t       record;
    part    text;
    allowed text;
    command text;
BEGIN
    FOR t IN
        SELECT c.relname::text AS name
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
          AND (EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')
               OR c.relname = 'app_user')
          AND c.relname NOT IN ('audit_event')
        ORDER BY c.relname
    LOOP
        part := coalesce(parts ->> t.name, 'false');
        IF t.name = 'app_user' THEN
            part := 'id = current_app_user()';
        END IF;
        EXECUTE format('CREATE POLICY participant_part ON %I AS RESTRICTIVE FOR SELECT TO ${appRole} '
                       'USING (%s OR %s)', t.name, staff, part);
        FOREACH command IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
            allowed := coalesce(writes -> t.name ->> command, 'false');
            IF command = 'INSERT' THEN
                EXECUTE format('CREATE POLICY participant_%s ON %I AS RESTRICTIVE FOR INSERT TO ${appRole} '
                               'WITH CHECK (%s OR ((%s) AND (%s)))', lower(command), t.name, staff, part, allowed);
            ELSIF command = 'UPDATE' THEN
                EXECUTE format('CREATE POLICY participant_%s ON %I AS RESTRICTIVE FOR UPDATE TO ${appRole} '
                               'USING (%s OR ((%s) AND (%s))) WITH CHECK (%s OR ((%s) AND (%s)))', lower(command),
                               t.name, staff, part, allowed, staff, part, allowed);
            ELSE
                EXECUTE format('CREATE POLICY participant_%s ON %I AS RESTRICTIVE FOR DELETE TO ${appRole} '
                               'USING (%s OR ((%s) AND (%s)))', lower(command), t.name, staff, part, allowed);
            END IF;
        END LOOP;
    END LOOP;
END
$$;

-- The trail: nothing of it for a participant.
CREATE POLICY participant_part ON audit_event AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING ((SELECT current_participant_person()) IS NULL);
