package nl.akkoordmonitor.notifications.internal;

/**
 * Where a notification, a mail or a calendar entry sends its reader: the web page on which the
 * thing is seen or done, not the HTTP API (a policy officer who clicks a link in a mail gets a
 * page, not JSON). These are the addresses of the {@code web} module's pages; a test opens every
 * kind of link as its recipient.
 */
public final class PagePaths {

    private PagePaths() {
    }

    /** The owner's page of an evaluation: fill it in, see why it was returned, resubmit. */
    public static String evaluation(long evaluationId) {
        return "/evaluatie/" + evaluationId;
    }

    /** The owner's evaluations of a year. */
    public static String evaluations(int year) {
        return "/evaluatie?jaar=" + year;
    }

    /** The reviewer's page of a submitted evaluation: accept it or return it. */
    public static String review(long evaluationId) {
        return "/beoordelen/" + evaluationId;
    }

    /** A milestone with its progress and the form to report it. */
    public static String milestone(long milestoneId) {
        return "/mijlpalen/" + milestoneId;
    }

    /** An agreement's page: its themes, adoptions (and deviations) and commitments. */
    public static String agreement(long agreementId) {
        return "/akkoord/" + agreementId;
    }

    /** The user's calendar: dates, the calendar feed and the mail settings. */
    public static String calendar() {
        return "/agenda";
    }
}
