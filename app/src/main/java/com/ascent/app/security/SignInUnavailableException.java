package com.ascent.app.security;

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
}
