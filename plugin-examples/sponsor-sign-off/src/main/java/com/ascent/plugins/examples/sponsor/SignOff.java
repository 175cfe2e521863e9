package com.ascent.plugins.examples.sponsor;

import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.StepRecords;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * The sponsor's approval as stored in the step's records: who approved, on which day, the
 * version of the framework they saw, and their comment.
 *
 * @param sponsor          the executive sponsor's name
 * @param approvedOn       the day of the approval
 * @param frameworkVersion the version of the program framework approved
 * @param comment          what the sponsor added, may be empty
 * @param recordVersion    the stored record's version, for the next write
 */
record SignOff(String sponsor, LocalDate approvedOn, long frameworkVersion, String comment, long recordVersion) {

    /** The key of the approval in the step's records. */
    static final String KEY = "approval";

    static Optional<SignOff> read(StepRecords records) {
        return records.get(KEY).map(SignOff::decode);
    }

    /** The stored form: a properties text, readable in a database dump too. */
    String encode() {
        Properties properties = new Properties();
        properties.setProperty("sponsor", sponsor);
        properties.setProperty("approvedOn", approvedOn.toString());
        properties.setProperty("frameworkVersion", Long.toString(frameworkVersion));
        properties.setProperty("comment", comment);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static SignOff decode(StepRecord record) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(record.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SignOff(properties.getProperty("sponsor", ""), LocalDate.parse(properties.getProperty("approvedOn")),
                Long.parseLong(properties.getProperty("frameworkVersion", "0")), properties.getProperty("comment", ""),
                record.version());
    }
}
