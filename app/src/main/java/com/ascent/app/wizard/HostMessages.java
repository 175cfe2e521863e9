package com.ascent.app.wizard;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.measurement.ValueOffScaleException;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InUseException;
import com.ascent.plugin.api.InvalidInputException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Host services throw with translation keys; plugins receive the message in the user's
 * language, as the plugin API promises.
 */
record HostMessages(AscentI18NProvider i18n, Locale locale) {

    <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (ValueOffScaleException e) {
            throw new InvalidInputException(e.field(), i18n.getTranslation(e.getMessage(), locale, e.arguments().toArray()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), i18n.getTranslation(e.getMessage(), locale));
        } catch (ConcurrentEditException e) {
            throw new ConcurrentEditException(i18n.getTranslation(e.getMessage(), locale));
        } catch (InUseException e) {
            throw new InUseException(i18n.getTranslation(e.getMessage(), locale));
        }
    }

    void translated(Runnable call) {
        translated(() -> {
            call.run();
            return null;
        });
    }
}
