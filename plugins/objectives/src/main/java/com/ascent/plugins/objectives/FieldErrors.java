package com.ascent.plugins.objectives;

import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Puts each refusal of the host at the field it names, so the user sees what to fix where. */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Shows errors about {@code field} at {@code component}; the first bound component takes unknown fields. */
    FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void clear() {
        fields.values().forEach(component -> component.setInvalid(false));
    }

    void show(InvalidInputException refusal) {
        HasValidation component = fields.getOrDefault(refusal.field(), fields.values().iterator().next());
        component.setErrorMessage(refusal.getMessage());
        component.setInvalid(true);
    }
}
