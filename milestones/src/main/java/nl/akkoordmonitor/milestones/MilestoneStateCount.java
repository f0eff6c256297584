package nl.akkoordmonitor.milestones;

import io.micronaut.serde.annotation.Serdeable;

/** How many milestones of one core theme are in one state. */
@Serdeable
public record MilestoneStateCount(String coreThemeCode, String coreThemeName, MilestoneState state, long count) {
}
