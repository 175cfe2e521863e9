-- V36 gave every organization table of its time the participant rule. A table added later gets it
-- from participants_see_nothing_of(table): staff (current_participant_person() IS NULL) keep what
-- the organization_isolation policy allows, a participant-only member reads and writes nothing.
-- A rater answers a questionnaire by its link as nobody, whoever is signed in in that browser
-- (OrganizationScope.callAsLinkHolder), so the feedback tables need nothing for participants.
-- ParticipantRowLevelSecurityTest fails for an organization table without the rule.

CREATE FUNCTION participants_see_nothing_of(p_table regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    staff constant text := '(SELECT current_participant_person()) IS NULL';
BEGIN
    EXECUTE format('CREATE POLICY participant_part ON %s AS RESTRICTIVE FOR SELECT TO ${appRole} USING (%s)',
                   p_table, staff);
    EXECUTE format('CREATE POLICY participant_insert ON %s AS RESTRICTIVE FOR INSERT TO ${appRole} WITH CHECK (%s)',
                   p_table, staff);
    EXECUTE format('CREATE POLICY participant_update ON %s AS RESTRICTIVE FOR UPDATE TO ${appRole} USING (%s) WITH CHECK (%s)',
                   p_table, staff, staff);
    EXECUTE format('CREATE POLICY participant_delete ON %s AS RESTRICTIVE FOR DELETE TO ${appRole} USING (%s)',
                   p_table, staff);
END
$$;
REVOKE ALL ON FUNCTION participants_see_nothing_of(regclass) FROM PUBLIC;

SELECT participants_see_nothing_of('feedback_round');
SELECT participants_see_nothing_of('feedback_request');
SELECT participants_see_nothing_of('feedback_link');
