package nl.akkoordmonitor.milestones;

import nl.akkoordmonitor.agreements.Scope;

import java.util.List;

/** Indicator targets and their judgement for the steering report; one SQL query. Scope checks are the caller's. */
public interface IndicatorReporting {

    /**
     * Every indicator target of the agreements in the scope, with the newest measurement of each
     * agreement's owner in or before {@code year}, ordered by agreement and indicator code.
     */
    List<IndicatorRow> indicatorRows(Scope scope, int year);
}
