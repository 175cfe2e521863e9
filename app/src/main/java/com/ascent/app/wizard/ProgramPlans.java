package com.ascent.app.wizard;

import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityTemplate;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import com.ascent.plugin.api.plans.Coverage;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.DevelopmentPlanService;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.plans.PlanException;
import com.ascent.plugin.api.plans.PlanReadiness;
import com.ascent.plugin.api.plans.ProgramPeriod;
import com.ascent.plugin.api.plans.ProgressEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plugin API's view of one program's development plans and the organization's activity templates. */
record ProgramPlans(DevelopmentPlansService service, UUID programId, HostMessages messages)
        implements DevelopmentPlanService {

    @Override
    public ProgramPeriod period() {
        return messages.translated(() -> service.period(programId));
    }

    @Override
    @Deprecated(since = "1.2.0")
    public LocalDate programEnds() {
        return period().ends();
    }

    @Override
    public List<DevelopmentPlan> plans() {
        return messages.translated(() -> service.plans(programId));
    }

    @Override
    public Optional<DevelopmentPlan> plan(UUID hipoMemberId) {
        return messages.translated(() -> service.plan(programId, hipoMemberId));
    }

    @Override
    public DevelopmentPlan open(UUID hipoMemberId) {
        return messages.translated(() -> service.open(programId, hipoMemberId));
    }

    @Override
    public DevelopmentPlan updateStrengths(UUID planId, long expectedVersion, String strengths) {
        return messages.translated(() -> service.updateStrengths(programId, planId, expectedVersion, strengths));
    }

    @Override
    public DevelopmentPlan signOff(UUID planId, long expectedVersion) {
        return messages.translated(() -> service.signOff(programId, planId, expectedVersion));
    }

    @Override
    public DevelopmentPlan withdrawSignOff(UUID planId, long expectedVersion) {
        return messages.translated(() -> service.withdrawSignOff(programId, planId, expectedVersion));
    }

    @Override
    public byte[] exportPdf(UUID planId) {
        return messages.translated(() -> service.exportPdf(programId, planId, messages.locale()));
    }

    @Override
    public Gap addGap(UUID planId, GapDraft draft) {
        return messages.translated(() -> service.addGap(programId, planId, draft));
    }

    @Override
    public Gap updateGap(UUID gapId, long expectedVersion, GapDraft draft) {
        return messages.translated(() -> service.updateGap(programId, gapId, expectedVersion, draft));
    }

    @Override
    public void removeGap(UUID gapId, long expectedVersion) {
        messages.translated(() -> service.removeGap(programId, gapId, expectedVersion));
    }

    @Override
    public Goal addGoal(UUID planId, GoalDraft draft) {
        return messages.translated(() -> service.addGoal(programId, planId, draft));
    }

    @Override
    public Goal updateGoal(UUID goalId, long expectedVersion, GoalDraft draft) {
        return messages.translated(() -> service.updateGoal(programId, goalId, expectedVersion, draft));
    }

    @Override
    public Goal recordProgress(UUID goalId, long expectedVersion, int progress, String note) {
        return messages.translated(() -> service.recordProgress(programId, goalId, expectedVersion, progress, note));
    }

    @Override
    public void removeGoal(UUID goalId, long expectedVersion) {
        messages.translated(() -> service.removeGoal(programId, goalId, expectedVersion));
    }

    @Override
    public Activity addActivity(UUID planId, ActivityDraft draft) {
        return messages.translated(() -> service.addActivity(programId, planId, draft));
    }

    @Override
    public Activity updateActivity(UUID activityId, long expectedVersion, ActivityDraft draft) {
        return messages.translated(() -> service.updateActivity(programId, activityId, expectedVersion, draft));
    }

    @Override
    public void removeActivity(UUID activityId, long expectedVersion) {
        messages.translated(() -> service.removeActivity(programId, activityId, expectedVersion));
    }

    @Override
    public List<ProgressEntry> history(UUID planId) {
        return messages.translated(() -> service.history(programId, planId));
    }

    @Override
    public List<PlanException> exceptions() {
        return messages.translated(() -> service.exceptions(programId));
    }

    @Override
    public PlanException recordException(UUID hipoMemberId, String reason) {
        return messages.translated(() -> service.recordException(programId, hipoMemberId, reason));
    }

    @Override
    public void removeException(UUID exceptionId, long expectedVersion) {
        messages.translated(() -> service.removeException(programId, exceptionId, expectedVersion));
    }

    @Override
    public Coverage coverage() {
        return messages.translated(() -> service.coverage(programId));
    }

    @Override
    public List<PlanReadiness> readiness() {
        return messages.translated(() -> service.readiness(programId));
    }

    @Override
    public List<ActivityTemplate> templates() {
        return messages.translated(service::templates);
    }

    @Override
    public List<ActivityTemplate> suggestions(UUID gapId) {
        return messages.translated(() -> service.suggestions(programId, gapId));
    }

    @Override
    public ActivityTemplate addTemplate(ActivityTemplateDraft draft) {
        return messages.translated(() -> service.addTemplate(draft));
    }

    @Override
    public ActivityTemplate updateTemplate(UUID templateId, long expectedVersion, ActivityTemplateDraft draft) {
        return messages.translated(() -> service.updateTemplate(templateId, expectedVersion, draft));
    }

    @Override
    public void removeTemplate(UUID templateId, long expectedVersion) {
        messages.translated(() -> service.removeTemplate(templateId, expectedVersion));
    }
}
