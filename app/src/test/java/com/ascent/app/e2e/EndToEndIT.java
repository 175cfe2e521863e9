package com.ascent.app.e2e;

/** The end-to-end journey in an English (US) browser: "1/11/2027", "29,500.50", euros. */
class EndToEndIT extends EndToEndJourney {

    EndToEndIT() {
        super(JourneyTexts.english(), "");
    }
}
