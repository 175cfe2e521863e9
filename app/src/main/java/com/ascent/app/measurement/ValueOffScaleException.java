package com.ascent.app.measurement;

import com.ascent.plugin.api.InvalidInputException;
import java.util.List;

/** A value outside its metric's scale, e.g. 7 on a 1-5 rating; the message names the scale's ends. */
public class ValueOffScaleException extends InvalidInputException {

    private final List<Object> arguments;

    ValueOffScaleException(MetricScale scale) {
        super("value", "measurement.error.offScale");
        this.arguments = List.of(scale.lowest(), scale.highest());
    }

    /** The lowest and the highest value of the scale, for the message. */
    public List<Object> arguments() {
        return arguments;
    }
}
