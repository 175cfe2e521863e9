package com.ascent.app.organizationdata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.organization.ui.OrganizationSettingsView;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class OrganizationDataViewTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;

    Account admin;

    @BeforeEach
    void anAdministratorWithAProgram() {
        admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        programs.create(new ProgramDraft("Future leaders", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
    }

    @Test
    void theOrganizationSettingsLinkToThePage() {
        navigate(OrganizationSettingsView.class);

        RouterLink link = $(RouterLink.class).withText("Export and erasure of the organization's data").single();
        assertThat(link.getHref()).isEqualTo("admin/organization/data");
    }

    @Test
    void theExportIsPreparedInTheBackgroundAndThenOfferedForDownload() {
        navigate(OrganizationDataView.class);
        assertThat($(Anchor.class).withId("orgdata-download").exists()).isFalse();

        test($(Button.class).id("orgdata-prepare")).click();

        awaitUntil(() -> $(Anchor.class).withId("orgdata-download").exists());
        Anchor download = $(Anchor.class).id("orgdata-download");
        assertThat(download.getText()).isEqualTo("Download the ZIP file");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.matches("\\d+ tables \\(\\d+ rows\\) and 1 PDF document, ready to download\\."));
        assertThat($(Button.class).id("orgdata-prepare").isEnabled()).isTrue();
    }

    @Test
    void theEraseButtonWorksOnlyForTheExactNameAndThenTheOrganizationIsGone() {
        navigate(OrganizationDataView.class);
        TextField name = $(TextField.class).id("orgdata-erase-name");
        Button erase = $(Button.class).id("orgdata-erase");
        assertThat(erase.isEnabled()).isFalse();
        assertThat(name.getHelperText()).contains(admin.organizationName());

        test(name).setValue(admin.organizationName().toLowerCase());
        assertThat(erase.isEnabled()).isFalse();
        test(name).setValue(admin.organizationName());
        assertThat(erase.isEnabled()).isTrue();

        test(erase).click();

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(call -> assertThat(call.getInvocation().getExpression() + call.getInvocation().getParameters())
                        .contains("organization-erased"));
        assertThatThrownBy(() -> accounts.memberships(admin)).as("the account of its only organization is gone")
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theErasedPageSaysWhatHappenedAndWhereToGoOn() {
        accounts.signOut();
        navigate(OrganizationErasedView.class);

        assertThat($(Component.class).id("organization-erased").getElement().getTextRecursively())
                .contains("The organization was erased", "Continue to Ascent");
    }

    private void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(() -> "waited for the screen, which shows: "
                    + $(Span.class).all().stream().map(Span::getText).toList()).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            roundTrip();
        }
    }
}
