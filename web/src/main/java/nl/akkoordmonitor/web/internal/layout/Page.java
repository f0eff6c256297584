package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.core.annotation.Nullable;

import nl.akkoordmonitor.platform.vocabulary.Vocabulary;

import java.time.LocalDate;
import java.util.List;

/**
 * What the layout of every page needs: its title (also the one h1 unless the page has its own),
 * the user, the navigation, the CSRF token for its forms, a message after a successful action, and
 * the form whose problems the error summary lists.
 */
public final class Page {

    private final String title;
    private final @Nullable WebUser user;
    private final String csrf;
    private final List<NavItem> nav;
    private final String path;
    private @Nullable String flash;
    private @Nullable Form form;

    Page(String title, @Nullable WebUser user, String csrf, List<NavItem> nav, String path) {
        this.title = title;
        this.user = user;
        this.csrf = csrf;
        this.nav = nav;
        this.path = path;
    }

    public String title() {
        return title;
    }

    /** The browser tab's title: "Fout: " first when the form has problems (GOV.UK). */
    public String documentTitle() {
        String base = title + " – " + Texts.t("app.name");
        return form != null && form.hasErrors() ? Texts.t("error.titlePrefix") + " " + base : base;
    }

    @Nullable
    public WebUser user() {
        return user;
    }

    public String csrf() {
        return csrf;
    }

    public List<NavItem> nav() {
        return nav;
    }

    public String path() {
        return path;
    }

    @Nullable
    public String flash() {
        return flash;
    }

    public Page flash(@Nullable String message) {
        this.flash = message;
        return this;
    }

    @Nullable
    public Form form() {
        return form;
    }

    public Page form(Form form) {
        this.form = form;
        return this;
    }

    /** A text from the bundle; short because templates use it on every line. */
    public String t(String key, Object... arguments) {
        return Texts.t(key, arguments);
    }

    public String date(@Nullable LocalDate date) {
        return Texts.date(date);
    }

    /**
     * The one Dutch word for a state, status or verdict, from the platform's vocabulary (the same
     * word the steering report and the API labels use): {@code word("MilestoneState", "OVERDUE")}.
     */
    public String word(String enumName, @Nullable Object value) {
        return value == null ? "" : Vocabulary.word(enumName + "." + value);
    }

    /** The choices of a form field: each value with its vocabulary word, in the given order. */
    public java.util.Map<String, String> options(String enumName, List<String> values) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        values.forEach(v -> options.put(v, word(enumName, v)));
        return options;
    }

    /** An amount of money the Dutch way: € 1.234,50. */
    public String euro(@Nullable java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Texts.DUTCH);
        return format.format(amount);
    }

    /** A measured value the Dutch way, without trailing zeros: 17,5. */
    public String decimal(@Nullable java.math.BigDecimal value) {
        if (value == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Texts.DUTCH);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** How a state looks beside its word: good, warn or bad (the word always says it too). */
    public String tone(@Nullable String state) {
        if (state == null) {
            return "warn";
        }
        return switch (state) {
            case "ACHIEVED", "ON_TRACK", "ACCEPTED", "GREEN", "ON_COURSE", "ACTIVE" -> "good";
            case "OVERDUE", "DELAYED", "RETURNED", "RED", "OFF_COURSE" -> "bad";
            default -> "warn";
        };
    }

    /** What a history entry did, in Dutch: "Afspraak toegevoegd". */
    public String change(String entity, String action) {
        String what = Texts.has("history.entity." + entity) ? Texts.t("history.entity." + entity) : entity;
        String done = Texts.has("history.action." + action) ? Texts.t("history.action." + action) : action;
        return what + " " + done;
    }

    /** A moment as a Dutch date and time in the Netherlands' zone. */
    public String moment(@Nullable java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Texts.DUTCH)
                .format(instant.atZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }
}
