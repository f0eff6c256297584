package nl.akkoordmonitor.web.internal.steering;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.financing.MoneyLine;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import nl.akkoordmonitor.web.internal.map.MapPicture;
import nl.akkoordmonitor.web.internal.map.NetherlandsMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns steering figures into what the pages draw: the coverage map, the money chart and the
 * milestones chart. Colours are never the only carrier of meaning: every shape has a title with
 * the words, and every picture has a table with the same numbers beside it.
 */
@Singleton
public class SteeringViews {

    /** Blue, amber and red: told apart also by people who do not see red and green apart. */
    private static final String BLUE = "#2c7bb6";
    private static final String AMBER = "#fdae61";
    private static final String RED = "#d7191c";
    /** Six colours for the GGD regions; neighbouring regions never share one. */
    private static final String[] REGION_COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#9c755f"};

    private final NetherlandsMap map;

    SteeringViews(NetherlandsMap map) {
        this.map = map;
    }

    /** The coverage state of one municipality or region as a word. */
    public enum CoverageClass {
        COVERED(BLUE), GAPS(AMBER), NO_AGREEMENT(RED);

        private final String colour;

        CoverageClass(String colour) {
            this.colour = colour;
        }

        public String colour() {
            return colour;
        }

        public String word() {
            return Texts.t("steering.coverage." + name());
        }

        public static CoverageClass of(Coverage.Row row) {
            return row.agreementId() == null ? NO_AGREEMENT : row.covered() ? COVERED : GAPS;
        }
    }

    /** The municipalities of the coverage coloured by coverage, each leading to its page. */
    public String coverageMap(String id, String label, Coverage coverage, int year) {
        List<MapPicture.Area> areas = new ArrayList<>();
        for (Coverage.Row row : coverage.municipalities()) {
            CoverageClass c = CoverageClass.of(row);
            areas.add(new MapPicture.Area(row.code(), c.colour(), row.name() + ": " + c.word(),
                    "/gemeente/" + row.code() + "?jaar=" + year));
        }
        return MapPicture.of(map, id, label, areas, regionOf(coverage)).svg(map);
    }

    /** The municipalities coloured by their GGD region, so each region shows as the union of its municipalities. */
    public String regionMap(String id, String label, Coverage coverage, Map<String, String> regionNames, int year) {
        Map<String, String> regionOf = regionOf(coverage);
        Map<String, Integer> colours = map.regionColours(regionOf);
        List<MapPicture.Area> areas = new ArrayList<>();
        for (Coverage.Row row : coverage.municipalities()) {
            String region = row.ggdRegionCode();
            areas.add(new MapPicture.Area(row.code(), REGION_COLOURS[colours.getOrDefault(region, 0) % REGION_COLOURS.length],
                    row.name() + ": " + regionNames.getOrDefault(region, region), "/regio/" + region + "?jaar=" + year));
        }
        return MapPicture.of(map, id, label, areas, regionOf).svg(map);
    }

    private static Map<String, String> regionOf(Coverage coverage) {
        Map<String, String> regionOf = new LinkedHashMap<>();
        coverage.municipalities().forEach(row -> regionOf.put(row.code(), row.ggdRegionCode()));
        return regionOf;
    }

    /** Budgeted, allocated and spent per law, each bar split into structural and incidental money. */
    public String moneyChart(MoneyOverview money) {
        List<BarChart.Bar> bars = new ArrayList<>();
        Map<LegalBasis, MoneyLine[]> byLaw = new LinkedHashMap<>();
        for (MoneyLine line : money.lines()) {
            MoneyLine[] pair = byLaw.computeIfAbsent(line.legalBasis(), l -> new MoneyLine[2]);
            pair[line.nature().ordinal()] = line;
        }
        byLaw.forEach((law, pair) -> {
            BigDecimal total = pair[0].budgeted().add(pair[1].budgeted()).add(pair[0].allocated()).add(pair[1].allocated())
                    .add(pair[0].spent()).add(pair[1].spent());
            if (total.signum() == 0) {
                return;
            }
            String name = Vocabulary.label(law);
            bars.add(bar(name + " – " + Texts.t("steering.money.budgeted"), pair[0].budgeted(), pair[1].budgeted()));
            bars.add(bar(name + " – " + Texts.t("steering.money.allocated"), pair[0].allocated(), pair[1].allocated()));
            bars.add(bar(name + " – " + Texts.t("steering.money.spent"), pair[0].spent(), pair[1].spent()));
        });
        return BarChart.svg(Texts.t("steering.money.chartLabel"), List.of(
                new BarChart.Series(Vocabulary.label(nl.akkoordmonitor.financing.FundingNature.STRUCTURAL), "#1a5ea8"),
                new BarChart.Series(Vocabulary.label(nl.akkoordmonitor.financing.FundingNature.INCIDENTAL), "#f28e2b")), bars);
    }

    private static BarChart.Bar bar(String label, BigDecimal structural, BigDecimal incidental) {
        return new BarChart.Bar(label, List.of(structural, incidental), Numbers.euroRounded(structural.add(incidental)));
    }

    /** Milestones per state, one bar per year. */
    public String milestonesChart(Map<Integer, Map<MilestoneState, Long>> perYear) {
        List<MilestoneState> states = List.of(MilestoneState.values());
        String[] colours = {"#bdbdbd", "#2c7bb6", "#fdae61", "#f46d43", "#d7191c", "#1a9641", "#7f7f7f"};
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            series.add(new BarChart.Series(Vocabulary.label(states.get(i)), colours[i]));
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        perYear.forEach((year, counts) -> {
            List<BigDecimal> parts = new ArrayList<>();
            long total = 0;
            for (MilestoneState state : states) {
                long n = counts.getOrDefault(state, 0L);
                parts.add(BigDecimal.valueOf(n));
                total += n;
            }
            bars.add(new BarChart.Bar(String.valueOf(year), parts, Numbers.count(total)));
        });
        return BarChart.svg(Texts.t("steering.milestones.chartLabel"), series, bars);
    }

    /** The word for a binding theme's state in a municipality or region. */
    public static String coverageWord(CoverageState state) {
        return Vocabulary.label(state);
    }
}
