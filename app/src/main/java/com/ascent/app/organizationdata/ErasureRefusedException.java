package com.ascent.app.organizationdata;

/** The organization was not erased: nothing of it was deleted. */
public class ErasureRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** The typed name is not the organization's exact name. */
        NAME_DIFFERS,
        /** The user does not administer the organization they work in. */
        NOT_AN_ADMINISTRATOR
    }

    private final Reason reason;

    ErasureRefusedException(Reason reason) {
        super("The organization was not erased: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
