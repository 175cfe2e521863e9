package com.ascent.app.security;

import java.time.Instant;

/** One sign-in attempt as the sign-in log shows it (never a password). */
public record SignInRecord(Instant at, String displayName, String email, String address, SignInOutcome outcome) {
}
