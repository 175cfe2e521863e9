package com.ascent.plugin.api.model;

/**
 * What the signed-in user may do in the organization.
 *
 * @since 1.5.0
 */
public enum UserRole {
    /** Manages users, plugins and step bindings; may also do everything HR does. */
    ADMIN,
    /** Designs and runs programs. */
    HR,
    /** Reads programs and reports, changes nothing. */
    VIEWER,
    /** Takes part in programs (a HiPo, mentor or coach) and sees their own part. */
    PARTICIPANT
}
