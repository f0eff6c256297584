package nl.akkoordmonitor.platform.paging;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The query parameters {@code page} and {@code size} of every list endpoint, bound with
 * {@code @RequestBean Paging paging}. Each list takes {@code sort} as a parameter of its own, so
 * that the document names the fields that list sorts on; {@link #sortedBy} joins the two:
 * <pre>{@code
 * PageResponse<X> list(@RequestBean Paging paging,
 *                      @Parameter(description = "...", schema = @Schema(allowableValues = {...})) @Nullable @QueryValue String sort) {
 *     ListRequest list = paging.sortedBy(sort);
 *     return list.page(all, SORTING);
 * }</pre>
 *
 * @param page the page, from 0
 * @param size items per page
 */
@Introspected
public record Paging(
        @Parameter(description = "The page to answer, counted from 0 (default 0).")
        @Nullable @QueryValue @Min(0) Integer page,
        @Parameter(description = "Items per page, 1 to " + ListRequest.MAX_SIZE + " (default " + ListRequest.DEFAULT_SIZE + ").")
        @Nullable @QueryValue @Min(1) @Max(ListRequest.MAX_SIZE) Integer size) {

    /** Page and size with the order asked for; the list checks the order against its fields. */
    public ListRequest sortedBy(@Nullable String sort) {
        return new ListRequest(page, size, sort);
    }
}
