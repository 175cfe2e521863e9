package com.ascent.app.security;

import java.util.List;

/** What a user may do in one organization. */
public enum Role {
    /** Manages users, plugins and step bindings; can also do everything HR does. */
    ADMIN,
    /** Designs and runs programs, maintains the people directory. */
    HR,
    /** Reads programs and reports, changes nothing. */
    VIEWER,
    /**
     * A person of the directory taking part in programs (HiPo, mentor, coach, manager): sees and does
     * only their own part, on the My program page. An HR user or administrator bound to a person is a
     * participant too, without this role.
     */
    PARTICIPANT;

    /** The roles of the organization's staff, which an administrator gives on the users page. */
    public static List<Role> staff() {
        return List.of(ADMIN, HR, VIEWER);
    }
}
