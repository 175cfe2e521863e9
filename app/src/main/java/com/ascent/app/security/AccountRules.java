package com.ascent.app.security;

import java.util.regex.Pattern;

/** What Ascent accepts as a sign-in e-mail, for first-run setup and for new users alike ({@link PasswordPolicy} for passwords). */
final class AccountRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value.trim()).matches();
    }
}
