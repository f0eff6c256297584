package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.CompletenessFigure;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national dashboard of the VWS steering team: the four questions as cards, each leading to
 * its detail page. Every view takes its filters from the query string, so its address can be
 * shared and bookmarked.
 */
@Controller("/sturing")
@Hidden
@Secured("VWS")
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPages {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<PageResponse<MilestoneLine>> MILESTONES = (Argument) Argument.of(PageResponse.class, MilestoneLine.class);

    private final Pages pages;
    private final SteeringAccess access;
    private final SteeringFigures figures;
    private final SteeringViews views;
    private final EvaluationReporting evaluations;
    private final Organisations organisations;

    DashboardPages(Pages pages, SteeringAccess access, SteeringFigures figures, SteeringViews views,
                   EvaluationReporting evaluations, Organisations organisations) {
        this.pages = pages;
        this.access = access;
        this.figures = figures;
        this.views = views;
        this.evaluations = evaluations;
        this.organisations = organisations;
    }

    @Get("{?jaar}")
    HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar) {
        int year = access.year(jaar);
        SteeringFigures.Overview overview = figures.overview(Scope.national(), year);
        Page page = page(request, authentication, Texts.t("steering.dashboard.title", String.valueOf(year)));
        Coverage coverage = overview.coverage().coverage();
        String map = coverage == null ? null
                : views.coverageMap("kaart", Texts.t("steering.map.coverageLabel", String.valueOf(year)), coverage, year);
        return pages.render(request, page, "steering/dashboard", "overview", overview, "map", map);
    }

    @Get("/dekking{?jaar,kaart,programma}")
    HttpResponse<?> coverage(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar,
                             @Nullable @QueryValue String kaart, @Nullable @QueryValue Long programma) {
        int year = access.year(jaar);
        SteeringFigures.CoverageFigures coverage = figures.coverageFigures(Scope.national(), year, programma);
        boolean byRegion = "regio".equals(kaart);
        Page page = page(request, authentication, Texts.t("steering.coverage.title", String.valueOf(year)));
        String map = null;
        if (coverage.coverage() != null) {
            Map<String, String> regionNames = coverage.coverage().regions().stream()
                    .collect(Collectors.toMap(r -> r.code(), r -> r.name(), (a, b) -> a));
            map = byRegion
                    ? views.regionMap("kaart", Texts.t("steering.map.regionLabel"), coverage.coverage(), regionNames, year)
                    : views.coverageMap("kaart", Texts.t("steering.map.coverageLabel", String.valueOf(year)), coverage.coverage(), year);
        }
        return pages.render(request, page, "steering/coverage", "year", year, "figures", coverage, "map", map, "byRegion", byRegion);
    }

    @Get("/mijlpalen{?jaar}")
    HttpResponse<?> milestones(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar) {
        int year = access.year(jaar);
        SteeringFigures.MilestoneFigures milestones = figures.milestoneFigures(Scope.national(), year);
        Map<Integer, Map<MilestoneState, Long>> perYear = figures.milestonesPerYear(Scope.national(), year - 2, year + 1);
        Page page = page(request, authentication, Texts.t("steering.milestones.title", String.valueOf(year)));
        return pages.render(request, page, "steering/milestones", "year", year, "figures", milestones, "regions", figures.regions(),
                "chart", views.milestonesChart(perYear), "perYear", perYear);
    }

    /**
     * The milestones behind a number of the milestones page: due in the year, of one region and/or
     * core theme and/or in one state, all as filters in the address. Asked of the milestones API
     * with the user's own token, so its scope rule decides; 50 a page.
     */
    @Get("/mijlpalen/lijst{?jaar,regio,thema,staat,pagina}")
    HttpResponse<?> milestoneList(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar,
                                  @Nullable @QueryValue String regio, @Nullable @QueryValue String thema,
                                  @Nullable @QueryValue String staat, @Nullable @QueryValue Integer pagina) {
        int year = access.year(jaar);
        Organisation region = regio == null || regio.isBlank() ? null : access.region(Actor.of(authentication), regio);
        MilestoneState state = state(staat);
        String theme = thema == null || thema.isBlank() ? null : thema.strip();
        int number = pagina == null || pagina < 1 ? 1 : pagina;
        StringBuilder filters = new StringBuilder("jaar=" + year);
        StringBuilder api = new StringBuilder("/milestones?dueAfter=" + year + "-01-01&dueBefore=" + year + "-12-31&sort=dueDate&size=50");
        if (region != null) {
            filters.append("&regio=").append(region.code());
            api.append("&region=").append(region.code());
        }
        if (theme != null) {
            filters.append("&thema=").append(encode(theme));
            api.append("&theme=").append(encode(theme));
        }
        if (state != null) {
            filters.append("&staat=").append(state.name());
            api.append("&state=").append(state.name());
        }
        WebUser user = pages.user(request, authentication);
        PageResponse<MilestoneLine> found = pages.api(user).get(api + "&page=" + (number - 1), MILESTONES);
        Map<Long, Organisation> owners = organisations.findAll(found.items().stream().map(MilestoneLine::ownerOrganisationId)
                .distinct().toList()).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        String themeName = theme == null ? null
                : found.items().stream().findFirst().map(MilestoneLine::coreThemeName).orElse(theme);
        List<String> what = new java.util.ArrayList<>();
        what.add(state == null ? Texts.t("steering.milestoneList.all") : Vocabulary.label(state));
        if (themeName != null) {
            what.add(themeName);
        }
        if (region != null) {
            what.add(region.name());
        }
        Page page = pages.page(request, user, Texts.t("steering.milestoneList.title", String.valueOf(year), String.join(", ", what)));
        return pages.render(request, page, "steering/milestoneList", "year", year, "found", found, "owners", owners,
                "filters", filters.toString(), "pageNumber", number);
    }

    @Get("/evaluaties{?jaar,regio,cijfer}")
    HttpResponse<?> evaluations(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar,
                                @Nullable @QueryValue String regio, @Nullable @QueryValue String cijfer) {
        int year = access.year(jaar);
        Actor actor = Actor.of(authentication);
        if (regio != null && !regio.isBlank()) {
            Organisation region = access.region(actor, regio);
            CompletenessFigure figure = figure(cijfer);
            List<EvaluationRow> rows = evaluations.rows(Scope.region(region.id()), year, figure);
            Map<Long, Organisation> owners = organisations.findAll(rows.stream().map(EvaluationRow::ownerId).distinct().toList())
                    .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
            Page page = page(request, authentication, Texts.t("steering.evaluations.listTitle",
                    Vocabulary.label(figure), region.name(), String.valueOf(year)));
            return pages.render(request, page, "steering/evaluationList", "year", year, "region", region, "figure", figure,
                    "rows", rows, "owners", owners, "deadline", evaluations.deadline(year));
        }
        SteeringFigures.EvaluationFigures figuresOfYear = figures.evaluationFigures(Scope.national(), year);
        Page page = page(request, authentication, Texts.t("steering.evaluations.title", String.valueOf(year)));
        return pages.render(request, page, "steering/evaluations", "year", year, "figures", figuresOfYear, "regions", figures.regions(),
                "programmes", evaluations.completenessPerProgramme(Scope.national(), year).programmes());
    }

    @Get("/geld{?jaar}")
    HttpResponse<?> money(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer jaar) {
        int year = access.year(jaar);
        SteeringFigures.MoneyFigures money = figures.moneyFigures(Scope.national(), year);
        Page page = page(request, authentication, Texts.t("steering.money.title", String.valueOf(year)));
        return pages.render(request, page, "steering/money", "year", year, "figures", money, "chart", views.moneyChart(money.money()));
    }

    private Page page(HttpRequest<?> request, Authentication authentication, String title) {
        WebUser user = pages.user(request, authentication);
        return pages.page(request, user, title);
    }

    @Nullable
    static MilestoneState state(@Nullable String name) {
        try {
            return name == null || name.isBlank() ? null : MilestoneState.valueOf(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, null, null, null);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static CompletenessFigure figure(@Nullable String name) {
        try {
            return name == null || name.isBlank() ? CompletenessFigure.EXPECTED : CompletenessFigure.valueOf(name.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, null, null, null);
        }
    }
}
