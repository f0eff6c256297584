package nl.akkoordmonitor.notifications.internal.outbox;

/**
 * Lets a test crash the sender between handing a mail to the SMTP server and marking it sent,
 * as a process that dies there would: nothing after the send is committed.
 */
public final class OutboxCrash {

    /** Thrown where the process would die; an Error, so that nothing treats it as a failed send. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash between sending and marking sent");
        }
    }

    private OutboxCrash() {
    }

    public static void crashAfterNextSend(OutboxSender sender) {
        sender.afterSend = () -> {
            sender.afterSend = () -> { };
            throw new SimulatedCrash();
        };
    }
}
