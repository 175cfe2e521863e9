package com.ascent.app.security;

import com.ascent.app.database.DatabaseUnavailable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * Sign-in could not check the password because the database cannot be reached. It must never be
 * answered as a wrong password: the login page tells the user to try again in a moment. As an
 * {@link InternalAuthenticationServiceException} it passes Spring Security's authentication
 * provider unchanged and ends up as the session's last authentication failure.
 */
public final class SignInUnavailableException extends InternalAuthenticationServiceException {

    SignInUnavailableException(Throwable cause) {
        super("The database cannot be reached", cause);
    }

    /** {@code failure} as this exception when it says the database could not be reached; otherwise unchanged. */
    static RuntimeException whenDatabaseDown(RuntimeException failure) {
        return failure instanceof AuthenticationException || !DatabaseUnavailable.causes(failure)
                ? failure : new SignInUnavailableException(failure);
    }
}
