package nl.akkoordmonitor.notifications.internal.reminder;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * When reminders go out: {@code reminder-days} before each deadline (the evaluation deadline, the
 * SiSa date and the dates VWS adds), {@code milestone-reminder-days} before a milestone is due,
 * and once when a milestone became overdue in the last {@code overdue-window-days} days.
 */
@ConfigurationProperties("akkoordmonitor.notifications")
public class ReminderSettings {

    private List<Integer> reminderDays = List.of(30, 7);
    private List<Integer> milestoneReminderDays = List.of(14);
    private int overdueWindowDays = 7;

    public List<Integer> getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(List<Integer> reminderDays) {
        this.reminderDays = List.copyOf(reminderDays);
    }

    public List<Integer> getMilestoneReminderDays() {
        return milestoneReminderDays;
    }

    public void setMilestoneReminderDays(List<Integer> milestoneReminderDays) {
        this.milestoneReminderDays = List.copyOf(milestoneReminderDays);
    }

    public int getOverdueWindowDays() {
        return overdueWindowDays;
    }

    public void setOverdueWindowDays(int overdueWindowDays) {
        this.overdueWindowDays = overdueWindowDays;
    }
}
