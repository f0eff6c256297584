package nl.akkoordmonitor.reporting.internal;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.MessageBundle;

/** The reporting module's messages: i18n/reporting.properties (Dutch) and i18n/reporting_en.properties (English). */
@Singleton
class ReportingMessages extends MessageBundle {

    ReportingMessages() {
        super("reporting");
    }
}
