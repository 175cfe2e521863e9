package com.ascent.app.e2e;

import org.springframework.test.context.TestPropertySource;

/**
 * The end-to-end journey in a Polish browser (pl-PL): every screen in Polish, dates typed as
 * "11.01.2027", amounts as "29 500,50", złoty as the organization's currency. Its own application
 * context (the property makes it one), so that it starts from the first-run setup on an empty
 * database like the English run. Screenshots {@code pl-*}. The screens' accessibility is checked
 * in the English run: the same screens, whose words alone differ.
 */
@TestPropertySource(properties = "ascent.e2e.language=pl")
class EndToEndPolishIT extends EndToEndJourney {

    EndToEndPolishIT() {
        super(JourneyTexts.polish(), "pl-");
    }

    @Override
    BrowserSession newBrowser() {
        return super.newBrowser().withoutAccessibilityChecks();
    }
}
