package nl.akkoordmonitor.platform.message;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Puts {@link Message}s into words, from the bundles of every module ({@link MessageBundle}
 * beans). Dutch is complete; a key missing in English falls back to Dutch (a test keeps both
 * complete). Placeholders are {@code {0}}, {@code {1}}...; quotes need no escaping. Amounts
 * ({@link BigDecimal}) are written the way the language writes them (1.250,00 or 1,250.00); other
 * numbers, such as ids and years, without grouping.
 */
@Singleton
public class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private final Map<Locale, Map<String, String>> texts = new HashMap<>();

    public Messages(List<MessageBundle> bundles) {
        for (Locale language : Languages.ALL) {
            Map<String, String> all = new HashMap<>();
            for (MessageBundle bundle : bundles) {
                all.putAll(bundle.texts(language));
            }
            texts.put(language, Map.copyOf(all));
        }
    }

    /** Messages from the bundles of these modules, for tests and tools that run without the application. */
    public static Messages of(String... modules) {
        return new Messages(java.util.Arrays.stream(modules).map(MessageBundle::new).toList());
    }

    /** The message in this language (Dutch unless it is English). */
    public String render(Message message, Locale language) {
        Locale lang = Languages.ENGLISH.equals(language) ? Languages.ENGLISH : Languages.DUTCH;
        String template = texts.get(lang).get(message.key());
        if (template == null) {
            template = texts.get(Languages.DUTCH).get(message.key());
            if (template == null) {
                LOG.error("No message for key '{}' in any bundle", message.key());
                return message.toString();
            }
            LOG.warn("No {} message for key '{}'; using Dutch", lang, message.key());
        }
        return fill(template, message.args(), lang);
    }

    /** The message in Dutch. */
    public String dutch(Message message) {
        return render(message, Languages.DUTCH);
    }

    /** The text of a key without placeholders, e.g. a label. */
    public String get(String key, Locale language) {
        return render(Message.of(key), language);
    }

    public boolean has(String key) {
        return texts.get(Languages.DUTCH).containsKey(key);
    }

    /** Every key known in Dutch. */
    public Set<String> keys() {
        return new TreeSet<>(texts.get(Languages.DUTCH).keySet());
    }

    private String fill(String template, List<Object> args, Locale language) {
        return Placeholders.fill(template, args, value -> format(value, language));
    }

    private String format(Object value, Locale language) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Message nested) {
            return render(nested, language);
        }
        if (value instanceof Euro euro) {
            String number = format(euro.cents(), language);
            return Languages.ENGLISH.equals(language) ? (euro.amount().signum() < 0 ? "-€" + number.substring(1) : "€" + number)
                    : "€ " + number;
        }
        if (value instanceof BigDecimal amount) {
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(
                    Languages.ENGLISH.equals(language) ? Locale.UK : Locale.forLanguageTag("nl-NL")));
            format.setMinimumFractionDigits(Math.max(0, amount.scale()));
            format.setMaximumFractionDigits(Math.max(0, amount.scale()));
            return format.format(amount);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> format(v, language)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
