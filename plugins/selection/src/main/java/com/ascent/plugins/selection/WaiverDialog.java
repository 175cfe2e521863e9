package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.PairKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;

/** Records why a HiPo goes without a mentor or coach: HR's explicit exception. */
final class WaiverDialog extends Dialog {

    WaiverDialog(StepContext context, UUID hipoMemberId, String hipoName, PairKind kind, Runnable afterSave) {
        Translator messages = context.messages();
        setId("waiver-dialog");
        setHeaderTitle(messages.get("pairs.waiver.dialog", kind.name(), hipoName));
        TextArea reason = new TextArea(messages.get("pairs.waiver.reason", kind.name()));
        reason.setId("waiver-reason");
        reason.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        reason.setPlaceholder(messages.get("pairs.waiver.reason.placeholder"));
        reason.setWidthFull();
        reason.setMinRows(3);
        add(reason);
        Feedback feedback = new Feedback().field("reason", reason).field("hipoMemberId", reason);
        Button save = new Button(messages.get("common.save"), e -> {
            feedback.clear();
            try {
                context.roster().recordWaiver(hipoMemberId, kind, reason.getValue());
                close();
                afterSave.run();
            } catch (InvalidInputException ex) {
                feedback.show(ex);
            } catch (ConcurrentEditException ex) {
                Feedback.error(ex.getMessage());
                close();
                afterSave.run();
            }
        });
        save.setId("waiver-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(messages.get("common.cancel"), e -> close()), save);
    }
}
