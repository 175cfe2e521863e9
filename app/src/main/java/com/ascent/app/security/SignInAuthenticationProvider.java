package com.ascent.app.security;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling and a record of every attempt. While an e-mail or a client
 * address is blocked, the password is not even checked. For an unknown e-mail Spring's
 * {@link DaoAuthenticationProvider} still hashes a dummy password, so that a wrong password and an
 * unknown account take the same time and get the same answer.
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    SignInAuthenticationProvider(SignInThrottle throttle, AscentUserDetailsService users, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        try {
            var blocked = throttle.blockedUntil(email, address);
            if (blocked.isPresent()) {
                throttle.record(email, address, SignInOutcome.LOCKED);
                throw new SignInBlockedException(blocked.get());
            }
            try {
                Authentication signedIn = passwords.authenticate(authentication);
                throttle.record(email, address, SignInOutcome.SUCCESS);
                return signedIn;
            } catch (SignInUnavailableException e) {
                throw e;
            } catch (AuthenticationException e) {
                throttle.record(email, address, SignInOutcome.FAILURE);
                throw e;
            }
        } catch (RuntimeException e) {
            // Throttling could not read or record: a database that is down is never a wrong password.
            throw SignInUnavailableException.whenDatabaseDown(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Sign-in refused unchecked until {@code until}, after too many failures. */
    static final class SignInBlockedException extends AuthenticationException {

        SignInBlockedException(Instant until) {
            super("Sign-in blocked until " + until);
        }
    }
}
