package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.reporting.internal.workbook.Labels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The statuses a municipality reports in the template, with their Dutch labels. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, DELAYED, ACHIEVED, CANCELLED;

    public String label() {
        return Labels.get("progress." + name());
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ProgressStatus::label).toList();
    }

    /** The status for a label as typed or picked in Excel: case and surrounding spaces do not matter. */
    public static Optional<ProgressStatus> fromLabel(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
