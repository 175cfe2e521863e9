package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Scores every HiPo against every guide under a program's criteria, and says which pairs the hard
 * rules exclude.
 *
 * <p>Each criterion yields a fit from 0 to 1; a pair's score is the weighted mean of the fits,
 * {@code 100 * sum(weight * fit) / sum(weight)}, kept as whole points of 1/100
 * ({@value #FULL_SCORE} is a perfect pair) so that the matcher adds exact integers. What cannot be
 * judged (an external guide's level, a member without languages) counts as a half fit.
 *
 * <p>The profiles are indexed once (functions, locations, languages and capabilities as numbers
 * and bit sets; reporting lines as numbers), so that scoring millions of pairs stays quick.
 */
public final class ScoringModel {

    /** The points of a perfect pair: a score of 100. */
    public static final int FULL_SCORE = 10_000;

    private static final double HALF = 0.5;
    private static final int UNKNOWN = -1;
    private static final int NO_LEVEL = Integer.MIN_VALUE;
    private static final int AVAILABILITY_LEVELS = 3;
    private static final int[] NONE = new int[0];

    /** Why the hard rules exclude a pair, if they do. */
    public enum Exclusion {
        /** The pair is allowed. */
        NONE,
        /** The guide manages the HiPo (directly or higher up) or reports to the HiPo. */
        REPORTING_LINE,
        /** The program's function rule ({@code MUST_DIFFER} or {@code MUST_BE_SAME}) forbids it. */
        FUNCTION_RULE
    }

    private final MatchingCriteria criteria;
    private final List<Profile> hipos;
    private final List<Profile> guides;
    private final int totalWeight;
    private final boolean prefersSameFunction;

    private final Dictionary functions = new Dictionary();
    private final Dictionary locations = new Dictionary();
    private final Dictionary languages = new Dictionary();
    private final Dictionary capabilities = new Dictionary();
    private final Dictionary people = new Dictionary();
    private final Side hipoSide;
    private final Side guideSide;
    private final long[][] hipoNeeds;
    private final int[] hipoNeedCount;
    /** The distinct guide levels (the unknown level last) and each guide's slot in that list. */
    private final int[] levelSlots;
    private final int[] guideLevelSlot;
    private final boolean[] guideSpeaks;
    /** Guides by their person, and guides by each manager in their reporting line. */
    private final Map<Integer, int[]> guidesByPerson;
    private final Map<Integer, int[]> guidesReportingTo;
    private final boolean[] inLine;

    /** The indexed profiles of one side. */
    private record Side(int[] function, int[] level, int[] location, long[][] languages, long[][] capabilities,
                        int[] availability, int[] person, int[][] reportingLine) {
    }

    /**
     * @param criteria               the program's criteria for this kind of pair
     * @param objectiveCapabilities  capabilities the program's objectives develop; every HiPo's
     *                               needs include them
     * @param hipos                  the HiPos to score
     * @param guides                 the guides to score them against
     */
    public ScoringModel(MatchingCriteria criteria, Collection<String> objectiveCapabilities, List<Profile> hipos,
                        List<Profile> guides) {
        this.criteria = criteria;
        this.hipos = List.copyOf(hipos);
        this.guides = List.copyOf(guides);
        this.totalWeight = criteria.weights().total();
        if (totalWeight <= 0) {
            throw new IllegalArgumentException("At least one criterion needs a weight");
        }
        this.prefersSameFunction = criteria.functionRule() == FunctionRule.PREFER_SAME
                || criteria.functionRule() == FunctionRule.MUST_BE_SAME;
        for (Profile p : concat(hipos, guides)) {
            functions.add(p.function());
            locations.add(p.location());
            p.languages().forEach(languages::add);
            p.capabilities().forEach(capabilities::add);
            people.add(p.personId() == null ? null : p.personId().toString());
            p.reportingLine().forEach(id -> people.add(id.toString()));
        }
        objectiveCapabilities.forEach(capabilities::add);
        this.hipoSide = index(this.hipos);
        this.guideSide = index(this.guides);
        long[] objectives = capabilities.bits(objectiveCapabilities);
        this.hipoNeeds = new long[this.hipos.size()][];
        this.hipoNeedCount = new int[this.hipos.size()];
        for (int h = 0; h < hipoNeeds.length; h++) {
            long[] needs = hipoSide.capabilities()[h].clone();
            for (int w = 0; w < needs.length; w++) {
                needs[w] |= objectives[w];
            }
            hipoNeeds[h] = needs;
            hipoNeedCount[h] = Dictionary.count(needs);
        }
        int guideTotal = this.guides.size();
        this.levelSlots = IntStream.concat(Arrays.stream(guideSide.level()).filter(l -> l != NO_LEVEL).distinct().sorted(),
                IntStream.of(NO_LEVEL)).toArray();
        this.guideLevelSlot = new int[guideTotal];
        this.guideSpeaks = new boolean[guideTotal];
        Map<Integer, List<Integer>> byPerson = new HashMap<>();
        Map<Integer, List<Integer>> reportingTo = new HashMap<>();
        for (int g = 0; g < guideTotal; g++) {
            int level = guideSide.level()[g];
            guideLevelSlot[g] = level == NO_LEVEL ? levelSlots.length - 1 : Arrays.binarySearch(levelSlots, 0,
                    levelSlots.length - 1, level);
            guideSpeaks[g] = !Dictionary.isEmpty(guideSide.languages()[g]);
            if (guideSide.person()[g] != UNKNOWN) {
                byPerson.computeIfAbsent(guideSide.person()[g], k -> new ArrayList<>()).add(g);
            }
            for (int manager : guideSide.reportingLine()[g]) {
                reportingTo.computeIfAbsent(manager, k -> new ArrayList<>()).add(g);
            }
        }
        this.guidesByPerson = toArrays(byPerson);
        this.guidesReportingTo = toArrays(reportingTo);
        this.inLine = new boolean[guideTotal];
    }

    private static Map<Integer, int[]> toArrays(Map<Integer, List<Integer>> lists) {
        Map<Integer, int[]> arrays = new HashMap<>();
        lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    public int hipoCount() {
        return hipos.size();
    }

    public int guideCount() {
        return guides.size();
    }

    public Profile hipo(int h) {
        return hipos.get(h);
    }

    public Profile guide(int g) {
        return guides.get(g);
    }

    public MatchingCriteria criteria() {
        return criteria;
    }

    /** Whether a hard rule forbids pairing HiPo {@code h} with guide {@code g}. Capacity is the caller's. */
    public Exclusion exclusion(int h, int g) {
        int guidePerson = guideSide.person()[g];
        if (guidePerson != UNKNOWN && (contains(hipoSide.reportingLine()[h], guidePerson)
                || contains(guideSide.reportingLine()[g], hipoSide.person()[h]))) {
            return Exclusion.REPORTING_LINE;
        }
        FunctionRule rule = criteria.functionRule();
        if ((rule == FunctionRule.MUST_DIFFER && sameFunction(h, g))
                || (rule == FunctionRule.MUST_BE_SAME && !sameFunction(h, g))) {
            return Exclusion.FUNCTION_RULE;
        }
        return Exclusion.NONE;
    }

    /**
     * The pair's score in points (0 to {@value #FULL_SCORE}): the weighted fits added up in the
     * order of {@link Criterion}. {@link #scoreRow} adds the very same terms in the same order.
     */
    public int points(int h, int g) {
        double sum = 0;
        for (Criterion criterion : Criterion.values()) {
            sum += criterion.weightIn(criteria.weights()) * fit(criterion, h, g);
        }
        return toPoints(sum);
    }

    /** The score as shown and stored: points / 100, two decimals. */
    public static BigDecimal score(int points) {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY);
    }

    /** How well the pair meets one criterion, from 0 to 1. */
    public double fit(Criterion criterion, int h, int g) {
        return switch (criterion) {
            case CAPABILITIES -> capabilityFit(Dictionary.count(hipoNeeds[h], guideSide.capabilities()[g]),
                    hipoNeedCount[h]);
            case SENIORITY -> seniorityFit(hipoSide.level()[h], guideSide.level()[g]);
            case FUNCTION -> functionFit(sameFunction(h, g));
            case LOCATION -> locationFit(hipoSide.location()[h] != UNKNOWN, guideSide.location()[g] != UNKNOWN,
                    hipoSide.location()[h] == guideSide.location()[g]);
            case LANGUAGE -> languageFit(!Dictionary.isEmpty(hipoSide.languages()[h]),
                    !Dictionary.isEmpty(guideSide.languages()[g]),
                    Dictionary.count(hipoSide.languages()[h], guideSide.languages()[g]) > 0);
            case AVAILABILITY -> availabilityFit(hipoSide.availability()[h], guideSide.availability()[g]);
        };
    }

    /**
     * Scores HiPo {@code h} against every guide that has places left and that the hard rules allow,
     * much faster than {@link #points} pair by pair: what depends on the HiPo alone is worked out
     * once, per-guide terms come from small tables.
     *
     * @param places  places left per guide; guides with none are skipped
     * @param guides  receives the allowed guides, in guide order
     * @param points  receives their points, as {@link #points} would give them
     * @return how many guides were written
     */
    public int scoreRow(int h, int[] places, int[] guides, int[] points) {
        CriteriaWeights w = criteria.weights();
        int needCount = hipoNeedCount[h];
        double[] capability = new double[needCount + 1];
        for (int k = 0; k <= needCount; k++) {
            capability[k] = w.capabilities() * capabilityFit(k, needCount);
        }
        double[] seniority = new double[levelSlots.length];
        for (int slot = 0; slot < levelSlots.length; slot++) {
            seniority[slot] = w.seniority() * seniorityFit(hipoSide.level()[h], levelSlots[slot]);
        }
        double functionSame = w.function() * functionFit(true);
        double functionOther = w.function() * functionFit(false);
        int hipoLocation = hipoSide.location()[h];
        boolean hipoLocated = hipoLocation != UNKNOWN;
        double locationUnknown = w.location() * locationFit(hipoLocated, false, false);
        double locationSame = w.location() * locationFit(hipoLocated, true, true);
        double locationOther = w.location() * locationFit(hipoLocated, true, false);
        long[] hipoLanguages = hipoSide.languages()[h];
        boolean hipoSpeaks = !Dictionary.isEmpty(hipoLanguages);
        double languageUnknown = w.language() * languageFit(hipoSpeaks, false, false);
        double languageShared = w.language() * languageFit(hipoSpeaks, true, true);
        double languageNone = w.language() * languageFit(hipoSpeaks, true, false);
        double[] availability = new double[AVAILABILITY_LEVELS];
        for (int a = 0; a < AVAILABILITY_LEVELS; a++) {
            availability[a] = w.availability() * availabilityFit(hipoSide.availability()[h], a);
        }
        markReportingLine(h, true);
        int hipoFunction = hipoSide.function()[h];
        FunctionRule rule = criteria.functionRule();
        long[] needs = hipoNeeds[h];
        int[] guideFunction = guideSide.function();
        int[] guideLocation = guideSide.location();
        int[] guideAvailability = guideSide.availability();
        long[][] guideCapabilities = guideSide.capabilities();
        long[][] guideLanguages = guideSide.languages();
        int count = 0;
        for (int g = 0; g < guideCount(); g++) {
            boolean same = guideFunction[g] != UNKNOWN && guideFunction[g] == hipoFunction;
            if (places[g] <= 0 || inLine[g] || (rule == FunctionRule.MUST_DIFFER && same)
                    || (rule == FunctionRule.MUST_BE_SAME && !same)) {
                continue;
            }
            double sum = 0;
            sum += capability[Dictionary.count(needs, guideCapabilities[g])];
            sum += seniority[guideLevelSlot[g]];
            sum += same ? functionSame : functionOther;
            sum += guideLocation[g] == UNKNOWN ? locationUnknown
                    : guideLocation[g] == hipoLocation ? locationSame : locationOther;
            sum += guideSpeaks[g] ? (Dictionary.count(hipoLanguages, guideLanguages[g]) > 0 ? languageShared : languageNone)
                    : languageUnknown;
            sum += availability[guideAvailability[g]];
            guides[count] = g;
            points[count++] = toPoints(sum);
        }
        markReportingLine(h, false);
        return count;
    }

    /** The breakdown of a pair's score: every criterion with its weight, fit and facts. */
    public List<CriterionScore> explain(int h, int g) {
        List<CriterionScore> lines = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            lines.add(new CriterionScore(criterion.key(), criterion.weightIn(criteria.weights()),
                    fit(criterion, h, g), facts(criterion, h, g)));
        }
        return lines;
    }

    /**
     * The facts behind a fit, free of language: capabilities {@code [covered, of, names...]},
     * seniority {@code [HiPo level, guide level, minimum gap]} (empty if unknown), function and
     * location {@code [HiPo's, guide's]} (empty text if unknown), language the shared languages,
     * availability {@code [HiPo's, guide's]}.
     */
    private List<String> facts(Criterion criterion, int h, int g) {
        Profile hipo = hipos.get(h);
        Profile guide = guides.get(g);
        return switch (criterion) {
            case CAPABILITIES -> {
                long[] covered = Dictionary.and(hipoNeeds[h], guideSide.capabilities()[g]);
                List<String> facts = new ArrayList<>(List.of(String.valueOf(Dictionary.count(covered)),
                        String.valueOf(hipoNeedCount[h])));
                facts.addAll(capabilities.names(covered));
                yield facts;
            }
            case SENIORITY -> hipo.level() == null || guide.level() == null ? List.of()
                    : List.of(String.valueOf(hipo.level()), String.valueOf(guide.level()),
                    String.valueOf(criteria.minimumLevelGap()));
            case FUNCTION -> List.of(text(hipo.function()), text(guide.function()));
            case LOCATION -> List.of(text(hipo.location()), text(guide.location()));
            case LANGUAGE -> languages.names(Dictionary.and(hipoSide.languages()[h], guideSide.languages()[g]));
            case AVAILABILITY -> List.of(hipo.availability().name(), guide.availability().name());
        };
    }

    private int toPoints(double weightedSum) {
        return (int) Math.round(weightedSum * FULL_SCORE / totalWeight);
    }

    private static double capabilityFit(int covered, int needed) {
        return needed == 0 ? HALF : covered / (double) needed;
    }

    private double seniorityFit(int hipoLevel, int guideLevel) {
        if (hipoLevel == NO_LEVEL || guideLevel == NO_LEVEL) {
            return HALF;
        }
        int gap = guideLevel - hipoLevel;
        int minimum = criteria.minimumLevelGap();
        if (minimum == 0) {
            return gap >= 0 ? 1 : 0;
        }
        return Math.clamp(gap / (double) minimum, 0, 1);
    }

    private double functionFit(boolean same) {
        return same == prefersSameFunction ? 1 : 0;
    }

    private static double locationFit(boolean hipoLocated, boolean guideLocated, boolean same) {
        if (!hipoLocated || !guideLocated) {
            return HALF;
        }
        return same ? 1 : 0;
    }

    private static double languageFit(boolean hipoSpeaks, boolean guideSpeaks, boolean shared) {
        if (!hipoSpeaks || !guideSpeaks) {
            return HALF;
        }
        return shared ? 1 : 0;
    }

    private static double availabilityFit(int hipoAvailability, int guideAvailability) {
        return switch (guideAvailability - hipoAvailability) {
            case -1 -> HALF;
            case -2 -> 0;
            default -> 1;
        };
    }

    /** Marks (or unmarks) the guides in HiPo {@code h}'s reporting line, or reporting to them. */
    private void markReportingLine(int h, boolean mark) {
        for (int manager : hipoSide.reportingLine()[h]) {
            for (int g : guidesByPerson.getOrDefault(manager, NONE)) {
                inLine[g] = mark;
            }
        }
        for (int g : guidesReportingTo.getOrDefault(hipoSide.person()[h], NONE)) {
            inLine[g] = mark;
        }
    }

    private boolean sameFunction(int h, int g) {
        int guideFunction = guideSide.function()[g];
        return guideFunction != UNKNOWN && guideFunction == hipoSide.function()[h];
    }

    private Side index(List<Profile> profiles) {
        int n = profiles.size();
        Side side = new Side(new int[n], new int[n], new int[n], new long[n][], new long[n][], new int[n], new int[n],
                new int[n][]);
        for (int i = 0; i < n; i++) {
            Profile p = profiles.get(i);
            side.function()[i] = functions.id(p.function());
            side.level()[i] = p.level() == null ? NO_LEVEL : p.level();
            side.location()[i] = locations.id(p.location());
            side.languages()[i] = languages.bits(p.languages());
            side.capabilities()[i] = capabilities.bits(p.capabilities());
            side.availability()[i] = p.availability().ordinal();
            side.person()[i] = people.id(p.personId() == null ? null : p.personId().toString());
            side.reportingLine()[i] = p.reportingLine().stream().map(UUID::toString).mapToInt(people::id).toArray();
        }
        return side;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<Profile> concat(List<Profile> a, List<Profile> b) {
        List<Profile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Texts compared without case, numbered in order of appearance; sets of them as bit sets. */
    private static final class Dictionary {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        void add(@Nullable String name) {
            if (name != null && !name.isBlank()) {
                ids.computeIfAbsent(key(name), k -> {
                    names.add(name.strip());
                    return names.size() - 1;
                });
            }
        }

        int id(@Nullable String name) {
            return name == null || name.isBlank() ? UNKNOWN : ids.getOrDefault(key(name), UNKNOWN);
        }

        long[] bits(Collection<String> values) {
            long[] bits = new long[(names.size() + 63) / 64];
            for (String value : values) {
                int id = id(value);
                if (id != UNKNOWN) {
                    bits[id >>> 6] |= 1L << id;
                }
            }
            return bits;
        }

        List<String> names(long[] bits) {
            List<String> result = new ArrayList<>();
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    int bit = Long.numberOfTrailingZeros(word);
                    result.add(names.get(w * 64 + bit));
                    word &= word - 1;
                }
            }
            return result;
        }

        static long[] and(long[] a, long[] b) {
            long[] result = new long[Math.min(a.length, b.length)];
            for (int w = 0; w < result.length; w++) {
                result[w] = a[w] & b[w];
            }
            return result;
        }

        static int count(long[] bits) {
            int count = 0;
            for (long word : bits) {
                count += Long.bitCount(word);
            }
            return count;
        }

        static int count(long[] a, long[] b) {
            int count = 0;
            for (int w = 0, n = Math.min(a.length, b.length); w < n; w++) {
                count += Long.bitCount(a[w] & b[w]);
            }
            return count;
        }

        static boolean isEmpty(long[] bits) {
            for (long word : bits) {
                if (word != 0) {
                    return false;
                }
            }
            return true;
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }
}
