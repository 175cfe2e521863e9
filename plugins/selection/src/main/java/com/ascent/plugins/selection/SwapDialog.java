package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugins.selection.matching.Alternatives.Alternative;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.List;

/** A swap by hand: the other guides the HiPo may have, each with the score the pair would get. */
final class SwapDialog extends Dialog {

    SwapDialog(StepContext context, Pair pair, RosterMember hipo, BigDecimal currentScore, List<Alternative> alternatives,
               Runnable afterSave) {
        Translator messages = context.messages();
        String guideKind = pair.kind().name();
        setId("swap-dialog");
        setHeaderTitle(messages.get("swap.title", guideKind, hipo.displayName()));
        if (alternatives.isEmpty()) {
            add(new Paragraph(messages.get("swap.none", guideKind)));
            getFooter().add(new Button(messages.get("common.cancel"), e -> close()));
            return;
        }
        add(new Paragraph(messages.get("swap.intro", hipo.displayName(), Texts.score(currentScore))));
        ComboBox<Alternative> choice = new ComboBox<>(messages.get("swap.choice", guideKind));
        choice.setId("swap-choice");
        choice.setWidthFull();
        choice.setItems(alternatives);
        choice.setItemLabelGenerator(a -> messages.get("swap.option", a.guide().displayName(),
                Texts.describe(a.guide(), messages), Texts.score(a.score()), difference(a.score(), currentScore)));
        choice.setValue(alternatives.getFirst());
        add(choice);
        Button apply = new Button(messages.get("swap.apply"), e -> {
            Alternative chosen = choice.getValue();
            if (chosen == null) {
                return;
            }
            try {
                context.roster().changeGuide(pair.id(), pair.version(), chosen.guide().id(), chosen.score(),
                        chosen.explanation());
                Feedback.success(messages.get("swap.done", chosen.guide().displayName(), hipo.displayName()));
                close();
                afterSave.run();
            } catch (InvalidInputException | ConcurrentEditException ex) {
                Feedback.error(ex.getMessage());
                close();
                afterSave.run();
            }
        });
        apply.setId("swap-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(messages.get("common.cancel"), e -> close()), apply);
    }

    /** "+4" or "−6": how the alternative compares with the current pair. */
    static String difference(BigDecimal alternative, BigDecimal current) {
        BigDecimal delta = new BigDecimal(Texts.score(alternative)).subtract(new BigDecimal(Texts.score(current)));
        return delta.signum() > 0 ? "+" + delta.toPlainString()
                : delta.signum() < 0 ? "−" + delta.abs().toPlainString() : "±0";
    }
}
