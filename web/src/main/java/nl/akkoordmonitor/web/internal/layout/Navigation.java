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

    /** A GGD: its region, the reviews, then its own regional agreement with the owner's pages. */
    private static final List<Entry> STEERING_GGD = List.of(
            new Entry("/regio", "nav.region"),
            new Entry("/beoordelen", "nav.review"),
            new Entry("/akkoord", "nav.agreement"),
            new Entry("/mijlpalen", "nav.milestones"),
            new Entry("/geld", "nav.money"),
            new Entry("/evaluatie", "nav.evaluation"),
            new Entry("/rapporten", "nav.reports"));

    /** VWS: the national dashboard, the reviews of the regions, the national agreement, the reports. */
    private static final List<Entry> STEERING_VWS = List.of(
            new Entry("/sturing", "nav.dashboard"),
            new Entry("/beoordelen", "nav.review"),
            new Entry("/akkoord", "nav.nationalAgreement"),
            new Entry("/rapporten", "nav.reports"));

    private static final List<Entry> ADMIN = List.of(
            new Entry("/beheer/gebruikers", "nav.users"),
            new Entry("/beheer/audit", "nav.audit"));

    private Navigation() {
    }

    /** The links for a role, the one for the current path marked. */
    public static List<NavItem> of(Role role, String path) {
        List<Entry> entries = switch (role) {
            case MUNICIPALITY -> OWNER;
            case GGD -> STEERING_GGD;
            case VWS -> STEERING_VWS;
            case ADMIN -> ADMIN;
        };
        return entries.stream()
                .map(e -> new NavItem(e.href(), Texts.t(e.labelKey()), path.equals(e.href()) || path.startsWith(e.href() + "/")))
                .toList();
    }
}
