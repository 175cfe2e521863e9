package com.ascent.app.security;

import java.util.regex.Pattern;

/** What Ascent accepts as a sign-in e-mail and password, for first-run setup and for new users alike. */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value.trim()).matches();
    }

    static boolean isStrongEnough(String password) {
        return password.length() >= MIN_PASSWORD_LENGTH;
    }
}
