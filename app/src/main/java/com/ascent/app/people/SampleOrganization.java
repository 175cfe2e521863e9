package com.ascent.app.people;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;

/**
 * Generates an invented organization: a chief executive, a head for each function, directors,
 * managers and their teams, so that reporting lines form one tree and levels fall from the top.
 * Names come from Datafaker; everything else from the same seeded random numbers, so one seed
 * always gives the same people.
 */
final class SampleOrganization {

    private static final LocalDate FOUNDED = LocalDate.of(2008, 1, 1);
    private static final LocalDate LAST_HIRE = LocalDate.of(2025, 12, 31);
    private static final List<String> LOCATIONS = List.of("Berlin", "Berlin", "London", "London", "New York",
            "Singapore", "São Paulo", "Warsaw", "Toronto");
    private static final List<String> LEADERSHIP_SKILLS = List.of("Stakeholder management", "Strategic thinking",
            "Coaching", "Public speaking", "Change management", "Decision-making", "Emotional intelligence",
            "Cross-functional collaboration", "Negotiation", "Project management");

    /** A function of the organization: its share of the people, its titles from the head down, its skills. */
    record Function(String name, int weight, String head, String director, String manager, List<String> roles,
                    List<String> skills) {
    }

    static final List<Function> FUNCTIONS = List.of(
            new Function("Engineering", 24, "Chief Technology Officer", "Engineering Director", "Engineering Manager",
                    List.of("Software Engineer", "Senior Software Engineer", "QA Engineer", "DevOps Engineer",
                            "Data Engineer"),
                    List.of("Java", "Cloud architecture", "System design", "Data modelling", "Security", "Agile delivery")),
            new Function("Sales", 18, "Chief Sales Officer", "Sales Director", "Regional Sales Manager",
                    List.of("Account Executive", "Sales Development Representative", "Key Account Manager",
                            "Sales Operations Analyst"),
                    List.of("Consultative selling", "Pipeline management", "Forecasting", "CRM", "Pricing",
                            "Territory planning")),
            new Function("Customer Success", 13, "VP Customer Success", "Customer Success Director",
                    "Customer Success Team Lead",
                    List.of("Customer Success Manager", "Support Specialist", "Onboarding Specialist",
                            "Technical Account Manager"),
                    List.of("Customer retention", "Onboarding", "Escalation handling", "Product knowledge",
                            "Renewals", "Customer analytics")),
            new Function("Operations", 13, "Chief Operating Officer", "Operations Director", "Operations Manager",
                    List.of("Operations Analyst", "Supply Chain Planner", "Procurement Specialist",
                            "Facilities Coordinator"),
                    List.of("Process improvement", "Lean", "Supply chain", "Vendor management", "Budgeting",
                            "Risk management")),
            new Function("Marketing", 12, "Chief Marketing Officer", "Marketing Director", "Marketing Manager",
                    List.of("Marketing Specialist", "Content Strategist", "Product Marketing Manager",
                            "Digital Marketing Analyst"),
                    List.of("Brand management", "Campaign planning", "SEO", "Market research", "Copywriting",
                            "Marketing analytics")),
            new Function("Finance", 11, "Chief Financial Officer", "Finance Director", "Finance Manager",
                    List.of("Financial Analyst", "Accountant", "Senior Accountant", "Payroll Specialist",
                            "FP&A Analyst"),
                    List.of("Financial modelling", "Forecasting", "IFRS", "Controlling", "Treasury", "Excel")),
            new Function("HR", 9, "Chief People Officer", "HR Director", "HR Business Partner",
                    List.of("HR Generalist", "Talent Acquisition Specialist", "Learning & Development Specialist",
                            "Compensation Analyst"),
                    List.of("Talent acquisition", "Employee relations", "Compensation", "Learning design",
                            "Labour law", "Workforce planning")));

    private final Random random;
    private final Faker faker;
    private final List<PersonRow> people = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();

