package com.ascent.app.organization;

import static com.ascent.app.db.Tables.ORGANIZATION;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationSettingsRepository {

    private final DSLContext dsl;

    OrganizationSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    OrganizationSettings find(UUID organizationId) {
        return dsl.select(ORGANIZATION.CURRENCY, ORGANIZATION.TIME_ZONE, ORGANIZATION.FORMAT_LOCALE,
                        ORGANIZATION.WORKING_DAYS, ORGANIZATION.WORKING_DAY_START, ORGANIZATION.WORKING_DAY_END,
                        ORGANIZATION.DEFAULT_LANGUAGE, ORGANIZATION.WEEK_START, ORGANIZATION.PERFORMANCE_SCALE,
                        ORGANIZATION.POTENTIAL_SCALE, ORGANIZATION.FEEDBACK_ANONYMITY_THRESHOLD, ORGANIZATION.VERSION)
                .from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(organizationId))
                .fetchSingle(r -> new OrganizationSettings(Currency.getInstance(r.value1()), ZoneId.of(r.value2()),
                        Locale.forLanguageTag(r.value3()),
                        new WorkingWeek(Arrays.stream(r.value4()).map(day -> DayOfWeek.of(day)).collect(Collectors.toSet()),
                                r.value5(), r.value6()),
                        r.value7() == null ? null : Locale.forLanguageTag(r.value7()),
                        r.value8() == null ? null : DayOfWeek.of(r.value8()),
                        r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** Saves the settings if nobody changed the organization since {@code settings.version()} was read. */
    boolean update(UUID organizationId, OrganizationSettings settings) {
        return dsl.update(ORGANIZATION)
                .set(ORGANIZATION.CURRENCY, settings.currency().getCurrencyCode())
                .set(ORGANIZATION.TIME_ZONE, settings.timeZone().getId())
                .set(ORGANIZATION.FORMAT_LOCALE, settings.formatLocale().toLanguageTag())
                .set(ORGANIZATION.WORKING_DAYS, settings.workingWeek().days().stream().map(DayOfWeek::getValue).sorted()
                        .map(Integer::shortValue).toArray(Short[]::new))
                .set(ORGANIZATION.WORKING_DAY_START, settings.workingWeek().start())
                .set(ORGANIZATION.WORKING_DAY_END, settings.workingWeek().end())
                .set(ORGANIZATION.DEFAULT_LANGUAGE, settings.defaultLanguage() == null ? null
                        : settings.defaultLanguage().getLanguage())
                .set(ORGANIZATION.WEEK_START, settings.weekStart() == null ? null
                        : (short) settings.weekStart().getValue())
                .set(ORGANIZATION.PERFORMANCE_SCALE, (short) settings.performanceScale())
                .set(ORGANIZATION.POTENTIAL_SCALE, (short) settings.potentialScale())
                .set(ORGANIZATION.FEEDBACK_ANONYMITY_THRESHOLD, (short) settings.feedbackAnonymityThreshold())
                .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
                .where(ORGANIZATION.ID.eq(organizationId).and(ORGANIZATION.VERSION.eq(settings.version())))
                .execute() == 1;
    }
}
