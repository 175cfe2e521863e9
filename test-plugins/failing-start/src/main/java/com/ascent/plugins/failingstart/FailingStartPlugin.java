package com.ascent.plugins.failingstart;

import org.pf4j.Plugin;

/** Fails the way a client plugin does when something it needs at start-up is missing. */
public class FailingStartPlugin extends Plugin {

    /** The reason the administrator must see. */
    public static final String REASON = "The licence file of the reporting service is missing";

    @Override
    public void start() {
        throw new IllegalStateException(REASON);
    }
}
