package com.ascent.app.security;

/** What a user may do in one organization. */
public enum Role {
    /** Manages users, plugins and step bindings; can also do everything HR does. */
    ADMIN,
    /** Designs and runs programs, maintains the people directory. */
    HR,
    /** Reads programs and reports, changes nothing. */
    VIEWER
}
