package nl.akkoordmonitor.platform.paging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which page of a list, how large and in which order: {@code page}, {@code size} and {@code sort}
 * of every list endpoint (bound as {@link Paging} plus the list's own {@code sort} parameter).
 * The answer is a {@link PageResponse}.
 *
 * <p>{@code sort} is a field of the items, optionally followed by {@code ,asc} or {@code ,desc}
 * ({@code sort=title,desc}); each list says which fields it sorts on ({@link Sorting},
 * {@link SqlOrder}). A field it does not know, a page below 0 or a size outside
 * 1..{@value #MAX_SIZE} is a 400 that names the parameter, never a 500.
 *
 * @param page the page, from 0; null for the first
 * @param size items per page; null for {@value #DEFAULT_SIZE}
 * @param sort field and direction; null for the list's natural order
 */
public record ListRequest(@Nullable Integer page, @Nullable Integer size, @Nullable String sort) {

    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 50;
    /** The largest page size. */
    public static final int MAX_SIZE = 1000;

    /** The page number, checked. */
    public int pageNumber() {
        if (page != null && page < 0) {
            throw new BadRequestException(Violation.at("page", Message.of("validation.Min", 0)));
        }
        return page == null ? 0 : page;
    }

    /** The page size, checked. */
    public int pageSize() {
        if (size != null && size < 1) {
            throw new BadRequestException(Violation.at("size", Message.of("validation.Min", 1)));
        }
        if (size != null && size > MAX_SIZE) {
            throw new BadRequestException(Violation.at("size", Message.of("validation.Max", MAX_SIZE)));
        }
        return size == null ? DEFAULT_SIZE : size;
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) pageNumber() * pageSize();
    }

    /**
     * The order asked for, checked against the fields the list sorts on; null when none is asked.
     *
     * @throws BadRequestException naming {@code sort} and the fields allowed
     */
    @Nullable
    public Order order(Collection<String> fields) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String[] parts = sort.strip().split("\\s*,\\s*", -1);
        String field = parts[0];
        if (!fields.contains(field)) {
            throw new BadRequestException(Violation.at("sort", fields.isEmpty() ? Message.of("SORT_NONE", field)
                    : Message.of("SORT_UNKNOWN", field, new ArrayList<>(fields))));
        }
        if (parts.length > 2) {
            throw new BadRequestException(Violation.at("sort", Message.of("SORT_ONE_FIELD", sort.strip())));
        }
        boolean descending = false;
        if (parts.length == 2) {
            String direction = parts[1].toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new BadRequestException(Violation.at("sort", Message.of("SORT_DIRECTION", parts[1], field)));
            }
            descending = direction.equals("desc");
        }
        return new Order(field, descending);
    }

    /** Page and size for a Micronaut Data query, without an order: the query orders ({@link #orderBy}). */
    public Pageable pageable() {
        return Pageable.from(pageNumber(), pageSize());
    }

    /**
     * Page, size and order for a query Micronaut Data writes itself ({@code findAll(Pageable)}),
     * where the fields are the entity's properties; then by {@code natural}.
     */
    public Pageable pageable(Collection<String> properties, String natural) {
        Order order = order(properties);
        List<Sort.Order> orders = new ArrayList<>();
        if (order != null) {
            orders.add(order.descending() ? Sort.Order.desc(order.field()) : Sort.Order.asc(order.field()));
        }
        if (order == null || !order.field().equals(natural)) {
            orders.add(Sort.Order.asc(natural));
        }
        return Pageable.from(pageNumber(), pageSize(), Sort.of(orders));
    }

    /** The ORDER BY clause (with a leading space) of a query built in code: the asked column first, then the natural order. */
    public String orderBy(SqlOrder sqlOrder) {
        return sqlOrder.clause(order(sqlOrder.fields()));
    }

    /** A checked order: a field the list sorts on and its direction. */
    public record Order(String field, boolean descending) {
    }

    /** This page of a whole list that is already in memory, sorted as asked (a stable sort: ties keep the natural order). */
    public <T> PageResponse<T> page(List<T> all, Sorting<T> sorting) {
        int number = pageNumber();
        int pageSize = pageSize();
        Order order = order(sorting.fields());
        List<T> sorted = order == null ? all : all.stream().sorted(sorting.comparator(order)).toList();
        int from = (int) Math.min(sorted.size(), (long) number * pageSize);
        int to = (int) Math.min(sorted.size(), (long) from + pageSize);
        return PageResponse.of(sorted.subList(from, to), number, pageSize, sorted.size());
    }
}
