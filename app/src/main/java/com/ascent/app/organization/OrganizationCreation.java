package com.ascent.app.organization;

import java.util.Arrays;
import java.util.Locale;

/** Who may create further organizations (operator setting {@code ascent.organizations.creation}). */
public enum OrganizationCreation {
    /** Every signed-in user. */
    ANYONE,
    /** Administrators of at least one organization (a consultant, an HR department's administrator). */
    ADMINISTRATORS,
    /** Nobody: the one organization comes from first-run setup. */
    NOBODY;

    /** The setting's value as written in the configuration ({@code anyone}, {@code administrators}, {@code nobody}). */
    static OrganizationCreation parse(String setting) {
        try {
            return valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ascent.organizations.creation must be one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ", not '" + setting + "'", e);
        }
    }
}
