package com.ascent.app.security;

import com.ascent.plugin.api.InvalidInputException;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user changes their own password: the current one first (a session left open is not
 * enough to take the account over), then a new one under {@link PasswordPolicy}, hashed with Argon2.
 * Choosing their own password ends the change an administrator's reset forced.
 */
@Service
public class PasswordChangeService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    PasswordChangeService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * @throws InvalidInputException naming the field ({@code currentPassword}, {@code newPassword}) with a
     *                               message key when the current password is wrong or the new one is refused
     */
    @Transactional
    public void change(String currentPassword, String newPassword) {
        AscentUser user = currentUser.require();
        String hash = accounts.passwordHashOfCurrentUser().orElseThrow(() -> new IllegalStateException("No account"));
        if (!passwordEncoder.matches(currentPassword, hash)) {
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
        accounts.setPassword(user.id(), passwordEncoder.encode(newPassword), false);
        currentUser.passwordChanged();
    }
}
