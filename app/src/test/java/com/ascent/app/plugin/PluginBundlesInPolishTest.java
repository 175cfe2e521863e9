package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every plugin of the source tree (the six default steps, the template and the examples) speaks
 * Polish: beside each {@code messages.properties} lies a UTF-8 {@code messages_pl.properties} with a
 * text for every key, and each text uses the same arguments as its English one, so that a call
 * fills both alike. Reads the bundles from the source tree, as a plugin author's build would.
 */
class PluginBundlesInPolishTest {

    private static final Path SOURCE_TREE = Path.of("..");
    private static final List<String> PLUGIN_FOLDERS = List.of("plugins", "plugin-template", "plugin-examples");
    /** An argument of an ICU pattern: {0}, {1, plural, ...}, {2, select, ...}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    @TestFactory
    Stream<DynamicTest> everyKeyHasAPolishTextWithTheSameArguments() throws IOException {
        List<Path> english = englishBundles();
        assertThat(english).as("plugin bundles in the source tree").hasSizeGreaterThanOrEqualTo(9);
        return english.stream().map(bundle -> DynamicTest.dynamicTest(SOURCE_TREE.relativize(bundle).toString(), () -> {
            Path polish = bundle.resolveSibling("messages_pl.properties");
            assertThat(polish).as("Polish bundle beside " + bundle).exists();
            Properties en = load(bundle);
            Properties pl = load(polish);
            assertThat(pl.stringPropertyNames()).as("keys of " + polish)
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(arguments(pl.getProperty(key))).as("arguments of " + key + " in " + polish)
                        .isEqualTo(arguments(en.getProperty(key)));
            }
        }));
    }

    private static List<Path> englishBundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (String folder : PLUGIN_FOLDERS) {
            try (Stream<Path> files = Files.walk(SOURCE_TREE.resolve(folder))) {
                files.filter(f -> f.getFileName().toString().equals("messages.properties"))
                        .filter(f -> f.toString().contains("src" + f.getFileSystem().getSeparator() + "main"))
                        .sorted().forEach(bundles::add);
            }
        }
        return bundles;
    }

    /** The bundle as Java reads it, refusing bytes that are not UTF-8 (Java would read those as ISO-8859-1). */
    private static Properties load(Path bundle) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(bundle))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + " is not UTF-8", e);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> numbers = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            numbers.add(argument.group(1));
        }
        return numbers;
    }
}
