package com.ascent.app.plugin;

import static com.ascent.app.db.Tables.PLUGIN_SETTING;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The values organizations set for the settings their steps declare. */
@Repository
class PluginSettingsRepository {

    private final DSLContext dsl;

    PluginSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, List<String>> find(UUID organizationId, String stepId) {
        return dsl.select(PLUGIN_SETTING.SETTING_KEY, PLUGIN_SETTING.SETTING_VALUES).from(PLUGIN_SETTING)
                .where(PLUGIN_SETTING.ORGANIZATION_ID.eq(organizationId)).and(PLUGIN_SETTING.STEP_ID.eq(stepId))
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> Arrays.asList(r.value2())));
    }

    void put(UUID organizationId, String stepId, String key, List<String> values) {
        String[] stored = values.toArray(String[]::new);
        dsl.insertInto(PLUGIN_SETTING)
                .set(PLUGIN_SETTING.ORGANIZATION_ID, organizationId)
                .set(PLUGIN_SETTING.STEP_ID, stepId)
                .set(PLUGIN_SETTING.SETTING_KEY, key)
                .set(PLUGIN_SETTING.SETTING_VALUES, stored)
                .onConflict(PLUGIN_SETTING.ORGANIZATION_ID, PLUGIN_SETTING.STEP_ID, PLUGIN_SETTING.SETTING_KEY)
                .doUpdate()
                .set(PLUGIN_SETTING.SETTING_VALUES, stored)
                .set(PLUGIN_SETTING.UPDATED_AT, OffsetDateTime.now())
                .set(PLUGIN_SETTING.VERSION, PLUGIN_SETTING.VERSION.plus(1))
                .where(PLUGIN_SETTING.SETTING_VALUES.ne(stored))
                .execute();
    }

    void remove(UUID organizationId, String stepId, String key) {
        dsl.deleteFrom(PLUGIN_SETTING).where(PLUGIN_SETTING.ORGANIZATION_ID.eq(organizationId))
                .and(PLUGIN_SETTING.STEP_ID.eq(stepId)).and(PLUGIN_SETTING.SETTING_KEY.eq(key)).execute();
    }
}
