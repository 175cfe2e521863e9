package com.ascent.app.organizationdata.ui;

import com.ascent.app.organization.ui.OrganizationSettingsView;
import com.ascent.app.organizationdata.ErasureRefusedException;
import com.ascent.app.organizationdata.ExportSummary;
import com.ascent.app.organizationdata.OrganizationErasureService;
import com.ascent.app.organizationdata.OrganizationExportService;
import com.ascent.app.people.BackgroundWork;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator downloads everything of the organization as one ZIP (made in the background,
 * with its progress on screen) and erases the organization after typing its exact name.
 */
@Route("admin/organization/data")
@RolesAllowed("ADMIN")
public class OrganizationDataView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDataView.class);

    private final OrganizationExportService exports;
    private final OrganizationErasureService erasure;
    private final BackgroundWork background;
    private final String organizationName;
    private final Button prepare = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final VerticalLayout download = new VerticalLayout();
    private final TextField typedName = new TextField();
    private final Button erase = new Button();
    /** The ZIP made last on this page, deleted when the page is left or a new one is made. */
    private @Nullable Path zip;

    public OrganizationDataView(OrganizationExportService exports, OrganizationErasureService erasure,
                                BackgroundWork background) {
        this.exports = exports;
        this.erasure = erasure;
        this.background = background;
        this.organizationName = erasure.organizationName();
        addClassName("ascent-page");
        setMaxWidth("60rem");

        RouterLink back = new RouterLink(getTranslation("orgdata.back"), OrganizationSettingsView.class);
        add(back, new H1(getTranslation("orgdata.title")));
        addExport();
        addErasure();
    }

    private void addExport() {
        Paragraph intro = new Paragraph(getTranslation("orgdata.export.intro"));
        prepare.setText(getTranslation("orgdata.export.prepare"));
        prepare.setIcon(VaadinIcon.ARCHIVE.create());
        prepare.setId("orgdata-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(e -> prepareExport());
        progressBar.setVisible(false);
        progressBar.setMaxWidth("30rem");
        progressBar.getElement().setAttribute("aria-label", getTranslation("orgdata.export.progressLabel"));
        progressText.setId("orgdata-progress");
        progressText.setVisible(false);
        download.setPadding(false);
        download.setVisible(false);
        add(new H2(getTranslation("orgdata.export.title")), intro, prepare, progressBar, progressText, download);
    }

    private void addErasure() {
        Paragraph warning = new Paragraph(getTranslation("orgdata.erase.intro", organizationName));
        typedName.setId("orgdata-erase-name");
        typedName.setLabel(getTranslation("orgdata.erase.typeName"));
        typedName.setHelperText(getTranslation("orgdata.erase.typeNameHelp", organizationName));
        typedName.setWidthFull();
        typedName.setMaxWidth("30rem");
        typedName.setValueChangeMode(ValueChangeMode.EAGER);
        typedName.addValueChangeListener(e -> erase.setEnabled(organizationName.equals(e.getValue())));
        erase.setText(getTranslation("orgdata.erase.button"));
        erase.setId("orgdata-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        erase.addClickListener(e -> eraseOrganization());
        add(new H2(getTranslation("orgdata.erase.title")), warning, typedName, erase);
    }

    private void prepareExport() {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        Instant now = Instant.now();
        Path file = newZip();
        prepare.setEnabled(false);
        download.setVisible(false);
        progressBar.setIndeterminate(true);
        progressBar.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("orgdata.export.starting"));
        background.start(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                return exports.export(out, now, locale, (done, total) -> onScreen(ui, () -> {
                    progressBar.setIndeterminate(false);
                    progressBar.setValue((double) done / total);
                    progressText.setText(getTranslation("orgdata.export.progress", done, total));
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenComplete((summary, error) -> onScreen(ui, () -> {
            prepare.setEnabled(true);
            progressBar.setVisible(false);
            if (error != null) {
                log.error("The organization's export failed", error);
                progressText.setText(getTranslation("common.error.unexpected"));
                return;
            }
            progressText.setVisible(false);
            offer(file, summary, now);
        }));
    }

    private void offer(Path file, ExportSummary summary, Instant madeAt) {
        String name = "ascent-export-" + LocalDate.ofInstant(madeAt, ZoneOffset.UTC) + ".zip";
        Anchor link = new Anchor(DownloadHandler.forFile(file.toFile(), name), "");
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(getTranslation("orgdata.export.download"));
        link.setDownload(true);
        link.setId("orgdata-download");
        download.removeAll();
        download.add(new Paragraph(getTranslation("orgdata.export.ready", summary.tables(), summary.rows(),
                summary.documents())), link);
        download.setVisible(true);
    }

    private Path newZip() {
        deleteZip();
        try {
            zip = Files.createTempFile("ascent-export-", ".zip");
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteZip() {
        if (zip != null) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                log.warn("An export's file could not be deleted: {}", zip, e);
            }
            zip = null;
        }
    }

    private void eraseOrganization() {
        try {
            erasure.erase(typedName.getValue());
        } catch (ErasureRefusedException e) {
            typedName.setInvalid(true);
            typedName.setErrorMessage(getTranslation("orgdata.erase.nameDiffers"));
            return;
        }
        deleteZip();
        // A new page load: the session learns that the organization is gone (and the account, if it went too).
        getUI().ifPresent(ui -> ui.getPage().setLocation(OrganizationErasedView.ROUTE));
    }

    /** Changes the page from the export's thread; a page already closed has nothing to change. */
    private static void onScreen(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            log.debug("The export page was closed before the export ended", e);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        deleteZip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orgdata.title");
    }
}
