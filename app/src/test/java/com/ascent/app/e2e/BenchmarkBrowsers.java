package com.ascent.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The browsers of {@link SessionMemoryBenchmarkIT}, in a JVM of their own: Playwright's Java client
 * keeps objects for every page, frame and request, which would be counted as Ascent's in the
 * application's heap. One Chromium, one context (own cookies, so own session) per user. Reads one
 * command a line from standard input and answers {@code @ok} or {@code @error ...} (other lines on
 * standard output are the client's logging):
 * {@code users N} (N new contexts), {@code signin I EMAIL PASSWORD}, {@code goto PATH [ELEMENT-ID]}
 * (every user's page opens PATH, then clicks the element), {@code screenshot FILE} (the first user's
 * page), {@code close} (closes every context, as a user closes the browser), {@code quit}.
 */
final class BenchmarkBrowsers {

    private BenchmarkBrowsers() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        try (Playwright playwright = BrowserSession.newPlaywright();
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            Browser browser = BrowserSession.launchChromium(playwright);
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] command = line.split(" ");
                try {
                    switch (command[0]) {
                        case "users" -> {
                            for (int i = 0; i < Integer.parseInt(command[1]); i++) {
                                BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                                        .setViewportSize(1440, 960).setLocale("en-US"));
                                Page page = context.newPage();
                                page.setDefaultTimeout(180_000);
                                contexts.add(context);
                                pages.add(page);
                            }
                        }
                        case "signin" -> BrowserSession.signIn(pages.get(Integer.parseInt(command[1])), baseUrl,
                                command[2], command[3]);
                        case "goto" -> {
                            for (Page page : pages) {
                                page.navigate(baseUrl + command[1]);
                                BrowserSession.awaitVaadin(page);
                                if (command.length > 2) {
                                    page.click("#" + command[2]);
                                    BrowserSession.awaitVaadin(page);
                                }
                                if (!page.url().endsWith(command[1])) {
                                    throw new IllegalStateException("the page is at " + page.url());
                                }
                            }
                        }
                        case "screenshot" -> pages.getFirst().screenshot(new Page.ScreenshotOptions()
                                .setFullPage(true).setPath(BrowserSession.SCREENSHOTS.resolve(command[1])));
                        case "close" -> {
                            contexts.forEach(BrowserContext::close);
                            contexts.clear();
                            pages.clear();
                        }
                        default -> throw new IllegalArgumentException("unknown command " + command[0]);
                    }
                    System.out.println("@ok");
                } catch (RuntimeException e) {
                    System.out.println("@error " + e.getMessage().replace('\n', ' '));
                }
                System.out.flush();
            }
            browser.close();
        }
    }
}
