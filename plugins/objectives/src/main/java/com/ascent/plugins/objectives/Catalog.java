package com.ascent.plugins.objectives;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.NewObjective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ascent's starter library of leadership capabilities and its objective templates, read from
 * {@code templates.properties} (structure) and the step's messages (words, in the user's language).
 */
final class Catalog {

    private static final Properties STRUCTURE = load();

    private Catalog() {
    }

    /** A template: objectives that start a program, each developing a starter capability. */
    record Template(String id, List<TemplateObjective> objectives) {

        String name(Translator messages) {
            return messages.get("template." + id + ".name");
        }

        String description(Translator messages) {
            return messages.get("template." + id + ".description");
        }
    }

    /** One objective of a template; {@code key} is its message key prefix. */
    record TemplateObjective(String key, String capability, Priority priority, List<TemplateIndicator> indicators) {

        String title(Translator messages) {
            return messages.get(key + ".title");
        }
    }

    /** One success indicator of a template objective; {@code key} is its message key prefix. */
    record TemplateIndicator(String key, MeasurementSource source, String unit, String when, BigDecimal target) {
    }

    /** The ids of the starter library's capabilities, in the order they are offered. */
    static List<String> starterCapabilityIds() {
        return list("starter-library");
    }

    /** A starter capability in the user's language. */
    static CapabilityDraft starterCapability(String id, Translator messages) {
        String prefix = "capability." + id;
        return new CapabilityDraft(messages.get(prefix + ".name"), messages.get(prefix + ".description"),
                messages.get(prefix + ".behaviours").lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
    }

    /**
     * The starter capabilities among {@code ids} that {@code library} lacks, by name in the user's
     * language, ignoring case.
     */
    static List<CapabilityDraft> missingStarterCapabilities(List<String> ids, List<Capability> library,
                                                           Translator messages) {
        Set<String> present = library.stream().map(c -> nameKey(c.name())).collect(Collectors.toSet());
        return ids.stream().distinct().map(id -> starterCapability(id, messages))
                .filter(draft -> !present.contains(nameKey(draft.name()))).toList();
    }

    /** How capability names and objective titles are compared: trimmed, ignoring case. */
    static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static List<Template> templates() {
        return list("templates").stream().map(Catalog::template).toList();
    }

    /**
     * The template's objectives ready to add, in the user's language; each is linked to the
     * capability {@code capabilityIds} gives for its starter capability id, and to no strategy
     * statement (those belong to the organization, so HR aligns them).
     */
    static List<NewObjective> objectives(Template template, Translator messages, Function<String, UUID> capabilityIds) {
        return template.objectives().stream().map(objective -> new NewObjective(
                new ObjectiveDraft(objective.title(messages), messages.get(objective.key() + ".description"),
                        capabilityIds.apply(objective.capability()), objective.priority(), List.<Alignment>of()),
                objective.indicators().stream().map(indicator -> new IndicatorDraft(
                        messages.get(indicator.key() + ".name"), messages.get("unit." + indicator.unit()),
                        indicator.source(), null, indicator.target(), messages.get("when." + indicator.when())))
                        .toList()))
                .toList();
    }

    private static Template template(String id) {
        return new Template(id, list(id + ".objectives").stream().map(objective -> {
            String path = id + "." + objective;
            return new TemplateObjective("template." + path, required(path + ".capability"),
                    Priority.valueOf(required(path + ".priority")),
                    list(path + ".indicators").stream().map(indicator -> indicator(path, indicator)).toList());
        }).toList());
    }

    private static TemplateIndicator indicator(String objectivePath, String indicator) {
        String path = objectivePath + "." + indicator;
        String[] parts = required(path).split(";");
        if (parts.length != 4) {
            throw new IllegalStateException(path + " needs source;unit;when;target in templates.properties");
        }
        return new TemplateIndicator("template." + path, MeasurementSource.valueOf(parts[0].trim()), parts[1].trim(),
                parts[2].trim(), new BigDecimal(parts[3].trim()));
    }

    private static List<String> list(String key) {
        return Arrays.stream(required(key).split(",")).map(String::trim).toList();
    }

    private static String required(String key) {
        String value = STRUCTURE.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("templates.properties has no " + key);
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = Catalog.class.getResourceAsStream("templates.properties")) {
            if (in == null) {
                throw new IllegalStateException("templates.properties is missing from the objectives plugin");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
