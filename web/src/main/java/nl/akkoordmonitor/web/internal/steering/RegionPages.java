package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.agreements.AdoptedTheme;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.FinancingAnalysis;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;
import nl.akkoordmonitor.web.internal.map.MapPicture;
import nl.akkoordmonitor.web.internal.map.NetherlandsMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A GGD region's start page (every municipality in one sortable, filterable table, and the region
 * on the map) and a municipality's steering page. A GGD sees its own region, VWS every region.
 */
@Controller
@Hidden
@Secured({"GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RegionPages {

    /** The sort orders of the municipality table, by their name in the address. */
    static final Map<String, Comparator<SteeringFigures.MunicipalityLine>> SORTS = new LinkedHashMap<>();
    /** The filters of the municipality table, by their name in the address. */
    static final Map<String, Predicate<SteeringFigures.MunicipalityLine>> FILTERS = new LinkedHashMap<>();

    static {
        Comparator<SteeringFigures.MunicipalityLine> byName = Comparator.comparing(l -> l.coverage().name());
        SORTS.put("naam", byName);
        SORTS.put("dekking", Comparator.comparingLong(SteeringFigures.MunicipalityLine::missing).reversed().thenComparing(byName));
        SORTS.put("te-laat", Comparator.comparingLong((SteeringFigures.MunicipalityLine l) -> l.milestones().overdue()).reversed().thenComparing(byName));
        SORTS.put("risico", Comparator.comparingLong((SteeringFigures.MunicipalityLine l) -> l.milestones().atRisk()).reversed().thenComparing(byName));
        SORTS.put("evaluatie", Comparator.comparing((SteeringFigures.MunicipalityLine l) -> l.evaluation() == null || l.evaluation().status() == null
                ? -1 : l.evaluation().status().ordinal()).thenComparing(byName));
        FILTERS.put("alle", l -> true);
        FILTERS.put("geen-akkoord", l -> l.coverage().agreementId() == null);
        FILTERS.put("gaten", l -> l.missing() > 0);
        FILTERS.put("te-laat", l -> l.milestones().overdue() > 0);
        FILTERS.put("niet-ingediend", l -> l.evaluation() != null && l.evaluation().firstSubmittedOn() == null);
        FILTERS.put("teruggestuurd", l -> l.evaluation() != null && l.evaluation().status() == nl.akkoordmonitor.milestones.EvaluationStatus.RETURNED);
        FILTERS.put("geen-besteding", l -> l.spending() == SteeringFigures.Spending.NOT_REPORTED);
    }

    private final Pages pages;
    private final SteeringAccess access;
    private final SteeringFigures figures;
    private final SteeringViews views;
    private final NetherlandsMap map;
    private final MilestoneReporting milestones;
    private final FinancingAnalysis financing;
    private final Agreements agreements;

    RegionPages(Pages pages, SteeringAccess access, SteeringFigures figures, SteeringViews views, NetherlandsMap map,
                MilestoneReporting milestones, FinancingAnalysis financing, Agreements agreements) {
        this.agreements = agreements;
        this.pages = pages;
        this.access = access;
        this.figures = figures;
        this.views = views;
        this.map = map;
        this.milestones = milestones;
        this.financing = financing;
    }

    /** The GGD's start page is its own region; VWS starts at the national dashboard. */
    @Get("/regio")
    HttpResponse<?> own(Authentication authentication) {
        Organisation region = access.ownRegion(Actor.of(authentication));
        return Pages.redirect(region == null ? "/sturing" : "/regio/" + region.code());
    }

    @Get("/regio/{code}{?jaar,sorteer,filter,thema}")
    HttpResponse<?> region(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                           @Nullable @QueryValue Integer jaar, @Nullable @QueryValue String sorteer,
                           @Nullable @QueryValue String filter, @Nullable @QueryValue String thema) {
        Actor actor = Actor.of(authentication);
        Organisation region = access.region(actor, code);
        int year = access.year(jaar);
        SteeringFigures.RegionOverview overview = figures.region(region.id(), year);
        String sort = SORTS.containsKey(sorteer) ? sorteer : "naam";
        String shown = FILTERS.containsKey(filter) ? filter : "alle";
        String theme = overview.coverage() != null && thema != null
                && overview.coverage().themes().stream().anyMatch(t -> t.code().equals(thema)) ? thema : null;
        List<SteeringFigures.MunicipalityLine> lines = overview.municipalities().stream()
                .filter(FILTERS.get(shown))
                .filter(l -> theme == null || !l.coverage().cells().getOrDefault(theme, CoverageState.NO_ACTIVE_AGREEMENT).covers())
                .sorted(SORTS.get(sort))
                .toList();
        List<SteeringFigures.Deviation> deviations = new ArrayList<>();
        String svg = null;
        if (overview.coverage() != null) {
            Map<String, String> themeNames = new LinkedHashMap<>();
            overview.coverage().themes().forEach(t -> themeNames.put(t.code(), t.name()));
            // The explanations of every deviating agreement in one query.
            List<Long> deviating = overview.municipalities().stream().map(SteeringFigures.MunicipalityLine::coverage)
                    .filter(row -> row.cells().containsValue(CoverageState.DEVIATION)).map(Coverage.Row::agreementId).toList();
            Map<String, String> justifications = new HashMap<>();
            for (AdoptedTheme adopted : agreements.adoptedThemes(deviating)) {
                if (adopted.deviation()) {
                    justifications.put(adopted.agreementId() + "/" + adopted.code(), adopted.justification());
                }
            }
            for (SteeringFigures.MunicipalityLine line : overview.municipalities()) {
                line.coverage().cells().forEach((t, state) -> {
                    if (state == CoverageState.DEVIATION) {
                        deviations.add(new SteeringFigures.Deviation(line.coverage(), themeNames.getOrDefault(t, t),
                                justifications.get(line.coverage().agreementId() + "/" + t)));
                    }
                });
            }
            svg = regionMap(overview, year);
        }
        Page page = pages.page(request, user(request, authentication), Texts.t("steering.region.title", region.name()));
        return pages.render(request, page, "steering/region", "region", region, "overview", overview, "lines", lines,
                "sort", sort, "filter", shown, "theme", theme, "map", svg, "deviations", deviations,
                "isOwn", actor.organisationId() != null && actor.organisationId() == region.id());
    }

    private String regionMap(SteeringFigures.RegionOverview overview, int year) {
        List<MapPicture.Area> areas = new ArrayList<>();
        Map<String, String> regionOf = new LinkedHashMap<>();
        for (SteeringFigures.MunicipalityLine line : overview.municipalities()) {
            Coverage.Row row = line.coverage();
            SteeringViews.CoverageClass c = SteeringViews.CoverageClass.of(row);
            areas.add(new MapPicture.Area(row.code(), c.colour(), row.name() + ": " + c.word(), "/gemeente/" + row.code() + "?jaar=" + year));
            regionOf.put(row.code(), row.ggdRegionCode());
        }
        return MapPicture.of(map, "kaart", Texts.t("steering.map.regionCoverageLabel", String.valueOf(year)), areas, regionOf).svg(map);
    }

    @Get("/gemeente/{code}{?jaar}")
    HttpResponse<?> municipality(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                                 @Nullable @QueryValue Integer jaar) {
        Actor actor = Actor.of(authentication);
        Organisation municipality = access.municipality(actor, code);
        int year = access.year(jaar);
        SteeringFigures.RegionOverview overview = figures.region(municipality.ggdRegionId(), year);
        SteeringFigures.MunicipalityLine line = overview.municipalities().stream()
                .filter(l -> l.coverage().organisationId() == municipality.id()).findFirst().orElse(null);
        List<MilestoneRow> attention = new ArrayList<>();
        milestones.forEachMilestone(Scope.municipality(municipality.id()), year, row -> {
            if (row.state() == MilestoneState.OVERDUE || row.state() == MilestoneState.AT_RISK || row.state() == MilestoneState.DELAYED) {
                attention.add(row);
            }
        });
        attention.sort(Comparator.comparing(MilestoneRow::dueDate));
        var money = financing.moneyByLawAndNature(Scope.municipality(municipality.id()), year);
        Page page = pages.page(request, user(request, authentication), Texts.t("steering.municipality.title", municipality.name()));
        return pages.render(request, page, "steering/municipality", "municipality", municipality, "year", year,
                "line", line, "themes", overview.coverage() == null ? List.of() : overview.coverage().themes(),
                "attention", attention, "money", money);
    }

    private WebUser user(HttpRequest<?> request, Authentication authentication) {
        return pages.user(request, authentication);
    }
}
