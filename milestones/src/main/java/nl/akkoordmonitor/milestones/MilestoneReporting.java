package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.List;
import java.util.function.Consumer;

/**
 * Milestones for the steering report and the Excel round trip. Scope checks are the caller's
 * (see {@link Scope#within}); states are as of today by the application clock.
 */
public interface MilestoneReporting {

    /**
     * Streams the milestones of a scope, one SQL query with a cursor, ordered by agreement, theme
     * and due date.
     *
     * @param year only milestones due in this year; every year when null
     */
    void forEachMilestone(Scope scope, @Nullable Integer year, Consumer<MilestoneRow> sink);

    /** How many milestones of the scope are in each state, per core theme (one SQL query). */
    List<MilestoneStateCount> countsByThemeAndState(Scope scope, @Nullable Integer year);

    /**
     * The same counts split further by GGD region and agreement owner (one SQL query), for the
     * overviews per region and per municipality; they add up to {@link #countsByThemeAndState}.
     */
    List<MilestoneOwnerCount> countsByOwnerThemeAndState(Scope scope, @Nullable Integer year);

    /**
     * The same counts split by GGD region only (one SQL query): for national overviews, a row per
     * region, theme and state instead of one per agreement owner. They add up to
     * {@link #countsByThemeAndState}.
     */
    List<MilestoneRegionCount> countsByRegionThemeAndState(Scope scope, @Nullable Integer year);

    /** How many milestones due in each year from {@code fromYear} to {@code toYear} are in each state (one SQL query). */
    List<MilestoneYearCount> countsByYearAndState(Scope scope, int fromYear, int toYear);

    /**
     * Records progress reports in bulk, all or nothing, idempotently per entry's key. Every entry
     * must be on a milestone of an agreement the actor's organisation owns; every refused entry is
     * reported and then nothing is stored.
     */
    ProgressResult recordProgress(Actor actor, List<ProgressEntry> entries);
}
