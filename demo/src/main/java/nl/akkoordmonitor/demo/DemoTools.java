package nl.akkoordmonitor.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The command-line tools of the demo module, started by the application with a flag:
 * {@code --demo} loads a small demo dataset with a demo user per role, {@code --benchmark} loads
 * the national-scale dataset and times the national steering report.
 */
public interface DemoTools {

    /** The password of every demo user. */
    String PASSWORD = "demo-akkoord";

    /** The demo users, the municipality first: the one a new user most likely wants to try. */
    List<String> USERS = List.of("demo-gemeente", "demo-ggd", "demo-vws");

    /**
     * The settings of demo mode: the data are loaded before the server takes requests (so it is
     * ready only when they are in), and the login page offers the demo users.
     */
    static Map<String, Object> demoProperties() {
        return Map.of("akkoordmonitor.demo.enabled", "true",
                "akkoordmonitor.demo.logins", String.join(",", USERS),
                "akkoordmonitor.demo.password", PASSWORD);
    }

    /**
     * Loads the demo dataset and the demo users, unless the database already holds them. The data
     * are dated relative to the clock's day, so that every state is on screen (see
     * {@code DatasetCalendar}).
     *
     * @return what to tell the person who started the demo: the users and how to log in
     */
    String loadDemo();

    /**
     * Loads the national dataset into an empty database, times the national report and prints
     * the figures. The dataset has with {@code scale} times the milestones, progress reports
     * and money lines of the national one (1: the national dataset itself, as years of history would bring). With the system property
     * {@code akkoordmonitor.benchmark.save-report} set to a file name it also saves the national
     * report it timed there, to be looked at or printed.
     */
    void benchmark(PrintStream out, int scale);

    /** Loads the national dataset (the benchmark's, same seed) into an empty database and says what it loaded. */
    void loadNational(PrintStream out);
}
