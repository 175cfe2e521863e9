package com.ascent.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the translations at build time: every text of the host and of the default plugins has a
 * Polish text, every text is an ICU MessageFormat pattern whose Polish text uses the same
 * arguments, and no call in the sources leaves a placeholder of its text unfilled.
 *
 * <p>The plugin examples and the test plugins are checked as patterns only: they are guides and
 * fixtures, not part of the product a Polish user sees.
 */
class TranslationsTest {

    /** The repository root; Surefire runs in the app module. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path HOST_SOURCES = ROOT.resolve("app/src/main/java");
    private static final Path HOST_BUNDLES = ROOT.resolve("app/src/main/resources/i18n");
    private static final Set<String> POLISH_PLURAL_FORMS = Set.of("one", "few", "many", "other");

    @Test
    void everyHostTextHasAPolishText() {
        assertThat(untranslated(hostBundles())).as("host texts without a Polish text").isEmpty();
    }

    @Test
    void everyPluginTextHasAPolishText() {
        assertThat(untranslated(pluginModules().stream().flatMap(m -> bundlesOf(m).stream()).toList()))
                .as("plugin texts without a Polish text").isEmpty();
    }

    @Test
    void everyTextIsAnIcuPatternAndItsPolishTextUsesTheSameArguments() {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = new ArrayList<>(hostBundles());
        Stream.of(pluginModules(), exampleModules()).flatMap(List::stream).forEach(m -> bundles.addAll(bundlesOf(m)));
        for (Path english : bundles) {
            Map<String, String> polish = Files.exists(polishOf(english)) ? load(polishOf(english)) : Map.of();
            load(english).forEach((key, text) -> {
                String where = ROOT.relativize(english) + " " + key;
                Set<Integer> arguments = arguments(text, where, problems);
                String polishText = polish.get(key);
                if (polishText != null) {
                    Set<Integer> polishArguments = arguments(polishText, where + " (pl)", problems);
                    if (!arguments.equals(polishArguments)) {
                        problems.add(where + ": English uses " + arguments + ", Polish uses " + polishArguments);
                    }
                    missingPolishPluralForms(polishText).forEach(m -> problems.add(where + " (pl): plural " + m));
                }
            });
        }
        assertThat(problems).as("texts that are no ICU pattern or whose Polish arguments differ").isEmpty();
    }

    @Test
    void everyCallFillsThePlaceholdersOfItsText() {
        List<String> problems = new ArrayList<>();
        checkCalls(HOST_SOURCES, texts(hostBundles()), problems);
        for (Path module : pluginModules()) {
            checkCalls(module.resolve("src/main/java"), texts(bundlesOf(module)), problems);
        }
        assertThat(problems).as("translation calls that leave a placeholder unfilled or name no text").isEmpty();
    }

    @Test
    void theSourceScanFindsTheCallsItChecks() {
        List<Call> calls = calls(HOST_SOURCES);
        assertThat(calls).as("calls found in the host").hasSizeGreaterThan(300);
        assertThat(calls).filteredOn(c -> c.key().equals("people.import.ready")).singleElement()
                .extracting(Call::arguments).isEqualTo(3);
        assertThat(calls).filteredOn(c -> c.key().equals("calendar.ics.personCalendar")).singleElement()
                .extracting(Call::arguments).as("the locale is not an argument").isEqualTo(1);
    }

    @Test
    void aCallMissingAnArgumentOrNamingNoTextIsFound(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("View.java"), """
                class View {
                    void show() {
                        add(new Span(getTranslation("people.import.ready", check.rows(), check.newPeople())));
                        add(new Span(messages.get("people.count", count)));
                        add(new Span(getTranslation("people.nowhere")));
                        add(new Span(getTranslation("people.rating." + rating)));
                    }
                }
                """);
        List<String> problems = new ArrayList<>();

        checkCalls(sources, texts(hostBundles()), problems);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("people.import.ready", "needs {2}", "passes 2");
        assertThat(problems.get(1)).contains("people.nowhere", "no text has this key");
    }

    // --- bundles ---

    private static List<Path> hostBundles() {
        return list(HOST_BUNDLES, p -> !p.getFileName().toString().contains("_"));
    }

    /** The default plugins and the plugin template: what a Polish user or a plugin author starts from. */
    private static List<Path> pluginModules() {
        List<Path> modules = new ArrayList<>(list(ROOT.resolve("plugins"), p -> Files.isDirectory(p.resolve("src/main"))));
        modules.add(ROOT.resolve("plugin-template"));
        return modules;
    }

    private static List<Path> exampleModules() {
        return Stream.of("plugin-examples", "test-plugins")
                .flatMap(folder -> list(ROOT.resolve(folder), p -> Files.isDirectory(p.resolve("src/main"))).stream())
                .toList();
    }

