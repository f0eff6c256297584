package nl.akkoordmonitor.platform.message;

import java.util.List;
import java.util.function.Function;

/**
 * Fills {@code {0}}, {@code {1}}... in a text from a bundle. Unlike {@link java.text.MessageFormat}
 * it leaves apostrophes alone ("Risico's" needs no doubling) and lets the caller write each value
 * the language's way. A placeholder without a value stays as it is.
 */
public final class Placeholders {

    private Placeholders() {
    }

    public static String fill(String template, List<?> arguments, Function<Object, String> write) {
        if (arguments.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < arguments.size() ? write.apply(arguments.get(index)) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
