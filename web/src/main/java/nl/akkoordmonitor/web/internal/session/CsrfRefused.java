package nl.akkoordmonitor.web.internal.session;

/** A form post without its CSRF token, or with a wrong one: answered with the 403 page. */
public final class CsrfRefused extends RuntimeException {

    CsrfRefused() {
        super("CSRF token missing or wrong", null, false, false);
    }
}