    private static List<Path> bundlesOf(Path module) {
        try (Stream<Path> files = Files.walk(module.resolve("src/main/resources"))) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path polishOf(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", "_pl.properties"));
    }

    private static List<String> untranslated(List<Path> bundles) {
        List<String> problems = new ArrayList<>();
        for (Path english : bundles) {
            Path polishFile = polishOf(english);
            if (!Files.exists(polishFile)) {
                problems.add(ROOT.relativize(polishFile) + " is missing");
                continue;
            }
            Map<String, String> polish = load(polishFile);
            Map<String, String> texts = load(english);
            texts.keySet().stream().filter(key -> polish.getOrDefault(key, "").isBlank() && !texts.get(key).isBlank())
                    .forEach(key -> problems.add(ROOT.relativize(polishFile) + ": " + key));
            polish.keySet().stream().filter(key -> !texts.containsKey(key))
                    .forEach(key -> problems.add(ROOT.relativize(polishFile) + ": " + key + " is not an English key"));
        }
        return problems;
    }

    private static Map<String, String> texts(List<Path> bundles) {
        Map<String, String> texts = new LinkedHashMap<>();
        bundles.forEach(b -> texts.putAll(load(b)));
        return texts;
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- patterns ---

    /** The argument numbers of an ICU pattern, also inside plural forms; a problem when it is none. */
    private static Set<Integer> arguments(String text, String where, List<String> problems) {
        Set<Integer> numbers = new TreeSet<>();
        try {
            MessagePattern pattern = new MessagePattern(text);
            for (int i = 0; i < pattern.countParts(); i++) {
                Part part = pattern.getPart(i);
                if (part.getType() == Part.Type.ARG_NUMBER) {
                    numbers.add(part.getValue());
                } else if (part.getType() == Part.Type.ARG_NAME) {
                    problems.add(where + ": named argument {" + pattern.getSubstring(part) + "}; use numbers");
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + ": not an ICU pattern: " + e.getMessage());
        }
        return numbers;
    }

    /** Polish plural arguments need the forms one (1), few (2-4), many (5, 11-14) and other (fractions). */
    private static List<String> missingPolishPluralForms(String text) {
        List<String> problems = new ArrayList<>();
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            return problems;
        }
        for (int i = 0; i < pattern.countParts(); i++) {
            Part part = pattern.getPart(i);
            if (part.getType() == Part.Type.ARG_START && part.getArgType() == ArgType.PLURAL) {
                Set<String> forms = new HashSet<>();
                for (int j = i + 1; j < pattern.getLimitPartIndex(i); j++) {
                    Part inner = pattern.getPart(j);
                    if (inner.getType() == Part.Type.ARG_SELECTOR) {
                        forms.add(pattern.getSubstring(inner));
                    } else if (inner.getType() == Part.Type.MSG_START) {
                        j = pattern.getLimitPartIndex(j);
                    }
                }
                if (!forms.containsAll(POLISH_PLURAL_FORMS)) {
                    problems.add("has " + new TreeSet<>(forms) + ", needs " + new TreeSet<>(POLISH_PLURAL_FORMS));
                }
            }
        }
        return problems;
    }

    private static int highestArgument(String text) {
        return arguments(text, "", new ArrayList<>()).stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    // --- calls ---

    /** A translation call with a literal key and how many arguments it passes for the text. */
    record Call(Path file, int line, String key, int arguments) {
    }

    /**
     * The call shapes of the sources: a view's {@code getTranslation("key", args...)}, the
     * provider's {@code i18n.getTranslation("key", locale, args...)}, a plugin's
     * {@code messages.get("key", args...)} or {@code context.messages().get(...)}, a report's
     * {@code t.get("key", args...)} and the host's {@code text("key", args...)}. A call passing an
     * array of arguments it did not build itself ({@code list.toArray()}) is skipped.
     */
    private static final Pattern CALL = Pattern.compile(
            "(?<receiver>[A-Za-z_][A-Za-z0-9_]*(?:\\(\\))?\\s*\\.\\s*)?\\b(?<method>getTranslation|get|text)\\(\\s*\"(?<key>[^\"]+)\"");
    private static final Set<String> TRANSLATORS = Set.of("messages", "messages()", "t", "translator");

    private static List<Call> calls(Path sources) {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = CALL.matcher(code);
                while (m.find()) {
                    String receiver = m.group("receiver") == null ? "" : m.group("receiver").replaceAll("[\\s.]", "");
                    String method = m.group("method");
                    boolean translation = switch (method) {
                        case "getTranslation" -> true;
                        case "get" -> TRANSLATORS.contains(receiver);
                        default -> receiver.isEmpty();
                    };
                    if (!translation || code.substring(m.end()).stripLeading().startsWith("+")) {
                        continue;
                    }
                    List<String> arguments = argumentsAfter(code, m.end());
                    if (method.equals("getTranslation") && receiver.startsWith("i18n") && !arguments.isEmpty()) {
                        arguments = arguments.subList(1, arguments.size());
                    }
                    if (arguments.size() == 1 && arguments.getFirst().endsWith(".toArray()")) {
                        continue;
                    }
                    int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    calls.add(new Call(file, line, m.group("key"), arguments.size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return calls;
    }

    private static void checkCalls(Path sources, Map<String, String> texts, List<String> problems) {
        for (Call call : calls(sources)) {
            String where = ROOT.relativize(call.file()) + ":" + call.line() + " " + call.key();
            String text = texts.get(call.key());
            if (text == null) {
                problems.add(where + ": no text has this key");
            } else if (highestArgument(text) >= call.arguments()) {
                problems.add(where + ": the text needs {" + highestArgument(text) + "}, the call passes "
                        + call.arguments() + " argument(s)");
            }
        }
    }

    /** The arguments after the key, up to the call's closing parenthesis: top-level commas only. */
    private static List<String> argumentsAfter(String code, int afterKey) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder current = null;
        for (int i = afterKey; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (current != null) {
                    current.append(code, i, end + 1);
                }
                i = end;
                continue;
            }
            if (depth == 0 && (c == ',' || c == ')')) {
                if (current != null) {
                    arguments.add(current.toString().strip());
                }
                if (c == ')') {
                    return arguments;
                }
                current = new StringBuilder();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (current != null) {
                current.append(c);
            }
        }
        throw new IllegalStateException("unclosed call");
    }
}
