package nl.akkoordmonitor.web.internal.steering;

/** One scope in the report page's list: NL, a GGD region or a municipality, by CBS code. */
public record ReportChoice(String code, String label) {
}
