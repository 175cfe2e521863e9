package com.ascent.app.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts where the browser stood into a failed end-to-end test's message (see
 * {@link BrowserSession#describeForFailure}): a wait that times out says only what it waited for;
 * the build log of a clean-clone run is all there is to read afterwards.
 */
final class BrowserStateOnFailure implements TestExecutionExceptionHandler {

    /** A test class whose tests drive one browser. */
    interface DrivesABrowser {
        /** The browser, or {@code null} before it is open. */
        BrowserSession browserSession();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getRequiredTestInstance() instanceof DrivesABrowser test && test.browserSession() != null) {
            String state = test.browserSession().describeForFailure(context.getRequiredTestMethod().getName());
            throw new AssertionError("Browser at " + state + ":\n" + failure.getMessage(), failure);
        }
        throw failure;
    }
}
