package com.ascent.plugins.examples.sponsor;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.ProgramFramework;
import java.util.List;
import java.util.Optional;

/** Complete when the sponsor approved the framework as it is now. */
final class SignOffRules {

    private SignOffRules() {
    }

    static List<String> missing(Optional<ProgramFramework> framework, Optional<SignOff> signOff, Translator messages) {
        if (framework.isEmpty()) {
            return List.of(messages.get("status.noFramework"));
        }
        if (signOff.isEmpty()) {
            return List.of(messages.get("status.notApproved"));
        }
        if (signOff.get().frameworkVersion() != framework.get().version()) {
            return List.of(messages.get("status.changedSince", signOff.get().sponsor(), signOff.get().approvedOn()));
        }
        return List.of();
    }
}
