package nl.akkoordmonitor.platform.text;

import io.micronaut.core.annotation.Nullable;

/** Small rules for the free text people type, the same in every module. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text without leading and trailing white space, or null when nothing is left: an
     * optional field sent as {@code ""} or {@code "  "} is stored as absent, not as an empty text.
     */
    @Nullable
    public static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
