package com.ascent.app.mail;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.ReminderRepository.StalledPairRow;
import com.ascent.app.mail.ReminderRepository.Staff;
import com.ascent.app.organization.OrganizationSettingsService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * HR hears of pairs with no held session for N weeks (default 6): one message per program and HR
 * user or administrator listing its stalled pairs, at most once a week while they stay stalled.
 */
@Component
class PairStalledRule implements ReminderRule {

    private final ReminderRepository repository;
    private final MailOutbox outbox;
    private final OrganizationSettingsService organizationSettings;
    private final PublicAddress publicAddress;
    private final AscentI18NProvider i18n;

    PairStalledRule(ReminderRepository repository, MailOutbox outbox, OrganizationSettingsService organizationSettings,
                    PublicAddress publicAddress, AscentI18NProvider i18n) {
        this.repository = repository;
        this.outbox = outbox;
        this.organizationSettings = organizationSettings;
        this.publicAddress = publicAddress;
        this.i18n = i18n;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.PAIR_STALLED;
    }

    @Override
    public List<MailRequest> due(UUID organizationId, LocalDate today, ReminderSettings settings) {
        ZoneId zone = organizationSettings.current().timeZone();
        LocalDate since = today.minusWeeks(settings.pairStalledWeeks());
        Map<UUID, List<StalledPairRow>> byProgram = new LinkedHashMap<>();
        for (StalledPairRow pair : repository.pairsWithoutHeldSessionSince(organizationId,
                since.atStartOfDay(zone).toInstant(), since)) {
            byProgram.computeIfAbsent(pair.programId(), p -> new ArrayList<>()).add(pair);
        }
        if (byProgram.isEmpty()) {
            return List.of();
        }
        List<Staff> staff = repository.staff(organizationId);
        RecipientLanguages languages = outbox.recipientLanguages(organizationId);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<MailRequest> requests = new ArrayList<>();
        for (List<StalledPairRow> pairs : byProgram.values()) {
            StalledPairRow first = pairs.getFirst();
            String link = publicAddress.link("programs/" + first.programId() + "/steps/framework");
            for (Staff person : staff) {
                Locale language = languages.of(person.email());
                StringBuilder list = new StringBuilder();
                for (StalledPairRow pair : pairs) {
                    list.append("- ").append(pair.lastHeld() == null
                            ? i18n.getTranslation("mail.reminder.pairStalled.neverMet", language, pair.hipoName(), pair.guideName())
                            : i18n.getTranslation("mail.reminder.pairStalled.lastMet", language, pair.hipoName(),
                                    pair.guideName(), pair.lastHeld().format(
                                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language))))
                            .append('\n');
                }
                requests.add(new MailRequest("pair-stalled:" + first.programId() + ":" + person.userId() + ":" + week,
                        organizationId, person.email(), person.name(), language, kind().name(),
                        i18n.getTranslation("mail.reminder.pairStalled.subject", language, pairs.size(), first.programName()),
                        i18n.getTranslation("mail.reminder.pairStalled.body", language, person.name(), pairs.size(),
                                first.programName(), settings.pairStalledWeeks(), list.toString().strip(), link)));
            }
        }
        return requests;
    }
}
