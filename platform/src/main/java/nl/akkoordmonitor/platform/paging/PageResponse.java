package nl.akkoordmonitor.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer.
 *
 * @param items      the items on this page
 * @param page       the zero-based page number
 * @param size       the page size asked for
 * @param totalItems how many items match in all
 * @param totalPages how many pages there are at this size
 */
@Serdeable
// An empty page still says "items": [], which serde would otherwise leave out.
public record PageResponse<T>(@JsonInclude(JsonInclude.Include.ALWAYS) List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                page.getPageNumber(), page.getSize(), page.getTotalSize(), page.getTotalPages());
    }

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        int pages = size <= 0 ? 1 : (int) ((totalItems + size - 1) / size);
        return new PageResponse<>(items, page, size, totalItems, pages);
    }
}
