package nl.akkoordmonitor.platform.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Dutch (and English) word for every state, status and verdict a user sees: in API
 * labels, the steering report, the progress template and the web pages. The words live in
 * {@code vocabulary.properties} (Dutch, the default) and {@code vocabulary_en.properties} beside
 * this class; the README's glossary explains the choice.
 *
 * <p>An enum value's key is its enum's simple name and its constant, for example
 * {@code MilestoneState.OVERDUE}. The platform knows no other module's enums: it looks words up by
 * key, so that every module's states share this one list. A test in {@code app} fails when an enum
 * a user can see has no word here.
 *
 * <p>Words start with a capital letter, because they mostly stand alone (a cell, a drop-down, a
 * badge); lower-case them inside a sentence.
 */
public final class Vocabulary {

    /** The language of the product. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final String BUNDLE = "nl.akkoordmonitor.platform.vocabulary.vocabulary";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Looked up once per language and key: a report asks for a word on every row. */
    private static final Map<Locale, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    /** The Dutch word for an enum value, e.g. "Loopt achter" for {@code ProgressStatus.AT_RISK}. */
    public static String label(Enum<?> value) {
        return label(value, DUTCH);
    }

    /** The word for an enum value in a language; Dutch for every language but English. */
    public static String label(Enum<?> value, Locale locale) {
        return word(key(value), locale);
    }

    /** A word that is no enum value, e.g. {@code evaluation.notStarted}; Dutch. */
    public static String word(String key) {
        return word(key, DUTCH);
    }

    /** A word in a language; a missing key is a programming error and fails loudly. */
    public static String word(String key, Locale locale) {
        Locale language = supported(locale);
        return CACHE.computeIfAbsent(language, l -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> {
            try {
                return bundle(language).getString(k);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("No word for '" + k + "' in the vocabulary (platform, vocabulary.properties)", e);
            }
        });
    }

    /** Whether the vocabulary has a Dutch word for this value. */
    public static boolean has(Enum<?> value) {
        return has(key(value));
    }

    /** Whether the vocabulary has a Dutch word for this key. */
    public static boolean has(String key) {
        return bundle(DUTCH).containsKey(key);
    }

    /**
     * The value whose Dutch word this is, as typed or picked in a spreadsheet or form: case and
     * surrounding spaces do not matter.
     */
    public static <E extends Enum<E>> Optional<E> fromLabel(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(DUTCH);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> label(value).toLowerCase(DUTCH).equals(wanted))
                .findFirst();
    }

    /** The key of an enum value: {@code MilestoneState.OVERDUE}. */
    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        // The Dutch words are the base bundle: no vocabulary_nl file, and never the JVM's locale.
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
    }
}
