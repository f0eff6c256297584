package nl.akkoordmonitor.platform.paging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a list may be sorted on with {@code sort=field} or {@code sort=field,desc}, put on its
 * {@code Pageable} parameter. A list without it has a fixed order, and a {@code sort} is refused
 * with 400 (not ignored, and not passed on to a query that already orders).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface Sortable {

    /** The property names, as the API shows them. */
    String[] value();
}