    private SampleOrganization(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.ENGLISH, new Random(seed));
    }

    /** About {@code size} people (exactly, for sizes of a hundred or more). */
    static List<PersonRow> generate(long seed, int size) {
        return new SampleOrganization(seed).build(size);
    }

    private List<PersonRow> build(int size) {
        PersonRow ceo = add("Executive", "Chief Executive Officer", 18, null, null);
        int totalWeight = FUNCTIONS.stream().mapToInt(Function::weight).sum();
        int remaining = size - 1;
        for (int i = 0; i < FUNCTIONS.size(); i++) {
            Function function = FUNCTIONS.get(i);
            int headcount = i == FUNCTIONS.size() - 1 ? size - people.size()
                    : Math.round((float) remaining * function.weight() / totalWeight);
            staff(function, headcount, ceo);
        }
        return List.copyOf(people);
    }

    /** A head, directors under the head, managers under the directors, teams under the managers. */
    private void staff(Function function, int headcount, PersonRow ceo) {
        PersonRow head = add(function.name(), function.head(), 16, ceo, function);
        int directorCount = Math.max(1, headcount / 40);
        int managerCount = Math.max(1, headcount / 9);
        List<PersonRow> directors = new ArrayList<>();
        for (int i = 0; i < directorCount; i++) {
            directors.add(add(function.name(), function.director(), 13 + random.nextInt(2), head, function));
        }
        List<PersonRow> managers = new ArrayList<>();
        for (int i = 0; i < managerCount; i++) {
            managers.add(add(function.name(), function.manager(), 10 + random.nextInt(2),
                    directors.get(i % directors.size()), function));
        }
        int team = headcount - 1 - directorCount - managerCount;
        for (int i = 0; i < team; i++) {
            String role = function.roles().get(random.nextInt(function.roles().size()));
            int level = role.startsWith("Senior") ? 7 + random.nextInt(3) : 3 + random.nextInt(5);
            add(function.name(), role, level, managers.get(i % managers.size()), function);
        }
    }

    private PersonRow add(String functionName, String title, int level, @Nullable PersonRow manager,
                          @Nullable Function function) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String employeeId = "S-%04d".formatted(people.size() + 1);
        LocalDate hired = hireDate(level);
        boolean newcomer = hired.isAfter(LAST_HIRE.minusMonths(9));
        PersonRow person = new PersonRow(people.size() + 2L, employeeId, first + " " + last, email(first, last),
                functionName, title, level, manager == null ? null : manager.employeeId(),
                LOCATIONS.get(random.nextInt(LOCATIONS.size())), hired,
                newcomer ? null : rating(15, 55), newcomer ? null : rating(25, 50), skills(function, level));
        people.add(person);
        return person;
    }

    /** Senior people tend to have joined earlier. */
    private LocalDate hireDate(int level) {
        long span = FOUNDED.until(LAST_HIRE, ChronoUnit.DAYS);
        double seniority = Math.min(1.0, level / 20.0);
        long latest = Math.round(span * (1.0 - 0.6 * seniority));
        return FOUNDED.plusDays(random.nextLong(Math.max(1, latest)));
    }

    /** 1, 2 or 3 with the given percentages for 1 and 2, the rest for 3. */
    private int rating(int lowPercent, int moderatePercent) {
        int draw = random.nextInt(100);
        return draw < lowPercent ? 1 : draw < lowPercent + moderatePercent ? 2 : 3;
    }

    private List<String> skills(@Nullable Function function, int level) {
        List<String> skills = new ArrayList<>();
        List<String> pool = function == null ? LEADERSHIP_SKILLS : function.skills();
        pickDistinct(pool, 2, skills);
        pickDistinct(LEADERSHIP_SKILLS, level >= 10 ? 2 : 1, skills);
        return skills;
    }

    private void pickDistinct(List<String> pool, int count, List<String> into) {
        int target = into.size() + count;
        while (into.size() < target) {
            String skill = pool.get(random.nextInt(pool.size()));
            if (!into.contains(skill)) {
                into.add(skill);
            }
        }
    }

    private String email(String first, String last) {
        String base = (ascii(first) + "." + ascii(last));
        String email = base + "@example.com";
        for (int n = 2; !emails.add(email); n++) {
            email = base + n + "@example.com";
        }
        return email;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
