package nl.akkoordmonitor.demo;

import java.io.PrintStream;

/**
 * The command-line tools of the demo module, started by the application with a flag:
 * {@code --demo} loads a small demo dataset with a demo user per role, {@code --benchmark} loads
 * the national-scale dataset and times the national steering report.
 */
public interface DemoTools {

    /**
     * Loads the demo dataset and the demo users, unless the database already holds them.
     *
     * @return what to tell the person who started the demo: the users and how to log in
     */
    String loadDemo();

    /** Loads the national dataset into an empty database, times the national report and prints the figures. */
    void benchmark(PrintStream out);

    /** Loads the national dataset (the benchmark's, same seed) into an empty database and says what it loaded. */
    void loadNational(PrintStream out);
}
