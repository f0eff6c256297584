package nl.akkoordmonitor.milestones.internal;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.MessageBundle;

/** The milestones module's messages: i18n/milestones.properties (Dutch) and i18n/milestones_en.properties (English). */
@Singleton
class MilestonesMessages extends MessageBundle {

    MilestonesMessages() {
        super("milestones");
    }
}
