package nl.akkoordmonitor.web.internal.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The API's JSON-pointer fields as the pages' forms name them. */
class ApiViolationTest {

    private static String field(String pointer) {
        return new ApiViolation("RULE", pointer, "bericht").withFormField().field();
    }

    @Test
    void aPointerBecomesAPropertyPath() {
        assertEquals("percentComplete", field("/percentComplete"));
        assertEquals("themes[0].rating", field("/themes/0/rating"));
        assertEquals("changes[12].amount", field("/changes/12/amount"));
        assertEquals("a/b", field("/a~1b"));
    }

    @Test
    void aFieldThatIsNoPointerStaysAsItIs() {
        assertEquals("parties", field("parties"));
        assertNull(field(null));
    }
}
