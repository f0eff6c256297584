package nl.akkoordmonitor.reporting;

import nl.akkoordmonitor.platform.security.Actor;

import java.io.OutputStream;

/** The steering report for callers outside the reporting module, such as the benchmark. */
public interface SteeringReports {

    /** The scope code of the whole country. */
    String NATIONAL = "NL";

    /** The programme choice that shows every programme side by side. */
    String ALL_PROGRAMMES = "all";

    /**
     * Writes the steering report of a scope and year, as the actor may see it.
     *
     * @param scope NL, a GGD region's code or a municipality's; null for the actor's own scope
     * @return how many rows and cells the workbook has
     */
    ReportSize write(Actor actor, String scope, int year, OutputStream out);

    /** The size of a written report. */
    record ReportSize(long rows, long cells) {
    }
}
