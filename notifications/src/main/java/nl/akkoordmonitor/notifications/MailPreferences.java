package nl.akkoordmonitor.notifications;

/** Mail settings for other modules: the demo gives its demo users an address. */
public interface MailPreferences {

    /**
     * Gives the user this address, with a mail per notification, unless the user chose an address
     * already.
     */
    void mailEachUnlessChosen(long userId, String email);
}
