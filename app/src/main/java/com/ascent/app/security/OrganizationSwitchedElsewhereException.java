package com.ascent.app.security;

/**
 * A request came from a browser tab that shows another organization than the one the session
 * works in now: the user switched in another tab. Nothing of the request is read or stored.
 */
public final class OrganizationSwitchedElsewhereException extends RuntimeException {

    OrganizationSwitchedElsewhereException() {
        super("This tab shows another organization than the one the session was switched to");
    }
}
