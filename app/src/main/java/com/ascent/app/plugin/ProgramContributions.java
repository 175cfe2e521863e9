package com.ascent.app.plugin;

import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.contribution.ReviewCheck;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the steps of the active organization's wizard contribute to one program's calendar, report
 * and review, asked step by step: a step that fails costs only its own part. Only steps that
 * contribute something, or failed to, are listed.
 */
public interface ProgramContributions {

    List<Contribution<ContributedEvent>> calendarEvents(UUID programId, Locale locale);

    List<Contribution<ReportSection>> reportSections(UUID programId, Locale locale);

    List<Contribution<ReviewCheck>> reviewChecks(UUID programId, Locale locale);
}
