package nl.akkoordmonitor.app.support;

import java.util.List;
import java.util.Map;

/** What the server answered: status, content type, the raw body and the body as JSON. */
public record ApiResponse(int status, String contentType, byte[] bytes, Object json) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> body() {
        return (Map<String, Object>) json;
    }

    /** The items of a page; serde leaves an empty list out of the JSON, so none means empty. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
        List<Map<String, Object>> items = (List<Map<String, Object>>) body().get("items");
        return items == null ? List.of() : items;
    }

    public Object get(String key) {
        return body().get(key);
    }

    public long id() {
        return ((Number) body().get("id")).longValue();
    }

    public String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + (json != null ? json : text());
    }
}
