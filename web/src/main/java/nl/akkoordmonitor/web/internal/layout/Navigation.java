package nl.akkoordmonitor.web.internal.layout;

import nl.akkoordmonitor.platform.security.Role;

import java.util.List;

/**
 * The main navigation per role: the one place where a new page gets its link. Each entry is a
 * path and the key of its label in messages.properties.
 */
public final class Navigation {

    record Entry(String href, String labelKey) {
    }

    private static final List<Entry> OWNER = List.of(
            new Entry("/mijn-akkoord", "nav.start"),
            new Entry("/akkoord", "nav.agreement"),
            new Entry("/mijlpalen", "nav.milestones"),
            new Entry("/geld", "nav.money"),
            new Entry("/indicatoren", "nav.indicators"),
            new Entry("/evaluatie", "nav.evaluation"),
            new Entry("/voortgangsbestand", "nav.workbook"),
            new Entry("/rapportage", "nav.report"));

    private static final List<Entry> ADMIN = List.of(
            new Entry("/beheer", "nav.admin"));

    private Navigation() {
    }

    /** The links for a role, the one for the current path marked. */
    public static List<NavItem> of(Role role, String path) {
        List<Entry> entries = switch (role) {
            case MUNICIPALITY, GGD, VWS -> OWNER;
            case ADMIN -> ADMIN;
        };
        return entries.stream()
                .map(e -> new NavItem(e.href(), Texts.t(e.labelKey()), path.equals(e.href()) || path.startsWith(e.href() + "/")))
                .toList();
    }
}
