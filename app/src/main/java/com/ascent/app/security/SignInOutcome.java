package com.ascent.app.security;

/** How a sign-in attempt ended. */
public enum SignInOutcome {
    /** Signed in. */
    SUCCESS,
    /** Wrong e-mail or password. */
    FAILURE,
    /** Refused without checking the password: too many failures for the e-mail or from the address. */
    LOCKED
}
