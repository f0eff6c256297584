package nl.akkoordmonitor.app.access;

import java.util.List;

/**
 * Supplies the matrix cases of one module. Make it a {@code @Singleton} in this package (one
 * class per module, e.g. {@code MilestoneAccessCases}); {@link AccessMatrixTest} finds every
 * provider by itself, so adding one touches no shared file.
 */
public interface AccessCaseProvider {

    /**
     * Creates the data the cases need (through the API, as its owner) and returns the cases.
     * Called once per test run.
     */
    List<AccessCase> cases(AccessWorld world);
}
