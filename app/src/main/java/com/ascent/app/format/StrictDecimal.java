package com.ascent.app.format;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a decimal number exactly as a locale writes it, or not at all. The integer part is either
 * plain digits or grouped in threes with one grouping separator used consistently (the locale's, or a
 * space, no-break space or narrow no-break space, which no locale reads otherwise); the fraction
 * follows the locale's decimal separator. So in English "29,500" is 29500 while "1,5" and "1500,50"
 * match neither rule and are refused; in German "1.500,50" is 1500.50; in Polish "1.500,50" is refused.
 */
final class StrictDecimal {

    private static final String SPACES = " \u00A0\u202F";

    private final Pattern pattern;
    private final char decimalSeparator;
    private final String groupingSeparators;

    StrictDecimal(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimalSeparator = symbols.getDecimalSeparator();
        Set<Character> grouping = new LinkedHashSet<>();
        grouping.add(symbols.getGroupingSeparator());
        if (symbols.getGroupingSeparator() == '\u2019') {
            grouping.add('\''); // Swiss grouping as keyboards type it
        }
        SPACES.chars().forEach(c -> grouping.add((char) c));
        grouping.remove(decimalSeparator);
        this.groupingSeparators = grouping.stream().map(String::valueOf).collect(Collectors.joining());
        String groupClass = grouping.stream().map(c -> Pattern.quote(String.valueOf(c))).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("([-+\u2212]?)(\\d+|\\d{1,3}(" + groupClass + ")\\d{3}(?:\\3\\d{3})*)?"
                + "(?:" + Pattern.quote(String.valueOf(decimalSeparator)) + "(\\d+))?");
    }

    /** The number in {@code text}, or empty when it is not written as the locale writes numbers. */
    Optional<BigDecimal> read(String text) {
        Matcher matcher = pattern.matcher(text.strip());
        if (!matcher.matches() || (matcher.group(2) == null && matcher.group(4) == null)) {
            return Optional.empty();
        }
        String integer = matcher.group(2) == null ? "0" : withoutGrouping(matcher.group(2));
        String fraction = matcher.group(4) == null ? "" : "." + matcher.group(4);
        String sign = matcher.group(1).isEmpty() || matcher.group(1).equals("+") ? "" : "-";
        return Optional.of(new BigDecimal(sign + integer + fraction));
    }

    private String withoutGrouping(String grouped) {
        StringBuilder digits = new StringBuilder(grouped.length());
        grouped.chars().filter(c -> groupingSeparators.indexOf(c) < 0).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
