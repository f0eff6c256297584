package nl.akkoordmonitor.web.internal.layout;

/** One link of the main navigation. */
public record NavItem(String href, String label, boolean current) {
}
