package nl.akkoordmonitor.agreements;

/**
 * A core theme got a new name. Published inside the transaction that renames it, so that
 * modules showing a copy of the name (the milestones) follow the change.
 */
public record CoreThemeRenamed(long coreThemeId, String name) {
}
