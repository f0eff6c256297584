package nl.akkoordmonitor.app.financing;

import java.util.HashMap;
import java.util.Map;

/** A funding stream request body: {@code aStream().incidental(2024, 2025).law("WPG").body()}. */
public final class StreamBuilder {

    private final Map<String, Object> body = new HashMap<>();

    private StreamBuilder() {
        body.put("name", "Stream " + java.util.UUID.randomUUID().toString().substring(0, 6));
        body.put("source", "NATIONAL_GOVERNMENT");
        body.put("legalBasis", "WPG");
        body.put("nature", "STRUCTURAL");
        body.put("firstYear", 2024);
        body.put("earmarked", false);
    }

    public static StreamBuilder aStream() {
        return new StreamBuilder();
    }

    public StreamBuilder named(String name) {
        return with("name", name);
    }

    public StreamBuilder law(String legalBasis) {
        return with("legalBasis", legalBasis);
    }

    public StreamBuilder source(String source) {
        return with("source", source);
    }

    public StreamBuilder incidental(int firstYear, int lastYear) {
        return with("nature", "INCIDENTAL").with("firstYear", firstYear).with("lastYear", lastYear);
    }

    public StreamBuilder structural(int firstYear) {
        body.remove("lastYear");
        return with("nature", "STRUCTURAL").with("firstYear", firstYear);
    }

    public StreamBuilder earmarked(String conditions) {
        return with("earmarked", true).with("conditions", conditions);
    }

    public StreamBuilder recipient(long organisationId) {
        return with("recipientId", organisationId);
    }

    public StreamBuilder with(String field, Object value) {
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return this;
    }

    public Map<String, Object> body() {
        return new HashMap<>(body);
    }
}
