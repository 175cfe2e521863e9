package com.ascent.app.audit;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.files.SpreadsheetSafeCsv;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.organization.OrganizationSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's audit trail for HR and administrators: filtered, a page at a time, and as CSV.
 * Periods are days of the organization's time zone.
 */
@Service
public class AuditTrail {

    private final AuditRepository events;
    private final OrganizationScope organization;
    private final OrganizationSettingsService settings;
    private final AscentI18NProvider i18n;

    AuditTrail(AuditRepository events, OrganizationScope organization, OrganizationSettingsService settings,
               AscentI18NProvider i18n) {
        this.events = events;
        this.organization = organization;
        this.settings = settings;
        this.i18n = i18n;
    }

    /** The events matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public List<AuditEntry> list(AuditFilter filter, int offset, int limit) {
        return events.page(organization.require(), filter, zone(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public int count(AuditFilter filter) {
        return events.count(organization.require(), filter, zone());
    }

    /** Who may be chosen in the filter: those who made changes and are still members. */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public List<AuditActor> actors() {
        return events.actors(organization.require());
    }

    /**
     * Writes the events matching {@code filter} as CSV in the words of {@code locale}, newest first,
     * times in ISO 8601 with the organization's offset (unambiguous in any spreadsheet).
     */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public void exportCsv(AuditFilter filter, Locale locale, Writer out) {
        AuditWording words = wording(locale);
        UUID organizationId = organization.require();
        ZoneId zone = zone();
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out);
        csv.writeRecord(List.of("time", "person", "action", "record", "fields", "program", "key").stream()
                .map(column -> i18n.getTranslation("audit.column." + column, locale)).toList());
        events.forEach(organizationId, filter, zone, entry -> csv.writeRecord(
                SpreadsheetSafeCsv.moment(entry.occurredAt(), zone),
                words.actor(entry), words.operation(entry.operation()), words.entity(entry), words.fields(entry),
                words.program(entry), entry.key()));
        csv.close();
    }

    /** The trail in words of {@code locale}. */
    public AuditWording wording(Locale locale) {
        return new AuditWording(i18n, locale);
    }

    private ZoneId zone() {
        return settings.current().timeZone();
    }
}
