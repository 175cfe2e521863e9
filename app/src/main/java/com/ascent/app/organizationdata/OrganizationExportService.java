package com.ascent.app.organizationdata;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.files.SpreadsheetSafeCsv;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.roster.RosterMember;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything of the current organization as one ZIP: a CSV per table the administrator can read
 * (found in the database's catalog, so a new table is exported without anyone remembering to),
 * the PDF report of every program and of every development plan, and a README.txt.
 *
 * <p>The same data gives the same bytes: tables, rows (primary-key order), programs and plans
 * come in a fixed order, ZIP entries carry a fixed time and the PDFs no creation date; only the
 * export time in the README differs, and it is given by the caller.
 */
@Service
public class OrganizationExportService {

    private final OrganizationDataRepository repository;
    private final OrganizationScope organization;
    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final DevelopmentPlansService plans;
    private final ProgramMeasurementService measurement;
    private final AscentI18NProvider i18n;
    private final String version;

    OrganizationExportService(OrganizationDataRepository repository, OrganizationScope organization,
                              ProgramService programs, ProgramRosterService roster, DevelopmentPlansService plans,
                              ProgramMeasurementService measurement, AscentI18NProvider i18n,
                              @Value("${ascent.version}") String version) {
        this.repository = repository;
        this.organization = organization;
        this.programs = programs;
        this.roster = roster;
        this.plans = plans;
        this.measurement = measurement;
        this.i18n = i18n;
        this.version = version;
    }

    /**
     * Writes the ZIP to {@code out}: its README says it was made at {@code exportedAt}, its PDFs
     * and README are in {@code locale}. One snapshot of the database, so the files agree.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @RolesAllowed("ADMIN")
    public ExportSummary export(OutputStream out, Instant exportedAt, Locale locale, ExportProgress progress) {
        UUID organizationId = organization.require();
        List<ExportTable> tables = repository.exportableTables();
        List<Document> documents = documents(locale);
        int total = tables.size() + documents.size();
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        try (ReproducibleZip zip = new ReproducibleZip(out)) {
            for (ExportTable table : tables) {
                rowCounts.put(table.name(), writeTable(zip, table, organizationId));
                progress.reached(rowCounts.size(), total);
            }
            int written = tables.size();
            for (Document document : documents) {
                zip.entry(document.path(), document.render().get());
                progress.reached(++written, total);
            }
            String name = repository.organizationName(organizationId).orElseThrow();
            zip.entry("README.txt", readme(name, exportedAt, locale, rowCounts, documents.size())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new ExportSummary(tables.size(), rowCounts.values().stream().mapToLong(Long::longValue).sum(),
                documents.size());
    }

    private long writeTable(ReproducibleZip zip, ExportTable table, UUID organizationId) {
        long[] rows = {0};
        try (Writer writer = new OutputStreamWriter(zip.entry("tables/" + table.name() + ".csv"), StandardCharsets.UTF_8);
             SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(writer)) {
            csv.writeRecord(table.columns());
            repository.rows(table, organizationId, row -> {
                csv.writeRecord(row.stream().map(OrganizationExportService::cell).toList());
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    /** A value as a CSV cell: times in UTC (ISO 8601), numbers as written, lists joined by "; ". */
    static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime time -> DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
            case Instant time -> DateTimeFormatter.ISO_INSTANT.format(time);
            case BigDecimal number -> number.toPlainString();
            case Object[] list -> Arrays.stream(list).map(OrganizationExportService::cell)
                    .collect(Collectors.joining("; "));
            default -> value.toString();
        };
    }

    /** A PDF of the export and how to make it. */
    private record Document(String path, Supplier<byte[]> render) {
    }

    /** Each program's report and each of its development plans, programs by name. */
    private List<Document> documents(Locale locale) {
        List<Document> documents = new ArrayList<>();
        List<Program> all = programs.list().stream()
                .sorted(Comparator.comparing(Program::name).thenComparing(Program::id)).toList();
        for (Program program : all) {
            String folder = "programs/" + fileName(program.name(), program.id()) + "/";
            documents.add(new Document(folder + "program-report.pdf",
                    () -> measurement.reportPdf(program.id(), locale)));
            Map<UUID, RosterMember> members = roster.members(program.id()).stream()
                    .collect(Collectors.toMap(RosterMember::id, Function.identity()));
            plans.plans(program.id()).stream().sorted(Comparator.comparing(DevelopmentPlan::id)).forEach(plan -> {
                RosterMember hipo = members.get(plan.hipoMemberId());
                String who = hipo == null ? "plan" : hipo.displayName();
                documents.add(new Document(folder + "development-plans/" + fileName(who, plan.id()) + ".pdf",
                        () -> plans.exportPdf(program.id(), plan.id(), locale)));
            });
        }
        return documents;
    }

    /** A name that every file system takes, e.g. "future-leaders-2027-1a2b3c4d": letters and digits of the name, and the id's start. */
    static String fileName(String name, UUID id) {
        String letters = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        String shortened = letters.length() > 60 ? letters.substring(0, 60) : letters;
        return (shortened.isEmpty() ? "" : shortened + "-") + id.toString().substring(0, 8);
    }

    private String readme(String organizationName, Instant exportedAt, Locale locale, Map<String, Long> rowCounts,
                          int documents) {
        StringBuilder text = new StringBuilder();
        line(text, i18n.getTranslation("orgdata.readme.title", locale, organizationName));
        line(text, i18n.getTranslation("orgdata.readme.exportedAt", locale,
                DateTimeFormatter.ISO_INSTANT.format(exportedAt)));
        line(text, i18n.getTranslation("orgdata.readme.version", locale, version));
        line(text, "");
        line(text, i18n.getTranslation("orgdata.readme.tables", locale));
        rowCounts.forEach((table, rows) -> line(text, "  tables/" + table + ".csv: "
                + i18n.getTranslation("orgdata.readme.rows", locale, rows)));
        line(text, "");
        line(text, i18n.getTranslation("orgdata.readme.documents", locale, documents));
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append("\r\n");
    }
}
