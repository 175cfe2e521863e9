package com.ascent.app.mail.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.MailMessage;
import com.ascent.app.mail.MailOutbox;
import com.ascent.app.ui.LogPages;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox: every e-mail of the organization, newest first, with its status; a message opens to
 * be read with its links clickable (with no mail server configured this is where invitations are
 * picked up), and a failed one can be sent again.
 */
@Route("admin/outbox")
@Menu(title = "mail.outbox.menu", order = 8.7)
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    /** A link, without the punctuation of the sentence it ends. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]");

    private final MailOutbox outbox;
    private final Formats formats;
    private final AscentI18NProvider i18n;
    private final Grid<MailMessage> grid = new Grid<>();

    public OutboxView(MailOutbox outbox, FormatsService formatsService, AscentI18NProvider i18n) {
        this.outbox = outbox;
        this.i18n = i18n;
        this.formats = formatsService.current(getLocale());
        addClassName("ascent-page");
        setSizeFull();
        Span count = new Span();
        count.addClassName("ascent-muted");
        HorizontalLayout heading = new HorizontalLayout(new H1(getTranslation("mail.outbox.title")), count);
        heading.setAlignItems(Alignment.BASELINE);
        Paragraph intro = new Paragraph(getTranslation(outbox.sending() ? "mail.outbox.intro.sending"
                : "mail.outbox.intro.held"));
        intro.setId("outbox-intro");
        intro.addClassName("ascent-muted");
        add(heading, intro, grid);
        setFlexGrow(1, grid);

        grid.setId("outbox");
        grid.addColumn(m -> formats.dateTime(m.createdAt().atZone(formats.zone())))
                .setHeader(getTranslation("mail.outbox.column.created")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("mail.outbox.status." + m.status().name()))
                .setHeader(getTranslation("mail.outbox.column.status")).setAutoWidth(true);
        grid.addColumn(OutboxView::recipient)
                .setHeader(getTranslation("mail.outbox.column.recipient")).setAutoWidth(true);
        grid.addColumn(this::kind).setHeader(getTranslation("mail.outbox.column.kind")).setAutoWidth(true);
        grid.addColumn(MailMessage::subject).setHeader(getTranslation("mail.outbox.column.subject")).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            Button open = new Button(getTranslation("mail.outbox.open"), e -> open(m));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        LogPages.readLazily(grid, getTranslation("mail.outbox.empty"),
                query -> outbox.messages(query.getOffset(), query.getLimit()).stream(),
                query -> outbox.count(), count, n -> getTranslation("mail.outbox.count", n));
    }

    /** "Name <address>", or the address alone when the name is unknown (an invitation to an address). */
    private static String recipient(MailMessage message) {
        String name = message.recipientName().strip();
        return name.isEmpty() || name.equalsIgnoreCase(message.recipientEmail())
                ? message.recipientEmail() : name + " <" + message.recipientEmail() + ">";
    }

    /** The kind's name where the bundle has one (kinds are named by the features that mail). */
    private String kind(MailMessage message) {
        return i18n.findTranslation("mail.kind." + message.kind(), getLocale()).orElse(message.kind());
    }

    private void open(MailMessage listed) {
        MailMessage message = outbox.message(listed.id()).orElse(listed);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(message.subject());
        dialog.setWidth("min(48rem, 95vw)");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new Span(getTranslation("mail.outbox.message.to", recipient(message))));
        content.add(new Span(getTranslation("mail.outbox.message.details",
                getTranslation("mail.outbox.status." + message.status().name()), message.attempts())));
        if (message.lastError() != null) {
            content.add(new Span(getTranslation("mail.outbox.message.lastError", message.lastError())));
        }
        Div body = body(message.body());
        body.setId("outbox-message-body");
        content.add(body);
        dialog.add(content);
        Button close = new Button(getTranslation("mail.outbox.message.close"), e -> dialog.close());
        if (outbox.canSendAgain(message)) {
            Button sendAgain = new Button(getTranslation("mail.outbox.message.sendAgain"), e -> {
                try {
                    outbox.sendAgain(message.id());
                    Notifications.success(getTranslation("mail.outbox.sentAgain"));
                } catch (ConcurrentEditException refused) {
                    Notifications.error(getTranslation(refused.getMessage()));
                }
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
            sendAgain.setId("outbox-send-again");
            sendAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(sendAgain);
        }
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** The plain-text body as written, its links as anchors one can click. */
    static Div body(String text) {
        Div body = new Div();
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            if (link.start() > from) {
                body.add(new Text(text.substring(from, link.start())));
            }
            body.add(anchor(link.group()));
            from = link.end();
        }
        if (from < text.length()) {
            body.add(new Text(text.substring(from)));
        }
        return body;
    }

    private static Component anchor(String url) {
        Anchor anchor = new Anchor(url, url);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        // Within running text a link must not be told apart by its colour alone (WCAG 1.4.1).
        anchor.getStyle().set("text-decoration", "underline");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title") + " · " + getTranslation("app.name");
    }
}
