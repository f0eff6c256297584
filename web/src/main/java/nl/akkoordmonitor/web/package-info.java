/**
 * The Dutch web pages of Akkoordmonitor. They are a client of the HTTP API, in the same process:
 * every page reads and changes data through the same endpoints, access rules and problem answers
 * as any other client, with the user's own session token. Nothing here is used by other modules,
 * so everything lives under {@code internal}.
 */
package nl.akkoordmonitor.web;
