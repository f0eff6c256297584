package nl.akkoordmonitor.milestones;

import io.micronaut.serde.annotation.Serdeable;

/** How many milestones due in one year are in one state (as of today). */
@Serdeable
public record MilestoneYearCount(int year, MilestoneState state, long count) {
}
