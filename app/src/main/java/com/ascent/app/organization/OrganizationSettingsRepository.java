package com.ascent.app.organization;

import static com.ascent.app.db.Tables.ORGANIZATION;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationSettingsRepository {

    private final DSLContext dsl;

    OrganizationSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    OrganizationSettings find(UUID organizationId) {
        return dsl.select(ORGANIZATION.CURRENCY, ORGANIZATION.TIME_ZONE, ORGANIZATION.FORMAT_LOCALE, ORGANIZATION.VERSION)
                .from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(organizationId))
                .fetchSingle(r -> new OrganizationSettings(Currency.getInstance(r.value1()), ZoneId.of(r.value2()),
                        Locale.forLanguageTag(r.value3()), r.value4()));
    }

    /** Saves the settings if nobody changed the organization since {@code settings.version()} was read. */
    boolean update(UUID organizationId, OrganizationSettings settings) {
        return dsl.update(ORGANIZATION)
                .set(ORGANIZATION.CURRENCY, settings.currency().getCurrencyCode())
                .set(ORGANIZATION.TIME_ZONE, settings.timeZone().getId())
                .set(ORGANIZATION.FORMAT_LOCALE, settings.formatLocale().toLanguageTag())
                .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
                .where(ORGANIZATION.ID.eq(organizationId).and(ORGANIZATION.VERSION.eq(settings.version())))
                .execute() == 1;
    }
}
