package com.ascent.app.plans;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Ascent's starter set of activity templates, copied into an organization's library the first time
 * it is used. The texts live in {@code i18n/plans.properties} ({@code plans.starter.<name>.*}); the
 * capability names they develop are matched to gaps ignoring case.
 */
@Component
class StarterTemplates {

    /** The starter templates by name (the key in the bundle) and kind, balanced across 70-20-10. */
    private static final List<Starter> STARTERS = List.of(
            new Starter("smallChange", ActivityKind.SMALL_CHANGE_PROJECT),
            new Starter("changeStretch", ActivityKind.STRETCH_ASSIGNMENT),
            new Starter("crossFunctional", ActivityKind.CROSS_FUNCTIONAL_PROJECT),
            new Starter("strategyStretch", ActivityKind.STRETCH_ASSIGNMENT),
            new Starter("stakeholderProject", ActivityKind.CROSS_FUNCTIONAL_PROJECT),
            new Starter("shadowChangeLeader", ActivityKind.SHADOWING_SENIOR_LEADER),
            new Starter("shadowExecutive", ActivityKind.SHADOWING_SENIOR_LEADER),
            new Starter("mentoring", ActivityKind.MENTORING),
            new Starter("coaching", ActivityKind.COACHING),
            new Starter("changeWorkshop", ActivityKind.WORKSHOP),
            new Starter("influenceWorkshop", ActivityKind.WORKSHOP),
            new Starter("strategyCourse", ActivityKind.COURSE),
            new Starter("decisionCourse", ActivityKind.COURSE));

    private record Starter(String name, ActivityKind kind) {
    }

    private final AscentI18NProvider i18n;
    private final OrganizationSettingsService organization;

    StarterTemplates(AscentI18NProvider i18n, OrganizationSettingsService organization) {
        this.i18n = i18n;
        this.organization = organization;
    }

    /**
     * The starter set in the organization's language: that of its format locale when Ascent speaks it
     * (a Polish organization's library starts in Polish), else Ascent's first language.
     */
    List<ActivityTemplateDraft> drafts() {
        String language = organization.current().formatLocale().getLanguage();
        Locale locale = AscentI18NProvider.LOCALES.stream().filter(l -> l.getLanguage().equals(language)).findFirst()
                .orElse(AscentI18NProvider.LOCALES.getFirst());
        return STARTERS.stream().map(s -> {
            String prefix = "plans.starter." + s.name() + ".";
            String capabilities = i18n.getTranslation(prefix + "capabilities", locale);
            return new ActivityTemplateDraft(s.kind(), i18n.getTranslation(prefix + "title", locale),
                    i18n.getTranslation(prefix + "description", locale),
                    capabilities.isBlank() ? List.of() : Arrays.stream(capabilities.split(";")).map(String::strip).toList());
        }).toList();
    }
}
