package com.ascent.app.measurement.ui;

import com.ascent.app.measurement.FeedbackLinkService;
import com.ascent.app.measurement.FeedbackQuestion;
import com.ascent.app.measurement.RaterForm;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The page of a rater's feedback link, without an account: the questions about one HiPo in the
 * rater's language, their own draft and nothing of anyone else's answers. Save keeps a draft (the
 * link stays good); submit uses the link up. An expired, used or altered link gets a page that says
 * so and stores nothing.
 */
@Route(value = "feedback", autoLayout = false)
@AnonymousAllowed
public class FeedbackFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final FeedbackLinkService links;
    private final Map<String, RadioButtonGroup<Integer>> answers = new LinkedHashMap<>();
    private final TextArea comment = new TextArea();
    private String token = "";

    public FeedbackFormView(FeedbackLinkService links) {
        this.links = links;
        setMaxWidth("48rem");
        getStyle().set("margin-inline", "auto");
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        answers.clear();
        Optional<RaterForm> form = links.open(token);
        form.ifPresent(f -> event.getUI().setLocale(f.language()));
        if (form.isEmpty()) {
            showMessage(getTranslation("feedback360.form.gone.title"), getTranslation("feedback360.form.gone"));
        } else if (form.get().state() == RaterForm.State.EXPIRED) {
            showMessage(getTranslation("feedback360.form.gone.title"), getTranslation("feedback360.form.expired"));
        } else if (form.get().state() == RaterForm.State.USED) {
            showMessage(getTranslation("feedback360.form.pageTitle"), getTranslation("feedback360.form.used"));
        } else {
            showForm(form.get());
        }
    }

    private void showForm(RaterForm form) {
        add(new H1(getTranslation("feedback360.form.title", form.hipoName())),
                new Paragraph(getTranslation("feedback360.form.intro", form.organizationName(),
                        getTranslation("feedback360.role." + form.role().name()), form.hipoName())));
        List<Integer> scale = IntStream.rangeClosed(1, 5).boxed().toList();
        for (int i = 0; i < form.questions().size(); i++) {
            FeedbackQuestion question = form.questions().get(i);
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(question.overall()
                    ? getTranslation("feedback360.form.overall")
                    : getTranslation("feedback360.form.objective", question.title()));
            rating.setItems(scale);
            rating.setItemLabelGenerator(value -> getTranslation("feedback360.form.scale." + value));
            rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            rating.setRequiredIndicatorVisible(question.overall());
            rating.setId("question-" + i);
            rating.setValue(form.draft().get(question.key()));
            answers.put(question.key(), rating);
            add(rating);
        }
        comment.setLabel(getTranslation("feedback360.form.comment"));
        comment.setWidthFull();
        comment.setValue(form.comment());
        comment.setId("feedback-comment");
        String validUntil = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(form.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate());
        Button save = new Button(getTranslation("feedback360.form.saveDraft"), e -> {
            if (run(() -> links.saveDraft(token, ratings(), comment.getValue()))) {
                Notifications.success(getTranslation("feedback360.form.draftSaved", validUntil));
            }
        });
        save.setId("save-draft");
        Button submit = new Button(getTranslation("feedback360.form.submit"), e -> {
            if (run(() -> links.submit(token, ratings(), comment.getValue()))) {
                showMessage(getTranslation("feedback360.form.pageTitle"), getTranslation("feedback360.form.thanks"));
            }
        });
        submit.setId("submit-feedback");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(comment, new HorizontalLayout(submit, save));
    }

    private Map<String, Integer> ratings() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        answers.forEach((key, group) -> {
            if (group.getValue() != null) {
                ratings.put(key, group.getValue());
            }
        });
        return ratings;
    }

    /** Runs a save; a refusal is shown where it belongs, and a closed link replaces the form. */
    private boolean run(Runnable action) {
        answers.values().forEach(group -> group.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            if ("token".equals(e.field())) {
                showMessage(getTranslation("feedback360.form.gone.title"), getTranslation(e.getMessage()));
            } else {
                RadioButtonGroup<Integer> overall = answers.values().iterator().next();
                overall.setErrorMessage(getTranslation(e.getMessage()));
                overall.setInvalid(true);
            }
            return false;
        }
    }

    private void showMessage(String title, String message) {
        removeAll();
        add(new H1(title), new Paragraph(message));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback360.form.pageTitle") + " · " + getTranslation("app.name");
    }
}
