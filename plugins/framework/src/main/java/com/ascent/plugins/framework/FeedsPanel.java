package com.ascent.plugins.framework;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarFeed;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Live calendar feeds: HR makes a subscription address for one person or the whole program, copies
 * it (it is shown only once: Ascent keeps a hash of it), and revokes it when it must stop working.
 */
class FeedsPanel extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final ComboBox<RosterMember> person = new ComboBox<>();
    private final TextField address = new TextField();
    private final Button copy = new Button();
    private final UnorderedList live = new UnorderedList();
    private Map<UUID, String> names = Map.of();

    FeedsPanel(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        person.setId("feed-person");
        person.setLabel(messages.get("feed.person"));
        person.setPlaceholder(messages.get("feed.wholeProgram"));
        person.setClearButtonVisible(true);
        person.setItemLabelGenerator(RosterMember::displayName);
        Button create = new Button(messages.get("feed.create"), e -> create());
        create.setId("feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        address.setId("feed-address");
        address.setLabel(messages.get("feed.address"));
        address.setHelperText(messages.get("feed.addressHint"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        copy.setId("feed-copy");
        copy.setText(messages.get("feed.copy"));
        copy.setVisible(false);
        copy.addClickListener(e -> copy.getElement().executeJs("navigator.clipboard.writeText($0)", address.getValue()));
        live.setId("feed-list");
        HorizontalLayout make = new HorizontalLayout(person, create);
        make.setAlignItems(Alignment.BASELINE);
        make.setVisible(context.canEdit());
        HorizontalLayout made = new HorizontalLayout(address, copy);
        made.setAlignItems(Alignment.BASELINE);
        made.setWidthFull();
        add(new H3(messages.get("feed.heading")), new Paragraph(messages.get("feed.hint")), make, made, live);
    }

    /** Shows the feeds again, offering feeds for {@code members} (the paired roster members). */
    void refresh(List<RosterMember> members) {
        person.setItems(members);
        names = members.stream().collect(Collectors.toMap(RosterMember::id, RosterMember::displayName, (a, b) -> a));
        showFeeds();
    }

    private void create() {
        RosterMember member = person.getValue();
        try {
            CalendarFeed feed = context.calendar().createFeed(member == null ? null : member.id());
            address.setValue(feed.url() == null ? "" : feed.url());
            address.setVisible(true);
            copy.setVisible(true);
            showFeeds();
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
    }

    private void showFeeds() {
        live.removeAll();
        Function<CalendarFeed, String> whose = feed -> feed.memberId() == null ? messages.get("feed.wholeProgram")
                : names.getOrDefault(feed.memberId(), messages.get("feed.formerMember"));
        for (CalendarFeed feed : context.calendar().feeds()) {
            Span label = new Span(messages.get("feed.line", whose.apply(feed),
                    context.formats().date(feed.createdAt().atZone(context.formats().zone()).toLocalDate())));
            Button revoke = new Button(messages.get("feed.revoke"), e -> revoke(feed));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setVisible(context.canEdit());
            revoke.getElement().setAttribute("aria-label", messages.get("feed.revokeOf", whose.apply(feed)));
            HorizontalLayout row = new HorizontalLayout(label, revoke);
            row.setAlignItems(Alignment.BASELINE);
            live.add(new ListItem(row));
        }
        if (live.getChildren().findAny().isEmpty()) {
            live.add(new ListItem(messages.get("feed.none")));
        }
    }

    private void revoke(CalendarFeed feed) {
        try {
            context.calendar().revokeFeed(feed.id());
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
        address.clear();
        address.setVisible(false);
        copy.setVisible(false);
        showFeeds();
    }
}
