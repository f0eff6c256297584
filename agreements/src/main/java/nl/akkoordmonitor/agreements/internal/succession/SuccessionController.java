package nl.akkoordmonitor.agreements.internal.succession;

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
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.CarryOverRequest;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.CarryOverView;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.ThemeSuccessionRequest;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.ThemeSuccessionView;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.Paging;
import nl.akkoordmonitor.platform.paging.Sorting;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

import java.net.URI;
import java.util.List;

/** Succession between national programmes (AZWA continues GALA): the theme mapping and carrying agreements over. */
@Controller("/agreements/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Agreements")
class SuccessionController {

    /** What {@code mapping} sorts on. */
    static final Sorting<ThemeSuccessionView> MAPPING = Sorting.by("fromCode", ThemeSuccessionView::fromCode)
            .and("toCode", ThemeSuccessionView::toCode);

    private final SuccessionService service;

    SuccessionController(SuccessionService service) {
        this.service = service;
    }

    @Get("/theme-successions")
    @Answers.Restricted @Answers.NotFound
    @Operation(operationId = "listThemeSuccessions", summary = "Which theme of this successor takes over which theme of its predecessor")
    PageResponse<ThemeSuccessionView> mapping(@PathVariable long id, @RequestBean Paging paging,
            @Parameter(description = "Sort on fromCode or toCode; add ,desc to reverse.",
                    schema = @Schema(allowableValues = {"fromCode", "fromCode,desc", "toCode", "toCode,desc"}))
            @Nullable @QueryValue String sort, Authentication authentication) {
        ListRequest list = paging.sortedBy(sort);
        return list.page(service.mapping(Actor.of(authentication), id), MAPPING);
    }

    @Put("/theme-successions")
    @Answers.Restricted @Answers.NotFound @Answers.RuleViolated
    @Operation(operationId = "setThemeSuccessions", summary = "Set the theme mapping from the predecessor to this successor",
            description = "By the owner of the successor national agreement (VWS). Replaces the mapping; 422 lists every theme that does not belong where it is used. "
                    + "Answers the new mapping as the list GET answers it, in one page.")
    PageResponse<ThemeSuccessionView> setMapping(@PathVariable long id, @Body @Valid ThemeSuccessionRequest request, Authentication authentication) {
        List<ThemeSuccessionView> mapping = service.setMapping(Actor.of(authentication), id, request.successions());
        return new ListRequest(0, ListRequest.MAX_SIZE, null).page(mapping, MAPPING);
    }

    @Post("/carry-over")
    @Answers.Restricted @Answers.NotFound @Answers.Conflict @Answers.RuleViolated
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "carryOverAgreement", summary = "Carry a regional or local agreement over into the successor of its programme",
            description = "Makes a new draft under the successor with the adoptions, commitments and open milestones of the matching themes, "
                    + "each linked to where it came from, and lists what had no match. By the owner; once per agreement and successor.")
    HttpResponse<CarryOverView> carryOver(@PathVariable long id, @Body @Valid CarryOverRequest request, Authentication authentication) {
        CarryOverView view = service.carryOver(Actor.of(authentication), id, request.successorId());
        return HttpResponse.created(view, URI.create("/agreements/" + view.agreement().id()));
    }
}
