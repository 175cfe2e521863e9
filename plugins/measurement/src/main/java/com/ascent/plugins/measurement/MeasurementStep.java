package com.ascent.plugins.measurement;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.measurement.Metric;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** Ascent's default Measurement step. */
@Extension
public class MeasurementStep extends AbstractWizardStep {

    public MeasurementStep() {
        super("measurement", StepPlacement.fills(StepSlot.MEASUREMENT));
    }

    @Override
    public Component createView(StepContext context) {
        return new MeasurementView(context);
    }

    /** Complete when the plan exists and every metric's baseline is scheduled; results fill in later. */
    @Override
    public StepStatus status(StepContext context) {
        List<Metric> metrics = context.measurement().metrics();
        List<String> missing = new ArrayList<>();
        if (metrics.isEmpty()) {
            missing.add(context.messages().get("status.noPlan"));
        }
        metrics.stream().filter(m -> m.baselineDate() == null)
                .forEach(m -> missing.add(context.messages().get("status.noBaseline", m.name())));
        return StepStatus.of(missing);
    }
}
