package com.ascent.app.audit;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The kinds of records HR filters the trail by, each with the tables its records live in. */
public enum AuditArea {
    PEOPLE("person"),
    PROGRAMS("program"),
    OBJECTIVES("strategy_statement", "capability", "objective", "objective_alignment", "success_indicator"),
    ROSTER("roster_member", "pair", "matching_criteria", "pairing_waiver"),
    FRAMEWORK("program_framework", "calendar_event", "action_item", "calendar_feed"),
    PLANS("development_plan", "plan_gap", "plan_goal", "goal_objective", "plan_activity", "plan_progress",
            "plan_exception", "activity_template"),
    RESOURCES("resource", "resource_assignment", "support_decision"),
    MEASUREMENT("metric", "observation", "feedback", "program_cost", "program_benefit", "measurement_settings",
            "feedback_round", "feedback_request", "feedback_link"),
    STEP_RECORDS("step_record"),
    ORGANIZATION("organization", "app_user", "membership", "invitation", "step_binding", "reminder_settings",
            "reminder_opt_out", "plugin_setting");

    private final Set<String> tables;

    AuditArea(String... tables) {
        this.tables = Set.of(tables);
    }

    /** The tables whose changes belong to this area. */
    public Set<String> tables() {
        return tables;
    }

    /** The area of a table's records, if it has one. */
    public static Optional<AuditArea> of(String table) {
        return Arrays.stream(values()).filter(a -> a.tables.contains(table)).findFirst();
    }
}
