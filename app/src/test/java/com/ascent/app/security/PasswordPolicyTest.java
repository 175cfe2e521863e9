package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy after NIST SP 800-63B: length, no composition rules, guessable passwords refused. */
class PasswordPolicyTest {

    static final String EMAIL = "ana.kowalska@nordwind.example";
    static final String NAME = "Ana Kowalska";
    static final String ORGANIZATION = "Nordwind Logistics";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "short pw 11 | password.error.tooShort",
            "aaaaaaaaaaaa | password.error.repetitive",
            "\"            \" | password.error.repetitive",
            "abcabcabcabc | password.error.repetitive",
            "121212121212 | password.error.repetitive",
            "123456789012 | password.error.sequence",
            "abcdefghijklm | password.error.sequence",
            "qwertyuiopas | password.error.sequence",
            "1qaz2wsx3edc | password.error.sequence",
            "password1234 | password.error.common",
            "P@ssw0rd-2024! | password.error.common",
            "Summer2024!!! | password.error.common",
            "iloveyou1234 | password.error.common",
            "Welcome123456 | password.error.common",
            "monkeydragon12 | password.error.common",
            "ascent.ascent | password.error.context",
            "Ascent2024!!! | password.error.context",
            "ana.kowalska1 | password.error.context",
            "Kowalska-1987! | password.error.context",
            "nordwind#2025 | password.error.context"})
    void guessablePasswordsAreRefusedWithTheirReason(String password, String reason) {
        assertThat(PasswordPolicy.problem(password, EMAIL, NAME, ORGANIZATION)).hasValue(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Correct-horse-battery-staple-42", "a long first password",
            "Pierogi z kapustą na wigilię", "zebra violin 4 carrots", "2847 9931 4410", "łódź żółć gęślą jaźń"})
    void phrasesAndRandomPasswordsOfAnyCompositionAreAccepted(String password) {
        assertThat(PasswordPolicy.problem(password, EMAIL, NAME, ORGANIZATION)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 64, 128, 256})
    void longPassphrasesAreAcceptedUpTo256Characters(int length) {
        String password = "zebra violin carrots ".repeat(13).substring(0, length);
        assertThat(PasswordPolicy.problem(password)).isEmpty();
    }

    @Test
    void longerOnesAreRefused() {
        assertThat(PasswordPolicy.problem("zebra violin carrots ".repeat(13))).hasValue("password.error.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tooShort", "tooLong", "repetitive", "sequence", "common", "context"})
    void everyReasonHasATranslatedMessage(String reason) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/security.properties")) {
            messages.load(in);
        }
        assertThat(messages.getProperty("password.error." + reason)).isNotBlank();
    }
}
