package nl.akkoordmonitor.financing.internal;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.MessageBundle;

/** The financing module's messages: i18n/financing.properties (Dutch) and i18n/financing_en.properties (English). */
@Singleton
class FinancingMessages extends MessageBundle {

    FinancingMessages() {
        super("financing");
    }
}
