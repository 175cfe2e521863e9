package com.ascent.plugin.api.roster;

import java.util.List;

/**
 * How one selection criterion contributed to a pair's score: the "why this pair" of one line.
 *
 * <p>The score of a pair is the weighted mean of its criteria's fit, on a scale of 0 to 100:
 * {@code 100 * sum(weight * fit) / sum(weight)}.
 *
 * @param criterion the criterion's key, e.g. {@code capabilities}, {@code seniority}, {@code function},
 *                  {@code location}, {@code language}, {@code availability}; a plugin may add keys of
 *                  its own
 * @param weight    the weight the program gave the criterion (0 to 10)
 * @param fit       how well the pair meets it, from 0 (not at all) to 1 (fully)
 * @param facts     the facts behind the fit, free of language so that any step can word them, e.g.
 *                  the two functions ({@code Finance}, {@code Marketing}) or the shared languages
 */
public record CriterionScore(String criterion, int weight, double fit, List<String> facts) {

    public CriterionScore {
        facts = List.copyOf(facts);
        if (weight < 0 || fit < 0 || fit > 1 || Double.isNaN(fit)) {
            throw new IllegalArgumentException("A criterion needs a weight >= 0 and a fit between 0 and 1");
        }
    }
}
