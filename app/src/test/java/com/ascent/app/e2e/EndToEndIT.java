package com.ascent.app.e2e;

import org.springframework.test.context.TestPropertySource;

/**
 * The end-to-end journey in an English (US) browser: "1/11/2027", "29,500.50", euros. Its own
 * application context (the property makes it one): other tests with the default configuration
 * create organizations, and the journey starts from the first-run setup on an empty database.
 */
@TestPropertySource(properties = "ascent.e2e.language=en")
class EndToEndIT extends EndToEndJourney {

    EndToEndIT() {
        super(JourneyTexts.english(), "");
    }
}
