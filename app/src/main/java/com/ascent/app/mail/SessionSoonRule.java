package com.ascent.app.mail;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.ReminderRepository.SessionAttendee;
import com.ascent.app.organization.OrganizationSettingsService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Both people of a pair hear of their session N days before it (the organization's days, default 2). */
@Component
class SessionSoonRule implements ReminderRule {

    private final ReminderRepository repository;
    private final MailOutbox outbox;
    private final OrganizationSettingsService organizationSettings;
    private final PublicAddress publicAddress;
    private final AscentI18NProvider i18n;

    SessionSoonRule(ReminderRepository repository, MailOutbox outbox, OrganizationSettingsService organizationSettings,
                    PublicAddress publicAddress, AscentI18NProvider i18n) {
        this.repository = repository;
        this.outbox = outbox;
        this.organizationSettings = organizationSettings;
        this.publicAddress = publicAddress;
        this.i18n = i18n;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.SESSION_SOON;
    }

    @Override
    public List<MailRequest> due(UUID organizationId, LocalDate today, ReminderSettings settings) {
        ZoneId zone = organizationSettings.current().timeZone();
        LocalDate day = today.plusDays(settings.sessionSoonDays());
        List<SessionAttendee> attendees = repository.sessionAttendees(organizationId,
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        if (attendees.isEmpty()) {
            return List.of();
        }
        RecipientLanguages languages = outbox.recipientLanguages(organizationId);
        String link = publicAddress.link("my-program");
        return attendees.stream().map(a -> {
            Locale language = languages.of(a.email());
            ZonedDateTime startsAt = a.startsAt().atZone(zone);
            String when = startsAt.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language))
                    + ", " + startsAt.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language));
            return new MailRequest("session-soon:" + a.eventId() + ":" + day + ":" + a.email().toLowerCase(Locale.ROOT),
                    organizationId, a.email(), a.name(), language, kind().name(),
                    i18n.getTranslation("mail.reminder.sessionSoon.subject", language, a.otherName(), when),
                    i18n.getTranslation("mail.reminder.sessionSoon.body", language, a.name(), a.otherName(), when,
                            a.programName(), link));
        }).toList();
    }
}
