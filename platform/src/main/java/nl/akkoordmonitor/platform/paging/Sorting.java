package nl.akkoordmonitor.platform.paging;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields a list sorts on, each with how to compare two items; {@code null} values come last
 * in ascending order. Declared once per list, next to its endpoint:
 * {@code Sorting.by("code", CoreTheme::code).and("name", CoreTheme::name)}.
 */
public final class Sorting<T> {

    private final Map<String, Comparator<T>> fields;

    private Sorting(Map<String, Comparator<T>> fields) {
        this.fields = fields;
    }

    /** A list that sorts on this field. */
    public static <T, U extends Comparable<? super U>> Sorting<T> by(String field, Function<? super T, ? extends U> key) {
        return new Sorting<T>(new LinkedHashMap<>()).and(field, key);
    }

    /** Also on this field. */
    public <U extends Comparable<? super U>> Sorting<T> and(String field, Function<? super T, ? extends U> key) {
        Map<String, Comparator<T>> more = new LinkedHashMap<>(fields);
        more.put(field, Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Sorting<>(more);
    }

    /** The fields, in the order they were declared. */
    public Set<String> fields() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    Comparator<T> comparator(ListRequest.Order order) {
        Comparator<T> ascending = fields.get(order.field());
        return order.descending() ? ascending.reversed() : ascending;
    }
}
