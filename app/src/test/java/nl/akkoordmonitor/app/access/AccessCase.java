package nl.akkoordmonitor.app.access;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the cross-organisation matrix: a request that a user of another organisation
 * sends against data that is not theirs, and how the server must refuse it.
 * <p>
 * Start with {@link #write} (expects 403) or {@link #read} (expects 403 or 404), then say who
 * tries it ({@link #by}), whose data it is ({@link #ownedBy}: the owner's identical request must
 * then succeed, which proves the request itself was valid and that the refusal left the data
 * untouched), and what must not show in the refusal ({@link #hiding}: for reads the owner's
 * answer must show it, so the check means something).
 *
 * @param name        what is tried, in words
 * @param method      GET, POST, PUT, PATCH or DELETE
 * @param path        the path with query
 * @param body        the JSON body, or null
 * @param intruder    who tries it, in words
 * @param intruderToken the intruder's bearer token
 * @param refusedWith the statuses that count as refused
 * @param secrets     texts of the owner's data that the intruder's answer must not contain
 * @param owner       whose data it is, in words; null when no owner check is made
 * @param ownerToken  the owner's bearer token, or null
 */
public record AccessCase(String name,
                         String method,
                         String path,
                         @Nullable Object body,
                         @Nullable String intruder,
                         @Nullable String intruderToken,
                         Set<Integer> refusedWith,
                         List<String> secrets,
                         @Nullable String owner,
                         @Nullable String ownerToken) {

    /** A change to another organisation's data: refused with 403. */
    public static AccessCase write(String name, String method, String path, @Nullable Object body) {
        return new AccessCase(name, method, path, body, null, null, Set.of(403), List.of(), null, null);
    }

    /** A read of another organisation's private data: refused with 403 or 404. */
    public static AccessCase read(String name, String path) {
        return new AccessCase(name, "GET", path, null, null, null, Set.of(403, 404), List.of(), null, null);
    }

    /**
     * A list or search that answers, but without another organisation's rows (200 with the
     * secrets filtered out).
     */
    public static AccessCase filteredRead(String name, String path) {
        return new AccessCase(name, "GET", path, null, null, null, Set.of(200), List.of(), null, null);
    }

    public AccessCase by(String who, String token) {
        return new AccessCase(name, method, path, body, who, token, refusedWith, secrets, owner, ownerToken);
    }

    public AccessCase ownedBy(String who, String token) {
        return new AccessCase(name, method, path, body, intruder, intruderToken, refusedWith, secrets, who, token);
    }

    public AccessCase hiding(String... texts) {
        return new AccessCase(name, method, path, body, intruder, intruderToken, refusedWith, List.of(texts), owner, ownerToken);
    }

    public AccessCase refusedWith(Integer... statuses) {
        return new AccessCase(name, method, path, body, intruder, intruderToken, Set.of(statuses), secrets, owner, ownerToken);
    }

    @Override
    public String toString() {
        return name + ": " + method + " " + path + " by " + intruder
                + (owner == null ? "" : " (owner " + owner + ")") + " -> "
                + refusedWith.stream().sorted().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
