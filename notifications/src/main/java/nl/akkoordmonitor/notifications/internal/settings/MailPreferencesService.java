package nl.akkoordmonitor.notifications.internal.settings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.notifications.MailPreferences;

@Singleton
class MailPreferencesService implements MailPreferences {

    private final RecipientStore store;

    MailPreferencesService(RecipientStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void mailEachUnlessChosen(long userId, String email) {
        Recipient recipient = store.getOrCreate(userId);
        if (recipient.email() == null) {
            store.update(userId, email, Delivery.IMMEDIATE, recipient.version());
        }
    }
}
