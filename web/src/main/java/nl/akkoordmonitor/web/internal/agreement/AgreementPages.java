package nl.akkoordmonitor.web.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.web.internal.api.Api;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.api.ApiViolation;
import nl.akkoordmonitor.web.internal.api.Views;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;

/**
 * The own agreement: create it, adopt each core theme or explain a deviation, add commitments and
 * parties, check and sign; after signing, every change asks for its reason; and the history.
 * For every owner (municipality, GGD region, VWS): the API decides what each may do.
 */
@Controller("/akkoord")
@Hidden
@Secured({"MUNICIPALITY", "GGD", "VWS"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgreementPages {

    public static final List<String> TARGET_GROUPS = List.of("YOUTH", "YOUNG_ADULTS", "STUDENTS", "WORKERS", "ELDERLY", "INFORMAL_CARERS",
            "VULNERABLE", "EVERYONE");
    public static final List<String> SETTINGS = List.of("SOCIETY", "NEIGHBOURHOOD", "EDUCATION", "WORK", "ONLINE", "CARE", "HOME");
    public static final List<String> LEVELS = List.of("UNIVERSAL", "SELECTIVE", "INDICATED");
    public static final List<String> PARTY_ROLES = List.of("SIGNATORY", "COORDINATOR", "EXECUTOR", "ADVISER", "FUNDER");

    private final Pages pages;
    private final OwnAgreements own;

    AgreementPages(Pages pages, OwnAgreements own) {
        this.pages = pages;
        this.own = own;
    }

    /** A core theme of the national agreement with what this agreement made of it. */
    public record ThemeRow(Views.CoreTheme theme, @Nullable Views.Adoption adoption, List<Views.Commitment> commitments) {
        public String state() {
            if (adoption == null) {
                return "NOT_ADOPTED";
            }
            if (adoption.deviation()) {
                return "DEVIATION";
            }
            return commitments.isEmpty() ? "ADOPTED_WITHOUT_COMMITMENTS" : "ADOPTED_WITH_COMMITMENTS";
        }
    }

    /** Something still missing before signing, with the page where it is fixed (or null). */
    public record Missing(String message, @Nullable String href) {
    }

    /** Everything the overview shows. */
    public record Overview(Views.Agreement agreement, List<ThemeRow> themes, List<Views.Party> parties, List<Missing> missing) {
    }

    // ----- the start of the agreement pages -----

    @Get
    HttpResponse<?> mine(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        Optional<Views.Agreement> current = own.current(pages.api(user), user);
        if (current.isPresent()) {
            return Pages.redirect("/akkoord/" + current.get().id());
        }
        return pages.render(request, pages.page(request, user, Texts.t("agreement.none.title")), "agreement/none");
    }

    @Get("/nieuw")
    HttpResponse<?> newForm(HttpRequest<?> request, Authentication authentication) {
        WebUser user = pages.user(request, authentication);
        int year = Year.now().getValue();
        Form form = Form.empty().set("firstYear", year).set("lastYear", year + 3);
        return newPage(request, user, form, HttpStatus.OK);
    }

    @Post("/nieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.of(body);
        Map<String, Object> create = new HashMap<>();
        create.put("level", levelOf(user.role()));
        create.put("title", body.getOrDefault("title", "").strip());
        create.put("ownerId", user.actor().organisationId());
        create.put("parentId", number(body.get("parentId")));
        create.put("firstYear", year(form, "firstYear"));
        create.put("lastYear", year(form, "lastYear"));
        if (create.get("title").toString().isEmpty()) {
            form.error("title", Texts.t("agreement.title.missing"));
        }
        if (!"NATIONAL".equals(create.get("level")) && create.get("parentId") == null) {
            form.error("parentId", Texts.t("agreement.parent.missing"));
        }
        if (!form.hasErrors()) {
            try {
                Views.Agreement created = pages.api(user).post("/agreements", create, Views.Agreement.class);
                return Pages.redirect("/akkoord/" + created.id() + "?gelukt=aangemaakt");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "title", "parentId", "firstYear", "lastYear" -> f;
                    default -> null;
                });
            }
        }
        return newPage(request, user, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> newPage(HttpRequest<?> request, WebUser user, Form form, HttpStatus status) {
        Api.Caller api = pages.api(user);
        List<Views.Agreement> parents = new ArrayList<>();
        if (user.role() != Role.VWS) {
            // A municipality agrees under its region's agreement or directly under the national one.
            parents.addAll(api.get("/agreements?level=NATIONAL&size=50", OwnAgreements.AGREEMENTS).items());
            if (user.role() == Role.MUNICIPALITY) {
                parents.addAll(0, api.get("/agreements?level=REGIONAL&size=50", OwnAgreements.AGREEMENTS).items());
            }
        }
        Page page = pages.page(request, user, Texts.t("agreement.new.title")).form(form);
        return pages.render(request, status, page, "agreement/new", "form", form, "parents",
                parents.stream().filter(a -> !"CLOSED".equals(a.status())).toList());
    }

    // ----- the overview -----

    @Get("/{id}{?gelukt}")
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Nullable @QueryValue String gelukt) {
        WebUser user = pages.user(request, authentication);
        Overview overview = overview(pages.api(user), user, id);
        Page page = pages.page(request, user, overview.agreement().title());
        if (gelukt != null && Texts.has("agreement.done." + gelukt)) {
            page.flash(Texts.t("agreement.done." + gelukt));
        }
        return pages.render(request, page, "agreement/overview", "overview", overview,
                "owner", user.actor().actsFor(overview.agreement().ownerId()));
    }

    Overview overview(Api.Caller api, WebUser user, long id) {
        Views.Agreement agreement = api.get("/agreements/" + id, Views.Agreement.class);
        List<Views.CoreTheme> themes = api.getList("/agreements/" + agreement.nationalId() + "/core-themes", Views.CoreTheme.class);
        Map<Long, Views.Adoption> adoptions = api.getList("/agreements/" + id + "/adoptions", Views.Adoption.class).stream()
                .collect(Collectors.toMap(Views.Adoption::coreThemeId, a -> a, (a, b) -> a));
        Map<Long, List<Views.Commitment>> commitments = api.getList("/agreements/" + id + "/commitments", Views.Commitment.class).stream()
                .collect(Collectors.groupingBy(Views.Commitment::coreThemeId, LinkedHashMap::new, Collectors.toList()));
        List<ThemeRow> rows = themes.stream()
                .sorted((a, b) -> a.binding() == b.binding() ? a.code().compareTo(b.code()) : a.binding() ? -1 : 1)
                .map(t -> new ThemeRow(t, adoptions.get(t.id()), commitments.getOrDefault(t.id(), List.of())))
                .toList();
        List<Views.Party> parties = api.getList("/agreements/" + id + "/parties", Views.Party.class);
        List<Missing> missing = List.of();
        if (agreement.draft() && user.actor().actsFor(agreement.ownerId())) {
            missing = missing(agreement, themes, api.getList("/agreements/" + id + "/signing-check", ApiViolation.class));
        }
        return new Overview(agreement, rows, parties, missing);
    }

    /** Each missing item with a link to the page where it is put right. */
    static List<Missing> missing(Views.Agreement agreement, List<Views.CoreTheme> themes, List<ApiViolation> violations) {
        String base = "/akkoord/" + agreement.id();
        return violations.stream().map(v -> {
            String field = v.field() == null ? "" : v.field().replaceFirst("^/", "");
            String href = null;
            // A theme's refusal names it in its message ("thema CODE (naam)"): signing has no request
            // field to point at. Its code followed by its name finds the theme, and so its page.
            Optional<Views.CoreTheme> theme = themes.stream().filter(t -> v.message().contains(t.code() + " (")).findFirst();
            if (theme.isPresent()) {
                href = base + "/thema/" + theme.get().id();
            } else if ("parties".equals(field)) {
                href = base + "/partijen";
            } else if ("firstYear".equals(field) || "lastYear".equals(field)) {
                href = base + "/wijzigen";
            }
            return new Missing(v.message(), href);
        }).toList();
    }

    // ----- a core theme: adopt it or explain the deviation -----

    @Get("/{id}/thema/{themeId}")
    HttpResponse<?> themeForm(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @PathVariable long themeId) {
        WebUser user = pages.user(request, authentication);
        Overview overview = overview(pages.api(user), user, id);
        ThemeRow row = row(overview, themeId);
        Form form = Form.empty();
        if (row.adoption() != null) {
            form.set("choice", row.adoption().deviation() ? "deviation" : "adopt")
                    .set("ambition", row.adoption().ambition()).set("justification", row.adoption().justification());
        }
        return themePage(request, user, overview, row, form, HttpStatus.OK);
    }

    @Post("/{id}/thema/{themeId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> adopt(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @PathVariable long themeId,
                          @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Overview overview = overview(api, user, id);
        ThemeRow row = row(overview, themeId);
        Form form = Form.of(body);
        String choice = body.getOrDefault("choice", "");
        boolean deviation = "deviation".equals(choice);
        if (choice.isEmpty()) {
            form.error("choice-adopt", Texts.t("theme.choice.missing"));
        } else if (deviation && body.getOrDefault("justification", "").isBlank()) {
            form.error("justification", Texts.t("theme.justification.missing"));
        } else if (!deviation && body.getOrDefault("ambition", "").isBlank()) {
            form.error("ambition", Texts.t("theme.ambition.missing"));
        }
        requireReason(overview.agreement(), form);
        if (!form.hasErrors()) {
            Map<String, Object> adoption = new HashMap<>();
            adoption.put("ambition", deviation ? null : body.get("ambition").strip());
            adoption.put("deviation", deviation);
            adoption.put("justification", deviation ? body.get("justification").strip() : null);
            adoption.put("reason", reason(body));
            try {
                if (row.adoption() == null) {
                    adoption.put("coreThemeId", themeId);
                    api.post("/agreements/" + id + "/adoptions", adoption);
                } else {
                    adoption.put("version", row.adoption().version());
                    api.put("/agreements/" + id + "/adoptions/" + row.adoption().id(), adoption, Views.Adoption.class);
                }
                return Pages.redirect("/akkoord/" + id + "?gelukt=thema");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "ambition", "justification", "reason" -> f;
                    case "deviation" -> "choice-adopt";
                    default -> null;
                });
            }
        }
        return themePage(request, user, overview, row, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> themePage(HttpRequest<?> request, WebUser user, Overview overview, ThemeRow row, Form form, HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("theme.title", row.theme().name())).form(form);
        return pages.render(request, status, page, "agreement/theme", "agreement", overview.agreement(), "row", row, "form", form);
    }

    // ----- a commitment under an adopted theme -----

    @Get("/{id}/thema/{themeId}/afspraak")
    HttpResponse<?> commitmentForm(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @PathVariable long themeId) {
        WebUser user = pages.user(request, authentication);
        Overview overview = overview(pages.api(user), user, id);
        Form form = Form.empty().set("firstYear", overview.agreement().firstYear()).set("lastYear", overview.agreement().lastYear())
                .set("responsibleOrganisationId", user.actor().organisationId());
        return commitmentPage(request, user, overview, row(overview, themeId), form, HttpStatus.OK);
    }

    @Post("/{id}/thema/{themeId}/afspraak")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCommitment(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @PathVariable long themeId,
                                  @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Overview overview = overview(api, user, id);
        ThemeRow row = row(overview, themeId);
        Form form = Form.of(body);
        List<String> groups = TARGET_GROUPS.stream().filter(g -> body.containsKey("targetGroup-" + g)).toList();
        if (body.getOrDefault("title", "").isBlank()) {
            form.error("title", Texts.t("commitment.title.missing"));
        }
        if (groups.isEmpty()) {
            form.error("targetGroup-" + TARGET_GROUPS.get(0), Texts.t("commitment.targetGroups.missing"));
        }
        if (!SETTINGS.contains(body.getOrDefault("livingEnvironment", ""))) {
            form.error("livingEnvironment", Texts.t("commitment.setting.missing"));
        }
        if (!LEVELS.contains(body.getOrDefault("preventionLevel", ""))) {
            form.error("preventionLevel-" + LEVELS.get(0), Texts.t("commitment.level.missing"));
        }
        Integer first = year(form, "firstYear");
        Integer last = year(form, "lastYear");
        requireReason(overview.agreement(), form);
        if (row.adoption() == null || row.adoption().deviation()) {
            form.general(Texts.t("commitment.adoptFirst"));
        }
        if (!form.hasErrors()) {
            Map<String, Object> commitment = new HashMap<>();
            commitment.put("title", body.get("title").strip());
            commitment.put("description", blankToNull(body.get("description")));
            commitment.put("targetGroups", groups);
            commitment.put("livingEnvironment", body.get("livingEnvironment"));
            commitment.put("preventionLevel", body.get("preventionLevel"));
            commitment.put("responsibleOrganisationId", number(body.get("responsibleOrganisationId")));
            commitment.put("firstYear", first);
            commitment.put("lastYear", last);
            commitment.put("reason", reason(body));
            try {
                api.post("/agreements/" + id + "/adoptions/" + row.adoption().id() + "/commitments", commitment);
                return Pages.redirect("/akkoord/" + id + "?gelukt=afspraak");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "title", "description", "livingEnvironment", "responsibleOrganisationId", "firstYear", "lastYear", "reason" -> f;
                    case "targetGroups" -> "targetGroup-" + TARGET_GROUPS.get(0);
                    case "preventionLevel" -> "preventionLevel-" + LEVELS.get(0);
                    default -> null;
                });
            }
        }
        return commitmentPage(request, user, overview, row, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> commitmentPage(HttpRequest<?> request, WebUser user, Overview overview, ThemeRow row, Form form,
                                           HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("commitment.title", row.theme().name())).form(form);
        List<Views.Organisation> responsible = responsibleCandidates(user, overview.parties());
        return pages.render(request, status, page, "agreement/commitment", "agreement", overview.agreement(), "row", row,
                "form", form, "organisations", responsible);
    }

    /** Who can carry a commitment: the owner itself and the agreement's parties. */
    private static List<Views.Organisation> responsibleCandidates(WebUser user, List<Views.Party> parties) {
        Map<Long, Views.Organisation> byId = new LinkedHashMap<>();
        byId.put(user.actor().organisationId(), new Views.Organisation(user.actor().organisationId(), "", null,
                user.organisationName() == null ? "" : user.organisationName(), null));
        parties.forEach(p -> byId.putIfAbsent(p.organisationId(), new Views.Organisation(p.organisationId(), p.organisationType(), null,
                p.organisationName(), null)));
        return List.copyOf(byId.values());
    }

    // ----- parties -----

    @Get("/{id}/partijen")
    HttpResponse<?> parties(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty().set("organisationId", user.actor().organisationId()).set("role", "SIGNATORY");
        return partiesPage(request, user, overview(pages.api(user), user, id), form, HttpStatus.OK);
    }

    @Post("/{id}/partijen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addParty(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Overview overview = overview(api, user, id);
        Form form = Form.of(body);
        Long organisationId = number(body.get("organisationId"));
        String code = body.getOrDefault("organisationCode", "").strip().toUpperCase();
        if (!code.isEmpty()) {
            List<Views.Organisation> found = api.get("/organisations?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8),
                    Views.paged(Views.Organisation.class)).items();
            if (found.isEmpty()) {
                form.error("organisationCode", Texts.t("party.code.unknown", code));
            } else {
                organisationId = found.get(0).id();
            }
        }
        if (!PARTY_ROLES.contains(body.getOrDefault("role", ""))) {
            form.error("role", Texts.t("party.role.missing"));
        }
        requireReason(overview.agreement(), form);
        if (!form.hasErrors()) {
            Map<String, Object> party = new HashMap<>();
            party.put("organisationId", organisationId);
            party.put("role", body.get("role"));
            party.put("reason", reason(body));
            try {
                api.post("/agreements/" + id + "/parties", party);
                return Pages.redirect("/akkoord/" + id + "/partijen?gelukt=partij");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "role", "reason" -> f;
                    case "organisationId" -> "organisationId";
                    default -> null;
                });
            }
        }
        return partiesPage(request, user, overview, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> partiesPage(HttpRequest<?> request, WebUser user, Overview overview, Form form, HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("party.title")).form(form);
        if (request.getParameters().contains("gelukt")) {
            page.flash(Texts.t("agreement.done.partij"));
        }
        return pages.render(request, status, page, "agreement/parties", "overview", overview, "form", form,
                "owner", user.actor().actsFor(overview.agreement().ownerId()));
    }

    // ----- change title and years -----

    @Get("/{id}/wijzigen")
    HttpResponse<?> changeForm(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Views.Agreement agreement = pages.api(user).get("/agreements/" + id, Views.Agreement.class);
        Form form = Form.empty().set("title", agreement.title()).set("firstYear", agreement.firstYear())
                .set("lastYear", agreement.lastYear()).set("version", agreement.version());
        return changePage(request, user, agreement, form, HttpStatus.OK);
    }

    @Post("/{id}/wijzigen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body Map<String, String> body) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Views.Agreement agreement = api.get("/agreements/" + id, Views.Agreement.class);
        Form form = Form.of(body);
        if (body.getOrDefault("title", "").isBlank()) {
            form.error("title", Texts.t("agreement.title.missing"));
        }
        Integer first = year(form, "firstYear");
        Integer last = year(form, "lastYear");
        requireReason(agreement, form);
        if (!form.hasErrors()) {
            Map<String, Object> change = new HashMap<>();
            change.put("title", body.get("title").strip());
            change.put("firstYear", first);
            change.put("lastYear", last);
            change.put("version", number(body.get("version")));
            change.put("reason", reason(body));
            try {
                api.put("/agreements/" + id, change, Views.Agreement.class);
                return Pages.redirect("/akkoord/" + id + "?gelukt=gewijzigd");
            } catch (ApiProblem problem) {
                refuseOrThrow(problem, form, f -> switch (f) {
                    case "title", "firstYear", "lastYear", "reason" -> f;
                    default -> null;
                });
            }
        }
        return changePage(request, user, agreement, form, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpResponse<?> changePage(HttpRequest<?> request, WebUser user, Views.Agreement agreement, Form form, HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("agreement.change.title")).form(form);
        return pages.render(request, status, page, "agreement/change", "agreement", agreement, "form", form);
    }

    // ----- check your answers, then sign -----

    @Get("/{id}/ondertekenen")
    HttpResponse<?> checkPage(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Overview overview = overview(pages.api(user), user, id);
        return signPage(request, user, overview, overview.missing(), HttpStatus.OK);
    }

    @Post("/{id}/ondertekenen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sign(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        try {
            api.post("/agreements/" + id + "/sign", Map.of());
            return Pages.redirect("/akkoord/" + id + "?gelukt=ondertekend");
        } catch (ApiProblem problem) {
            if (problem.status() != 422 || problem.violations().isEmpty()) {
                throw problem;
            }
            Overview overview = overview(api, user, id);
            List<Views.CoreTheme> themes = overview.themes().stream().map(ThemeRow::theme).toList();
            return signPage(request, user, overview, missing(overview.agreement(), themes, problem.violations()),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> signPage(HttpRequest<?> request, WebUser user, Overview overview, List<Missing> missing, HttpStatus status) {
        Page page = pages.page(request, user, Texts.t("sign.title"));
        return pages.render(request, status, page, "agreement/sign", "overview", overview, "missing", missing,
                "refused", status != HttpStatus.OK);
    }

    // ----- history -----

    @Get("/{id}/geschiedenis")
    HttpResponse<?> history(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        WebUser user = pages.user(request, authentication);
        Api.Caller api = pages.api(user);
        Views.Agreement agreement = api.get("/agreements/" + id, Views.Agreement.class);
        List<Views.HistoryEntry> entries = api.getList("/agreements/" + id + "/history", Views.HistoryEntry.class);
        Page page = pages.page(request, user, Texts.t("history.title"));
        return pages.render(request, page, "agreement/history", "agreement", agreement, "entries", entries);
    }

    // ----- helpers -----

    private static ThemeRow row(Overview overview, long themeId) {
        return overview.themes().stream().filter(r -> r.theme().id() == themeId).findFirst()
                .orElseThrow(() -> new ApiProblem(404, null, null, null));
    }

    static String levelOf(Role role) {
        return switch (role) {
            case VWS -> "NATIONAL";
            case GGD -> "REGIONAL";
            default -> "LOCAL";
        };
    }

    /** A signed agreement changes only with a reason (the API refuses it too; this says it beside the field). */
    private static void requireReason(Views.Agreement agreement, Form form) {
        if (!agreement.draft() && form.value("reason").isBlank()) {
            form.error("reason", Texts.t("change.reason.missing"));
        }
    }

    @Nullable
    private static String reason(Map<String, String> body) {
        return blankToNull(body.get("reason"));
    }


    @Nullable
    static Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    static Integer year(Form form, String field) {
        String value = form.value(field).strip();
        if (value.matches("\\d{4}")) {
            return Integer.valueOf(value);
        }
        form.error(field, Texts.t("year.invalid"));
        return null;
    }

    /** Shows the API's refusal in the form; anything but a refused input (403, 404, 409...) goes to the error page. */
    static void refuseOrThrow(ApiProblem problem, Form form, Function<String, String> fieldOf) {
        if (problem.status() != 400 && problem.status() != 422) {
            throw problem;
        }
        form.problems(problem, fieldOf);
    }
}
