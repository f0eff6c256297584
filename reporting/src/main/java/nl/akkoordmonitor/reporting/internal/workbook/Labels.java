package nl.akkoordmonitor.reporting.internal.workbook;

import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.Placeholders;
import nl.akkoordmonitor.platform.message.MessageBundle;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the reporting module's files in one language: sheet names, column headers,
 * explanations and file names, from the module's message bundle ({@code i18n/reporting.properties}
 * in Dutch, {@code reporting_en.properties} in English; docs/messages.md). States, statuses and
 * verdicts come from the one {@link Vocabulary}, in the same language ({@link #word}, {@link #label}).
 *
 * <p>A report is written on several threads, so the language is never a thread's setting: the
 * caller picks {@link #of(Locale)} once and hands this object down (a {@link StreamingWorkbook}
 * carries it to its sheets). Placeholders are {@code {0}}, {@code {1}}...; quotes need no escaping.
 */
public final class Labels {

    public static final Labels DUTCH = new Labels(Languages.DUTCH, Locale.forLanguageTag("nl-NL"), "dd-MM-yyyy", "d MMMM yyyy");
    public static final Labels ENGLISH = new Labels(Languages.ENGLISH, Locale.UK, "dd/MM/yyyy", "d MMMM yyyy");

    private static final String BUNDLE = "reporting";

    private final Locale language;
    private final Locale numbers;
    private final Map<String, String> texts;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;

    private Labels(Locale language, Locale numbers, String shortDate, String longDate) {
        this.language = language;
        this.numbers = numbers;
        this.texts = Map.copyOf(new MessageBundle(BUNDLE).texts(language));
        this.shortDate = DateTimeFormatter.ofPattern(shortDate, numbers);
        this.longDate = DateTimeFormatter.ofPattern(longDate, numbers);
    }

    /** The labels in the language asked for: English for English, Dutch for anything else. */
    public static Labels of(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** {@link Languages#DUTCH} or {@link Languages#ENGLISH}. */
    public Locale language() {
        return language;
    }

    /** The text for a key; a missing key is a programming error and fails loudly. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("No " + language.getDisplayLanguage(Locale.ENGLISH) + " text for '" + key
                    + "' in the reporting bundle (i18n/" + BUNDLE + (language == Languages.DUTCH ? "" : "_en") + ".properties)");
        }
        return text;
    }

    /**
     * A text with {0}, {1}... filled in. Whole numbers and amounts are written the language's way
     * (1.234 / 1,234); pass years and ids as strings.
     */
    public String format(String key, Object... arguments) {
        return Placeholders.fill(get(key), Arrays.asList(arguments), this::value);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** A vocabulary word (a state, status or verdict, or yes/no) in this language. */
    public String word(String vocabularyKey) {
        return Vocabulary.word(vocabularyKey, language);
    }

    /** The vocabulary's word for an enum value in this language. */
    public String label(Enum<?> value) {
        return Vocabulary.label(value, language);
    }

    /** A date in a sentence or title: 02-12-2026, or 02/12/2026 in English. */
    public String date(LocalDate date) {
        return shortDate.format(date);
    }

    /** A date written out: 15 juli 2026, or 15 July 2026. */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** A whole amount in euros in a sentence: € 1.234 or €1,234. */
    public String euros(BigDecimal amount) {
        String number = NumberFormat.getIntegerInstance(numbers)
                .format(amount == null ? BigDecimal.ZERO : amount.setScale(0, RoundingMode.HALF_UP));
        return this == ENGLISH ? (number.startsWith("-") ? "-€" + number.substring(1) : "€" + number) : "€ " + number;
    }

    private String value(Object value) {
        if (value instanceof Number number) {
            return NumberFormat.getInstance(numbers).format(number);
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return "Labels[" + language + "]";
    }
}
