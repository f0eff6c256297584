package nl.akkoordmonitor.platform.internal;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.MessageBundle;

/** The platform's messages: problem titles, the framework's errors, validation, users and audit. */
@Singleton
class PlatformMessages extends MessageBundle {

    PlatformMessages() {
        super("platform");
    }
}
