package nl.akkoordmonitor.agreements.internal;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.MessageBundle;

/** The agreements module's messages: i18n/agreements.properties (Dutch) and i18n/agreements_en.properties (English). */
@Singleton
class AgreementsMessages extends MessageBundle {

    AgreementsMessages() {
        super("agreements");
    }
}
