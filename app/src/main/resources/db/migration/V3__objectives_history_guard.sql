-- Step 1 keeps the history that later steps build on. V1 let removing a success indicator set
-- metric.indicator_id to null and removing an objective drop its development-plan goal links,
-- silently. ObjectivesService refuses such removals with a message; these constraints make
-- PostgreSQL refuse them too (NO ACTION: checked at the end of the statement, so deleting a whole
-- program or organization, which removes the metrics and goals as well, still works).
ALTER TABLE metric
    DROP CONSTRAINT metric_indicator_id_fkey,
    ADD CONSTRAINT metric_indicator_id_fkey FOREIGN KEY (indicator_id) REFERENCES success_indicator (id);
CREATE INDEX metric_indicator_idx ON metric (indicator_id);

ALTER TABLE goal_objective
    DROP CONSTRAINT goal_objective_objective_id_fkey,
    ADD CONSTRAINT goal_objective_objective_id_fkey FOREIGN KEY (objective_id) REFERENCES objective (id);
CREATE INDEX goal_objective_objective_idx ON goal_objective (objective_id);

-- The usage checks of the capability library.
CREATE INDEX objective_capability_idx ON objective (capability_id);
CREATE INDEX plan_gap_capability_idx ON plan_gap (capability_id);
