package com.ascent.app.text;

import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.TextLimits;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for text that people type or import into Ascent. Every value is cleaned:
 * <ul>
 *   <li>Unicode NFC, so "Zażółć" typed on a Mac (letters with combining marks) equals the one
 *       typed on Windows and is found by a search;</li>
 *   <li>control characters and stray byte order marks (U+FEFF) removed; in one-line values
 *       (names, titles) line breaks and tabs become spaces, so a name cannot add lines to a
 *       calendar file or a CSV row;</li>
 *   <li>bidirectional formatting characters removed (embeddings and overrides U+202A-U+202E,
 *       isolates U+2066-U+2069, the marks U+200E, U+200F, U+061C): Ascent's languages are written
 *       left to right, and these invisible characters only serve to show a name or a file name
 *       reversed ("Trojan Source" spoofing);</li>
 *   <li>leading and trailing white space stripped.</li>
 * </ul>
 * Then its length is checked against {@link TextLimits} (200 characters for names, titles and
 * other one-line values, 5,000 for descriptions, notes and reasons; the reasons are given there),
 * and a value that is too long is refused, never cut.
 * Lengths are counted in UTF-16 units, as browsers count a field's {@code maxlength}.
 */
public final class InputText {

    private static final Set<Integer> BIDI_FORMATTING = Set.of(0x061C, 0x200E, 0x200F,
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069);

    private InputText() {
    }

    /** A one-line value cleaned: line breaks and tabs become spaces; see the class description. */
    public static String line(String value) {
        return clean(value, false);
    }

    /** A text of several lines cleaned: line breaks ({@code \n}) and tabs kept; see the class description. */
    public static String paragraphs(String value) {
        return clean(value, true);
    }

    /**
     * A name, title or other one-line value, cleaned and checked.
     *
     * @param field the record component the value is for, named by the exception
     * @throws InvalidInputException when it is longer than {@link TextLimits#NAME_MAX_LENGTH}
     */
    public static String name(String field, String value) {
        return checked(field, line(value), TextLimits.NAME_MAX_LENGTH, "text.error.nameTooLong");
    }

    /**
     * A description, note or reason, cleaned and checked.
     *
     * @param field the record component the value is for, named by the exception
     * @throws InvalidInputException when it is longer than {@link TextLimits#TEXT_MAX_LENGTH}
     */
    public static String text(String field, String value) {
        return checked(field, paragraphs(value), TextLimits.TEXT_MAX_LENGTH, "text.error.textTooLong");
    }

    /**
     * {@code record} with every text cleaned and checked: each {@code String} component, each
     * element of a {@code List<String>} component, and so on in nested records. The components
     * named in {@code texts} are descriptions, notes or reasons ({@link #text}); all others are
     * one-line values ({@link #name}). A {@code null} stays {@code null}.
     *
     * @throws InvalidInputException naming the component whose value is too long
     */
    public static <R extends Record> R clean(R record, String... texts) {
        return cleanRecord(record, Set.of(texts));
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R cleanRecord(R record, Set<String> texts) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                component.getAccessor().setAccessible(true);
                values[i] = cleanValue(component.getName(), component.getAccessor().invoke(record), texts);
            }
            Constructor<R> constructor = (Constructor<R>) record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + record.getClass().getName(), e);
        }
    }

    private static @Nullable Object cleanValue(String field, @Nullable Object value, Set<String> texts) {
        return switch (value) {
            case null -> null;
            case String text -> texts.contains(field) ? text(field, text) : name(field, text);
            case Record nested -> cleanRecord(nested, texts);
            case List<?> list -> list.stream().map(element -> cleanValue(field, element, texts)).toList();
            default -> value;
        };
    }

    private static String checked(String field, String value, int maxLength, String messageKey) {
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, messageKey);
        }
        return value;
    }

    private static String clean(String value, boolean multiline) {
        String text = Normalizer.normalize(value.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                clean.append(multiline ? '\n' : ' ');
            } else if (c == '\t') {
                clean.append(multiline ? '\t' : ' ');
            } else if (!Character.isISOControl(c) && !BIDI_FORMATTING.contains(c) && c != 0xFEFF) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString().strip();
    }
}
