package com.ascent.app.security;

import java.security.SecureRandom;

/**
 * The password an administrator's reset gives: random, about 79 bits, in four groups of letters and
 * digits that cannot be mistaken for each other when read out or copied by hand ("kq7m-3xfp-9tdw-h2rc").
 */
final class TemporaryPassword {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Without 0/o, 1/l/i: nothing to mistake. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private TemporaryPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
