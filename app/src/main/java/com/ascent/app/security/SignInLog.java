package com.ascent.app.security;

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
 * The sign-in attempts of the active organization's members, for its administrators: filtered, a
 * page at a time, and as CSV. Periods are days of the organization's time zone.
 */
@Service
public class SignInLog {

    private final SignInAttemptRepository attempts;
    private final OrganizationScope organization;
    private final OrganizationSettingsService settings;
    private final AscentI18NProvider i18n;

    SignInLog(SignInAttemptRepository attempts, OrganizationScope organization, OrganizationSettingsService settings,
              AscentI18NProvider i18n) {
        this.attempts = attempts;
        this.organization = organization;
        this.settings = settings;
        this.i18n = i18n;
    }

    /** The attempts matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<SignInRecord> list(SignInFilter filter, int offset, int limit) {
        return attempts.ofMembers(organization.require(), filter, zone(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public int count(SignInFilter filter) {
        return attempts.countOfMembers(organization.require(), filter, zone());
    }

    /**
     * Writes the attempts matching {@code filter} as CSV in the words of {@code locale}, newest first,
     * times in ISO 8601 with the organization's offset.
     */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public void exportCsv(SignInFilter filter, Locale locale, Writer out) {
        UUID organizationId = organization.require();
        ZoneId zone = zone();
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out);
        csv.writeRecord(List.of("time", "name", "email", "address", "outcome").stream()
                .map(column -> i18n.getTranslation("signIns." + column, locale)).toList());
        attempts.forEachOfMembers(organizationId, filter, zone, r -> csv.writeRecord(
                SpreadsheetSafeCsv.moment(r.at(), zone),
                r.displayName(), r.email(), r.address(),
                i18n.getTranslation("signIns.outcome." + r.outcome().name(), locale)));
        csv.close();
    }

    private ZoneId zone() {
        return settings.current().timeZone();
    }
}
