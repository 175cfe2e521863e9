package com.ascent.app.audit;

import com.ascent.app.i18n.AscentI18NProvider;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The trail in words of one language: "Changed · Objective · Title, Priority". Tables and columns
 * have translated names ({@code audit.entity.<table>}, {@code audit.field.<column>}, or
 * {@code audit.field.<table>.<column>} where a column means something else in that table); a name
 * without a translation, say of a table added later, is shown as its words ("due_date": "Due date").
 */
public record AuditWording(AscentI18NProvider i18n, Locale locale) {

    private static final String STEP_RECORD = "step_record";

    /** Who acted: the name, a former user, or Ascent itself (a change made with nobody signed in). */
    public String actor(AuditEntry entry) {
        if (entry.actorId() == null) {
            return i18n.getTranslation("audit.actor.system", locale);
        }
        return entry.actorName() != null ? entry.actorName() : i18n.getTranslation("audit.actor.former", locale);
    }

    public String operation(AuditOperation operation) {
        return i18n.getTranslation("audit.operation." + operation.name(), locale);
    }

    /**
     * What was changed. A step's own record (plugin API {@code StepContext.records()}) is named by the
     * step and the key the step chose, since only the plugin knows what it means.
     */
    public String entity(AuditEntry entry) {
        if (entry.entity().equals(STEP_RECORD)) {
            String[] programStepKey = entry.key().split("/", 3);
            if (programStepKey.length == 3) {
                return i18n.getTranslation("audit.entity.step_record.of", locale, programStepKey[1], programStepKey[2]);
            }
        }
        return entity(entry.entity());
    }

    /** The name of a table's records. */
    public String entity(String table) {
        return i18n.findTranslation("audit.entity." + table, locale).orElseGet(() -> words(table));
    }

    /** The changed fields' names, in the table's order. */
    public String fields(AuditEntry entry) {
        return entry.fields().stream().map(column -> field(entry.entity(), column)).collect(Collectors.joining(", "));
    }

    /** The name of a table's column. */
    public String field(String table, String column) {
        return i18n.findTranslation("audit.field." + table + "." + column, locale)
                .or(() -> i18n.findTranslation("audit.field." + column, locale))
                .orElseGet(() -> words(column));
    }

    /** The program the record belongs to; empty for the organization's own records. */
    public String program(AuditEntry entry) {
        if (entry.programId() == null) {
            return "";
        }
        return entry.programName() != null ? entry.programName() : i18n.getTranslation("audit.program.deleted", locale);
    }

    public String area(AuditArea area) {
        return i18n.getTranslation("audit.area." + area.name(), locale);
    }

    private static String words(String name) {
        String words = name.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
