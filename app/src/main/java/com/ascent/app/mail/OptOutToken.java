package com.ascent.app.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a reminder's opt-out link: who (organization, e-mail) stops which kind of reminder,
 * signed with the organization's secret (HMAC-SHA256), so it needs no account and no stored row, works
 * as often as it is opened, and cannot be altered to stop someone else's reminders.
 */
record OptOutToken(UUID organizationId, String email, ReminderKind kind) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    OptOutToken {
        email = email.strip().toLowerCase(Locale.ROOT);
    }

    String sign(byte[] secret) {
        byte[] payload = payload();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(secret, payload));
    }

    /** What a token claims, before its signature is checked (which needs the organization's secret). */
    static Optional<OptOutToken> claimed(String token) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            ByteBuffer payload = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            UUID organization = new UUID(payload.getLong(), payload.getLong());
            ReminderKind kind = ReminderKind.values()[payload.get()];
            byte[] email = new byte[payload.remaining()];
            payload.get(email);
            return Optional.of(new OptOutToken(organization, new String(email, StandardCharsets.UTF_8), kind));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** Whether {@code token} is this claim signed with {@code secret}. */
    boolean signedBy(String token, byte[] secret) {
        return MessageDigest.isEqual(sign(secret).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] payload() {
        byte[] address = email.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(17 + address.length)
                .putLong(organizationId.getMostSignificantBits()).putLong(organizationId.getLeastSignificantBits())
                .put((byte) kind.ordinal()).put(address).array();
    }

    private static byte[] mac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Arrays.copyOf(secret, secret.length), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
