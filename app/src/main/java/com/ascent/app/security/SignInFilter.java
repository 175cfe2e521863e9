package com.ascent.app.security;

import com.ascent.app.format.DayRange;
import org.jspecify.annotations.Nullable;

/**
 * Which sign-in attempts to show: a period, e-mails containing {@code email} (any case; blank for
 * all), and one outcome (null for all).
 */
public record SignInFilter(DayRange period, String email, @Nullable SignInOutcome outcome) {

    /** Every attempt. */
    public static final SignInFilter ALL = new SignInFilter(DayRange.ALL, "", null);
}
