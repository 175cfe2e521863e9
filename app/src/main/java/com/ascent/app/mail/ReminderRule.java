package com.ascent.app.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One kind of reminder (a Spring bean). The daily run calls {@link #due} once per organization, in
 * a transaction of that organization, when the rule is on; it drops the messages to people who opted
 * out of the kind, adds the opt-out link to the others and queues them in one pass. Unique keys make
 * a reminder go once per occasion (e.g. {@code "session-soon:<event id>:<date>"}), so a second run of
 * the day queues nothing new.
 */
public interface ReminderRule {

    ReminderKind kind();

    /** The reminders due on {@code today} (the organization's date), in each recipient's language. */
    List<MailRequest> due(UUID organizationId, LocalDate today, ReminderSettings settings);
}
