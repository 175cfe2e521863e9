package com.ascent.app.plugin.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.plugin.PluginAdministrationService;
import com.ascent.app.plugin.PluginAdministrationService.ExtraStep;
import com.ascent.app.plugin.PluginAdministrationService.SlotBinding;
import com.ascent.app.plugin.PluginAdministrationService.StepChoice;
import com.ascent.app.plugin.PluginAdministrationService.StepConfiguration;
import com.ascent.app.plugin.PluginInfo;
import com.ascent.app.plugin.PluginSettingsService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Membership;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which plugins run (and why one does not), and which step serves each place of the active
 * organization's wizard. Changes that reach programs in progress are confirmed first.
 */
@Route("admin/plugins")
@Menu(title = "nav.admin", order = 9)
@RolesAllowed("ADMIN")
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private final PluginAdministrationService administration;
    private final String organizationName;
    private final Grid<PluginInfo> plugins = new Grid<>();
    private final VerticalLayout slots = new VerticalLayout();
    private final VerticalLayout extras = new VerticalLayout();

    public PluginsView(PluginAdministrationService administration, CurrentUser currentUser,
                       PluginSettingsService settings, FormatsService formats) {
        this.administration = administration;
        this.organizationName = currentUser.require().activeMembership().map(Membership::organizationName).orElse("");
        addClassName("ascent-page");
        slots.setPadding(false);
        extras.setPadding(false);
        extras.setSpacing(false);

        add(new H1(getTranslation("admin.plugins.title")),
                new Paragraph(getTranslation("admin.plugins.intro", organizationName)));
        add(pluginList());
        add(new H2(getTranslation("admin.bindings.heading", organizationName)),
                new Paragraph(getTranslation("admin.bindings.intro", organizationName)),
                new H3(getTranslation("admin.bindings.slots")), slots,
                new H3(getTranslation("admin.bindings.extras")),
                muted(getTranslation("admin.bindings.extrasIntro")), extras);
        refreshBindings();
        add(settingsSection(settings, formats));
    }

    /** The settings the running steps declare, with this organization's values. */
    private Component settingsSection(PluginSettingsService settings, FormatsService formats) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("settings.heading")),
                muted(getTranslation("settings.intro")));
        section.setId("plugin-settings");
        section.setPadding(false);
        List<PluginSettingsService.StepSettings> editable = settings.editable(getLocale());
        if (editable.isEmpty()) {
            section.add(muted(getTranslation("settings.none")));
        }
        editable.forEach(step -> section.add(new PluginSettingsEditor(settings, formats.current(getLocale()), step)));
        return section;
    }

    private Component pluginList() {
        List<PluginInfo> all = administration.plugins();
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("admin.plugins.heading")));
        section.setPadding(false);
        if (all.isEmpty()) {
            section.add(muted(getTranslation("admin.plugins.empty")));
            return section;
        }
        plugins.setId("plugins");
        plugins.addColumn(PluginInfo::id).setHeader(getTranslation("admin.plugins.id")).setAutoWidth(true).setFlexGrow(0);
        plugins.addColumn(PluginInfo::version).setHeader(getTranslation("admin.plugins.version")).setAutoWidth(true)
                .setFlexGrow(0);
        plugins.addColumn(PluginInfo::provider).setHeader(getTranslation("admin.plugins.provider")).setAutoWidth(true)
                .setFlexGrow(0);
        plugins.addComponentColumn(this::stateBadge).setHeader(getTranslation("admin.plugins.state")).setAutoWidth(true)
                .setFlexGrow(0);
        plugins.addColumn(p -> p.steps().isEmpty() ? getTranslation("admin.plugins.noSteps") : String.join(", ", p.steps()))
                .setHeader(getTranslation("admin.plugins.steps")).setAutoWidth(true).setFlexGrow(0);
        plugins.addColumn(p -> p.failureReason() == null ? "" : p.failureReason())
                .setHeader(getTranslation("admin.plugins.problem")).setWidth("12rem").setFlexGrow(1);
        plugins.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        plugins.setAllRowsVisible(true);
        plugins.setItems(all);
        section.add(plugins);
        return section;
    }

    private Span stateBadge(PluginInfo plugin) {
        Span badge = new Span(getTranslation("admin.plugins.state." + plugin.state()));
        badge.getElement().getThemeList().add(switch (plugin.state()) {
            case "STARTED" -> "badge success";
            case "FAILED" -> "badge error";
            default -> "badge contrast";
        });
        return badge;
    }

    private void refreshBindings() {
        StepConfiguration configuration = administration.configuration(getLocale());
        slots.removeAll();
        configuration.slots().forEach(slot -> slots.add(slotSelect(slot)));
        extras.removeAll();
        if (configuration.extras().isEmpty()) {
            extras.add(muted(getTranslation("admin.bindings.noExtras")));
        }
        configuration.extras().forEach(extra -> extras.add(extraRow(extra)));
    }

    private Select<String> slotSelect(SlotBinding binding) {
        Map<String, StepChoice> choices = binding.choices().stream()
                .collect(Collectors.toMap(StepChoice::stepId, Function.identity()));
        Select<String> select = new Select<>();
        select.setId("slot-" + binding.slot().name());
        select.setLabel(getTranslation("admin.slot." + binding.slot().name()));
        select.setWidth("32rem");
        select.setItems(binding.choices().stream().map(StepChoice::stepId).toList());
        select.setItemLabelGenerator(stepId -> choiceLabel(choices.get(stepId)));
        select.setValue(binding.stepId());
        if (!choices.get(binding.stepId()).running()) {
            select.setHelperText(getTranslation("admin.bindings.notRunning"));
        }
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                confirmThen(() -> administration.bindSlot(binding.slot(), e.getValue()),
                        () -> select.setValue(e.getOldValue()));
            }
        });
        return select;
    }

    private String choiceLabel(StepChoice choice) {
        if (!choice.running()) {
            return getTranslation(choice.defaultStep() ? "admin.bindings.choice.defaultNotRunning"
                    : "admin.bindings.choice.notRunning", choice.stepId());
        }
        return getTranslation(choice.defaultStep() ? "admin.bindings.choice.default" : "admin.bindings.choice",
                choice.title(), choice.pluginId());
    }

    /** An extra step: on or off, and where it goes. */
    private Component extraRow(ExtraStep extra) {
        HorizontalLayout row = new HorizontalLayout(extraCheckbox(extra));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (extra.running()) {
            row.add(placementSelect(extra));
        }
        return row;
    }

    private Checkbox extraCheckbox(ExtraStep extra) {
        Checkbox checkbox = new Checkbox(getTranslation("admin.bindings.extra.label", extra.title(),
                placementText(extra.placement())));
        checkbox.setId("extra-" + extra.stepId());
        checkbox.setValue(extra.enabled());
        checkbox.setWidth("28rem");
        checkbox.setHelperText(extra.running() ? getTranslation("admin.bindings.extra.helper", extra.pluginId())
                : getTranslation("admin.bindings.extra.notRunning"));
        checkbox.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                confirmThen(() -> administration.setExtraStep(extra.stepId(), e.getValue(), extra.placement()),
                        () -> checkbox.setValue(e.getOldValue()));
            }
        });
        return checkbox;
    }

    /** Before or after which of the six slots the extra step goes. */
    private Select<StepPlacement> placementSelect(ExtraStep extra) {
        Select<StepPlacement> where = new Select<>();
        where.setId("extra-place-" + extra.stepId());
        where.setLabel(getTranslation("admin.bindings.where"));
        where.setWidth("20rem");
        where.setItems(Arrays.stream(StepSlot.values())
                .flatMap(slot -> Stream.of(StepPlacement.before(slot), StepPlacement.after(slot))).toList());
        where.setItemLabelGenerator(placement -> getTranslation("admin.bindings.where." + placement.position().name(),
                getTranslation("admin.slot." + placement.slot().name())));
        where.setValue(extra.placement());
        where.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                StepPlacement placement = e.getValue();
                if (extra.enabled()) {
                    confirmThen(() -> administration.setExtraStep(extra.stepId(), true, placement),
                            () -> where.setValue(e.getOldValue()));
                } else {
                    apply(() -> administration.setExtraStep(extra.stepId(), false, placement));
                }
            }
        });
        return where;
    }

    private String placementText(StepPlacement placement) {
        return getTranslation("admin.bindings.placement." + placement.position().name(),
                getTranslation("admin.slot." + placement.slot().name()));
    }

    /** Applies a change at once, or after a confirmation when programs in progress would see it. */
    private void confirmThen(Runnable change, Runnable undo) {
        long inProgress = administration.programsInProgress();
        if (inProgress == 0) {
            apply(change);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.bindings.confirm.title"),
                getTranslation("admin.bindings.confirm.message", inProgress, organizationName),
                getTranslation("admin.bindings.confirm.apply"), e -> apply(change));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.addCancelListener(e -> undo.run());
        confirm.setCloseOnEsc(false);
        confirm.open();
    }

    private void apply(Runnable change) {
        change.run();
        Notifications.success(getTranslation("admin.bindings.saved", organizationName));
        refreshBindings();
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("ascent-muted");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.plugins.title") + " · " + getTranslation("app.name");
    }
}
