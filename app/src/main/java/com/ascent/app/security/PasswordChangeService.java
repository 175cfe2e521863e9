package com.ascent.app.security;

import com.ascent.plugin.api.InvalidInputException;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user changes their own password: the current one first (a session left open is not
 * enough to take the account over), then a new one under {@link PasswordPolicy}, hashed with Argon2.
 * Guesses of the current password are throttled like sign-in ({@link SignInThrottle}: the same
 * counts per e-mail and client address, so a session left open cannot be used to guess it at full
 * speed either). Choosing their own password ends the change an administrator's reset forced, and
 * every other session of the user (signed in with the old password); this one goes on.
 */
@Service
public class PasswordChangeService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;

    PasswordChangeService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                          SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * @throws InvalidInputException naming the field ({@code currentPassword}, {@code newPassword}) with a
     *                               message key when the current password is wrong (or, after too many wrong
     *                               ones, not even checked) or the new one is refused
     */
    @Transactional
    public void change(String currentPassword, String newPassword) {
        AscentUser user = currentUser.require();
        String address = clientAddress();
        if (throttle.blockedUntil(user.email(), address).isPresent()) {
            throttle.record(user.email(), address, SignInOutcome.LOCKED);
            throw new InvalidInputException("currentPassword", "password.error.tooManyAttempts");
        }
        String hash = accounts.passwordHashOfCurrentUser().orElseThrow(() -> new IllegalStateException("No account"));
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throttle.record(user.email(), address, SignInOutcome.FAILURE);
            throw new InvalidInputException("currentPassword", "password.error.currentWrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "password.error.unchanged");
        }
        String[] context = Stream.concat(Stream.of(user.email(), user.displayName()),
                user.memberships().stream().map(Membership::organizationName)).toArray(String[]::new);
        PasswordPolicy.problem(newPassword, context).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        Instant setAt = accounts.setPassword(user.id(), passwordEncoder.encode(newPassword), false)
                .orElseThrow(() -> new IllegalStateException("No account"));
        currentUser.passwordChanged(setAt);
    }

    /** The address sign-in would record for this request (a forwarded one only from a trusted proxy). */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "unknown";
    }
}
