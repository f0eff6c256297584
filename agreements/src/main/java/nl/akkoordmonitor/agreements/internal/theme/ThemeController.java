package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;

/** Core themes of the national frame and how child agreements adopt them (comply or explain). */
@Controller("/agreements/{agreementId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Core themes and adoption")
class ThemeController {

    /** What {@code adoptions} sorts on. */
    static final Sorting<ThemeRecords.AdoptionView> ADOPTIONS = Sorting.by("code", ThemeRecords.AdoptionView::code)
            .and("name", ThemeRecords.AdoptionView::name)
            .and("binding", ThemeRecords.AdoptionView::binding)
            .and("deviation", ThemeRecords.AdoptionView::deviation)
            .and("id", ThemeRecords.AdoptionView::id);

    /** What {@code coreThemes} sorts on. */
    static final Sorting<CoreThemeEntity> CORE_THEMES = Sorting.by("code", CoreThemeEntity::code)
            .and("name", CoreThemeEntity::name)
            .and("binding", CoreThemeEntity::binding)
            .and("id", CoreThemeEntity::id);

    private final ThemeService service;

    ThemeController(ThemeService service) {
        this.service = service;
    }

    @Post("/core-themes")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addCoreTheme", summary = "Add a core theme to a national agreement", description = "A signed agreement needs a reason.")
    HttpResponse<CoreThemeEntity> addCoreTheme(@PathVariable long agreementId, @Body @Valid ThemeRecords.CreateCoreThemeRequest request,
                                               Authentication authentication) {
        CoreThemeEntity created = service.addCoreTheme(Actor.of(authentication), agreementId, request);
        return HttpResponse.created(created, URI.create("/agreements/" + agreementId + "/core-themes/" + created.id()));
    }

    @Put("/core-themes/{themeId}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateCoreTheme", summary = "Change a core theme", description = "Send the version you read. A signed agreement needs a reason.")
    CoreThemeEntity updateCoreTheme(@PathVariable long agreementId, @PathVariable long themeId,
                                    @Body @Valid ThemeRecords.UpdateCoreThemeRequest request, Authentication authentication) {
        return service.updateCoreTheme(Actor.of(authentication), agreementId, themeId, request);
    }

    @Get("/core-themes")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listCoreThemes", summary = "The core themes of the agreement's national frame")
    PageResponse<CoreThemeEntity> coreThemes(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on code, name, binding or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"code", "code,desc", "name", "name,desc", "binding", "binding,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.coreThemes(Actor.of(authentication), agreementId), CORE_THEMES);
    }

    @Post("/adoptions")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "adoptTheme", summary = "Adopt a core theme with an ambition, or record a justified deviation from a binding one")
    HttpResponse<ThemeRecords.AdoptionView> adopt(@PathVariable long agreementId, @Body @Valid ThemeRecords.AdoptionRequest request,
                                                  Authentication authentication) {
        ThemeRecords.AdoptionView created = service.adopt(Actor.of(authentication), agreementId, request);
        return HttpResponse.created(created, URI.create("/agreements/" + agreementId + "/adoptions/" + created.id()));
    }

    @Put("/adoptions/{adoptionId}")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Operation(operationId = "updateAdoption", summary = "Change an adoption's ambition, or turn it into a deviation or back")
    ThemeRecords.AdoptionView updateAdoption(@PathVariable long agreementId, @PathVariable long adoptionId,
                                             @Body @Valid ThemeRecords.UpdateAdoptionRequest request, Authentication authentication) {
        return service.updateAdoption(Actor.of(authentication), agreementId, adoptionId, request);
    }

    @Get("/adoptions")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listAdoptions", summary = "The themes the agreement adopted, deviations included")
    PageResponse<ThemeRecords.AdoptionView> adoptions(@PathVariable long agreementId, @RequestBean Paging paging,
            @Parameter(description = "Sort on code, name, binding, deviation or id; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"code", "code,desc", "name", "name,desc", "binding", "binding,desc", "deviation", "deviation,desc", "id", "id,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.adoptions(Actor.of(authentication), agreementId), ADOPTIONS);
    }
}
