package nl.akkoordmonitor.platform.internal.user;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters, not the username or containing it, and not
 * one that attackers try first: one of the 10,000 most common passwords (the list and its source:
 * resources/nl/akkoordmonitor/platform/passwords/README.md), one of them with only digits or symbols
 * around it, a run like {@code 123456789012} or {@code qwertyuiopas}, or one or a few characters
 * repeated. Applies to new users, password changes and the first administrator's configured password.
 */
@Singleton
class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    private static final String LIST = "nl/akkoordmonitor/platform/passwords/common-passwords.txt";
    private static final List<String> RUNS = List.of("01234567890123456789", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /**
     * The rules this password breaks, each with a message that says what to do.
     *
     * @param field the request field the password came in, for the violations
     */
    List<Violation> check(String username, String password, String field) {
        List<Violation> violations = new ArrayList<>();
        if (password.length() < MINIMUM_LENGTH) {
            violations.add(new Violation("PASSWORD_TOO_SHORT", field, Message.of("PASSWORD_TOO_SHORT", MINIMUM_LENGTH)));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && (lower.equals(name) || (name.length() >= 4 && lower.contains(name)))) {
            violations.add(new Violation("PASSWORD_CONTAINS_USERNAME", field, Message.of("PASSWORD_CONTAINS_USERNAME")));
        }
        if (isCommon(lower)) {
            violations.add(new Violation("PASSWORD_COMMON", field, Message.of("PASSWORD_COMMON")));
        } else if (isRunOrRepetition(lower)) {
            violations.add(new Violation("PASSWORD_PATTERN", field, Message.of("PASSWORD_PATTERN")));
        }
        return violations;
    }

    /** On the list, also with only digits and symbols before or after it. */
    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String core = lower.substring(start, end);
        return core.length() >= 4 && common.contains(core);
    }

    /** Fewer than five different characters, or a piece of a run of digits, letters or keyboard keys (either way). */
    private static boolean isRunOrRepetition(String lower) {
        if (lower.chars().distinct().count() < 5) {
            return true;
        }
        for (String run : RUNS) {
            String twice = run + run;
            String reversed = new StringBuilder(twice).reverse().toString();
            if (twice.contains(lower) || reversed.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
