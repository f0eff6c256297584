package nl.akkoordmonitor.demo.internal.dataset;

/**
 * How much a generated dataset holds.
 *
 * @param regions                  GGD regions to fill (0: all 25)
 * @param municipalitiesPerRegion  municipalities per region to fill (0: all)
 * @param commitmentsPerTheme      commitments under each adopted theme
 * @param milestonesPerCommitment  average milestones per commitment
 * @param reportsPerMilestone      average progress reports per milestone
 * @param streamsPerMunicipality   funding streams per municipality, each with a budget per year
 */
public record DatasetSize(int regions, int municipalitiesPerRegion, int commitmentsPerTheme,
                          int milestonesPerCommitment, int reportsPerMilestone, int streamsPerMunicipality) {

    /**
     * Every region and municipality: about 25,000 milestones, 100,000 progress reports and
     * 20,000 budget lines.
     */
    public static final DatasetSize NATIONAL = new DatasetSize(0, 0, 2, 6, 4, 15);

    /**
     * The national dataset with {@code scale} times the milestones, progress reports and money
     * lines, as years of history would bring.
     */
    public static DatasetSize national(int scale) {
        return new DatasetSize(NATIONAL.regions, NATIONAL.municipalitiesPerRegion, NATIONAL.commitmentsPerTheme,
                NATIONAL.milestonesPerCommitment * scale, NATIONAL.reportsPerMilestone, NATIONAL.streamsPerMunicipality * scale);
    }

    /** A few regions and municipalities with everything in them: the demo. */
    public static final DatasetSize DEMO = new DatasetSize(3, 5, 2, 3, 3, 6);

    /** The smallest set with every kind of row: for tests. */
    public static final DatasetSize SMALL = new DatasetSize(2, 2, 1, 2, 2, 3);
}
