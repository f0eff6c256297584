package nl.akkoordmonitor.app.financing;

import java.util.HashMap;
import java.util.Map;

/** A funding stream request body: {@code aStream().incidental(2024, 2025).law("WPG").body()}. */
final class StreamBuilder {

    private final Map<String, Object> body = new HashMap<>();

    private StreamBuilder() {
        body.put("name", "Stream " + java.util.UUID.randomUUID().toString().substring(0, 6));
        body.put("source", "NATIONAL_GOVERNMENT");
        body.put("legalBasis", "WPG");
        body.put("nature", "STRUCTURAL");
        body.put("firstYear", 2024);
        body.put("earmarked", false);
    }

    static StreamBuilder aStream() {
        return new StreamBuilder();
    }

    StreamBuilder named(String name) {
        return with("name", name);
    }

    StreamBuilder law(String legalBasis) {
        return with("legalBasis", legalBasis);
    }

    StreamBuilder source(String source) {
        return with("source", source);
    }

    StreamBuilder incidental(int firstYear, int lastYear) {
        return with("nature", "INCIDENTAL").with("firstYear", firstYear).with("lastYear", lastYear);
    }

    StreamBuilder structural(int firstYear) {
        body.remove("lastYear");
        return with("nature", "STRUCTURAL").with("firstYear", firstYear);
    }

    StreamBuilder earmarked(String conditions) {
        return with("earmarked", true).with("conditions", conditions);
    }

    StreamBuilder recipient(long organisationId) {
        return with("recipientId", organisationId);
    }

    StreamBuilder with(String field, Object value) {
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return this;
    }

    Map<String, Object> body() {
        return new HashMap<>(body);
    }
}
