package nl.akkoordmonitor.notifications.internal;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.MessageBundle;

/** The notifications module's messages: i18n/notifications.properties (Dutch) and _en (English). */
@Singleton
class NotificationMessages extends MessageBundle {

    NotificationMessages() {
        super("notifications");
    }
}
