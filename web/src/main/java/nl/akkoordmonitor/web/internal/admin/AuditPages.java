package nl.akkoordmonitor.web.internal.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.web.internal.api.ApiProblem;
import nl.akkoordmonitor.web.internal.layout.Form;
import nl.akkoordmonitor.web.internal.layout.Page;
import nl.akkoordmonitor.web.internal.layout.Pages;
import nl.akkoordmonitor.web.internal.layout.Texts;
import nl.akkoordmonitor.web.internal.layout.WebUser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log with its filters (what, which action, which user, from and to), newest first, as
 * {@code GET /audit} answers it. The filters are in the address, so a search can be shared.
 */
@Controller("/beheer/audit")
@Hidden
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditPages {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<PageResponse<AuditRecord>> RECORDS = (Argument) Argument.of(PageResponse.class, AuditRecord.class);

    private final Pages pages;

    AuditPages(Pages pages) {
        this.pages = pages;
    }

    @Get("{?wat,actie,gebruiker,van,tot,pagina}")
    HttpResponse<?> search(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String wat,
                           @Nullable @QueryValue String actie, @Nullable @QueryValue String gebruiker,
                           @Nullable @QueryValue String van, @Nullable @QueryValue String tot, @Nullable @QueryValue Integer pagina) {
        WebUser user = pages.user(request, authentication);
        Form form = Form.empty().set("wat", wat).set("actie", actie).set("gebruiker", gebruiker).set("van", van).set("tot", tot);
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "entity", wat);
        put(query, "action", actie);
        put(query, "user", gebruiker);
        put(query, "from", van);
        put(query, "to", tot);
        int number = pagina == null || pagina < 1 ? 1 : pagina;
        query.put("size", "50");
        query.put("page", String.valueOf(number - 1));
        String path = "/audit?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        PageResponse<AuditRecord> records = null;
        HttpStatus status = HttpStatus.OK;
        try {
            records = pages.api(user).get(path, RECORDS);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            status = HttpStatus.BAD_REQUEST;
            form.problems(problem, field -> switch (field) {
                case "entity" -> "wat";
                case "user" -> "gebruiker";
                case "from" -> "van";
                case "to" -> "tot";
                default -> null;
            });
        }
        String filters = "wat=" + encode(wat) + "&actie=" + encode(actie) + "&gebruiker=" + encode(gebruiker) + "&van=" + encode(van) + "&tot=" + encode(tot);
        Page page = pages.page(request, user, Texts.t("audit.title"));
        return pages.render(request, status, page.form(form), "admin/audit", "form", form, "records", records, "pageNumber", number,
                "filters", filters);
    }

    private static void put(Map<String, String> query, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            query.put(key, value.strip());
        }
    }

    private static String encode(@Nullable String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
