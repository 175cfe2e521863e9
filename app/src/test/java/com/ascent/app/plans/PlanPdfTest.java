package com.ascent.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plans.PlanFixture.Program;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF of a plan, read back as text the way a reader (or a search) sees it. */
@IntegrationTest
class PlanPdfTest {

    @Autowired
    DevelopmentPlansService plans;
    @Autowired
    PlanFixture fixture;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void thePdfNamesThePersonGapsGoalsActivitiesGuidesAndSignatureLines() throws Exception {
        Program program = fixture.create();
        DevelopmentPlan plan = plans.open(program.id(), program.hrHipo());
        plans.updateStrengths(program.id(), plan.id(), plan.version(), "Trusted by her team");
        plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 2, 4, "360 feedback, March"));
        Goal goal = plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead the HR shared-service move",
                "Teams moved", "2 of 2 teams", LocalDate.of(2027, 9, 30), List.of(program.changeObjective())));
        plans.addActivity(program.id(), plan.id(), new ActivityDraft(goal.id(), ActivityKind.WORKSHOP,
                "Workshop: leading people through change", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3), "HR",
                ActivityStatus.PLANNED));
        plans.addActivity(program.id(), plan.id(), new ActivityDraft(goal.id(), ActivityKind.SMALL_CHANGE_PROJECT,
                "Move onboarding to the new portal", null, null, "Hanna Hipo", ActivityStatus.IN_PROGRESS));

        String text = textOf(plans.exportPdf(program.id(), plan.id(), Locale.ENGLISH));

        assertThat(text).contains("Development plan: Hanna Hipo", "Helena Head", "Marek Mentor", "Trusted by her team",
                "Leading large-scale change", "360 feedback, March",
                "Lead the HR shared-service move", "Teams moved", "2 of 2 teams", "Lead change across functions",
                "Workshop: leading people through change", "Move onboarding to the new portal",
                "Small change project", "In progress", "Hanna Hipo, HiPo", "Helena Head, manager");
    }

    @Test
    void aPolishPdfIsWrittenInPolishWithEveryPolishLetter() throws Exception {
        Program program = fixture.create();
        DevelopmentPlan plan = plans.open(program.id(), program.hrHipo());
        plans.updateStrengths(program.id(), plan.id(), plan.version(), "Zaufanie zespołu, łagodzi spory, źródło pomysłów");

        String text = textOf(plans.exportPdf(program.id(), plan.id(), Locale.forLanguageTag("pl-PL")));

        assertThat(text).contains("Plan rozwoju: Hanna Hipo", "Przełożony", "Mocne strony",
                "Zaufanie zespołu, łagodzi spory, źródło pomysłów", "Hanna Hipo, HiPo", "Helena Head, przełożony",
                "Działania rozwojowe");
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }
}
