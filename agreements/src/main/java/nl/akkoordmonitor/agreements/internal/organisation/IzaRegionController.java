package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.akkoordmonitor.platform.problem.Answers;
import nl.akkoordmonitor.platform.security.Actor;

/** Reference data an administrator loads: the IZA regions and their municipalities. */
@Controller("/reference-data")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Organisations")
class IzaRegionController {

    static final String TEXT_CSV = "text/csv";

    private final IzaRegionLoading loading;

    IzaRegionController(IzaRegionLoading loading) {
        this.loading = loading;
    }

    @Put("/iza-regions")
    @Consumes(TEXT_CSV)
    @Answers.Restricted
    @Operation(operationId = "loadIzaRegions", summary = "Load the IZA regions and their municipalities",
            description = "Administrators only. The body is the whole division as CSV (UTF-8, separator ;) with the header "
                    + "iza_code;iza_name;municipality_code and one line per municipality: ZK01..ZK99, the region's name, GMnnnn. "
                    + "The file is checked whole first; any fault is a 400 naming each line and column (field cell=line,column) "
                    + "and nothing is stored. Regions are created or renamed by code and never deleted; afterwards exactly the "
                    + "municipalities in the file have an IZA region. Loading the same file again changes nothing.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "twoRegions", value = """
                            iza_code;iza_name;municipality_code
                            ZK02;Amsterdam;GM0363
                            ZK10;Haaglanden;GM0518
                            ZK10;Haaglanden;GM0603
                            """))))
    IzaRegionLoading.LoadResult load(@Body @Nullable String csv, Authentication authentication) {
        return loading.load(Actor.of(authentication), csv);
    }
}
