package com.ascent.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which passwords Ascent accepts, after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters,
 * up to {@value #MAX_LENGTH} (spaces and any character allowed), no composition rules; refused are
 * common and breached-style passwords (one of {@code security/common-passwords.txt}, or its words with
 * digits and symbols around them, also in "l33t" spelling), one character or a short pattern repeated,
 * runs such as "123456789012" or "qwertyuiopas", and passwords made of the user's own e-mail or name,
 * the organization's name or "Ascent".
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    /** Words shorter than this are not taken out of a password (they occur in good passphrases too). */
    private static final int MIN_WORD = 4;
    private static final Set<String> COMMON = load("/security/common-passwords.txt");
    private static final List<String> COMMON_WORDS = COMMON.stream().filter(w -> w.matches("[a-z]{4,}"))
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final List<String> RUNS = Stream.of("01234567890123456789", "abcdefghijklmnopqrstuvwxyz",
                    "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
                    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "1q2w3e4r5t6y7u8i9o0p")
            .flatMap(run -> Stream.of(run, new StringBuilder(run).reverse().toString())).toList();

    private PasswordPolicy() {
    }

    /**
     * Why {@code password} is refused, as a message key of {@code security.properties}, or empty
     * when it is accepted.
     *
     * @param context what the password must not be made of: the user's e-mail, name, organization
     */
    public static Optional<String> problem(String password, String... context) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isRepetitive(lower)) {
            return Optional.of("password.error.repetitive");
        }
        String compact = lower.replaceAll("\\s+", "");
        if (RUNS.stream().anyMatch(run -> run.contains(compact))) {
            return Optional.of("password.error.sequence");
        }
        if (COMMON.contains(lower) || COMMON.contains(compact) || madeOf(lower, COMMON_WORDS)) {
            return Optional.of("password.error.common");
        }
        if (madeOf(lower, contextWords(context))) {
            return Optional.of("password.error.context");
        }
        return Optional.empty();
    }

    /** One character or a short pattern over and over, or hardly any different characters. */
    private static boolean isRepetitive(String password) {
        if (password.codePoints().distinct().count() < 4) {
            return true;
        }
        for (int size = 1; size <= password.length() / 2; size++) {
            if (password.length() % size == 0 && password.substring(0, size).repeat(password.length() / size)
                    .equals(password)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code password}, once the given words are taken out, has fewer than {@value #MIN_WORD}
     * letters left: "Summer2024!!", "P@ssw0rd-1234", "ascent.ascent".
     */
    private static boolean madeOf(String password, List<String> words) {
        return Stream.of(password, unleet(password)).anyMatch(spelling -> {
            String rest = spelling;
            for (String word : words) {
                rest = rest.replace(word, "");
            }
            return !rest.equals(spelling) && rest.replaceAll("[^\\p{L}]", "").length() < MIN_WORD;
        });
    }

    /** The user's e-mail (whole and in parts), name parts, organization name parts and "ascent". */
    private static List<String> contextWords(String... context) {
        return Stream.concat(Stream.of("ascent"), Arrays.stream(context).filter(Objects::nonNull)
                        .map(c -> c.toLowerCase(Locale.ROOT))
                        .flatMap(c -> Stream.concat(Stream.of(c.replaceAll("[^\\p{L}\\p{N}]", "")),
                                Arrays.stream(c.split("[^\\p{L}\\p{N}]+")))))
                .map(PasswordPolicy::unleet)
                .filter(w -> w.length() >= MIN_WORD)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** "P@ssw0rd" read as "password": the usual letter-for-digit swaps undone. */
    private static String unleet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    private static Set<String> load(String resource) {
        try (var in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
