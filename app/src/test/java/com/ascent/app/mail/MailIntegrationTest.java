package com.ascent.app.mail;

import com.ascent.app.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with an SMTP server configured: GreenMail's test port on this machine (register
 * {@link #SMTP} in the test class). Test classes with this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "ascent.public-url=https://ascent.example.com"})
public @interface MailIntegrationTest {

    /** The SMTP server the application sends to (GreenMail's {@code ServerSetupTest.SMTP}). */
    com.icegreen.greenmail.util.ServerSetup SMTP = com.icegreen.greenmail.util.ServerSetupTest.SMTP;
}
