package nl.akkoordmonitor.demo.internal.tools;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.security.UserAccounts;
import nl.akkoordmonitor.platform.users.UserDirectory;
import nl.akkoordmonitor.notifications.MailPreferences;
import nl.akkoordmonitor.demo.DemoMailServer;
import nl.akkoordmonitor.demo.DemoTools;
import nl.akkoordmonitor.demo.internal.benchmark.SxssfFloor;
import nl.akkoordmonitor.demo.internal.dataset.DatasetCalendar;
import nl.akkoordmonitor.demo.internal.dataset.DatasetSize;
import nl.akkoordmonitor.demo.internal.dataset.SyntheticDataset;
import nl.akkoordmonitor.reporting.SteeringReports;
import nl.akkoordmonitor.reporting.SteeringReports.ReportSize;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo loader and the benchmark behind {@link DemoTools}. */
@Singleton
class DemoToolsService implements DemoTools {

    /** The seed of every generated dataset, so that two runs compare the same data. */
    static final long SEED = 20_231_103L;
    static final int REPORT_YEAR = 2025;
    /**
     * Untimed runs of the report and of the floor before the timed ones: the steady state of a
     * server that has made reports before. The JIT compiler needs about 35 reports to settle: with
     * three warm-up runs its threads still took 300–480 ms of CPU per report on a 2-core machine
     * (measured per thread in /proc), which made the timed reports 20–30% slower than later ones.
     * The first report after a start is timed apart ({@code report (first run)}).
     */
    static final int WARM_UP_RUNS = 40;
    /** Timed runs of the report and of the floor, in turns; the benchmark prints their medians. */
    static final int RUNS = 5;
    static final int FLOOR_COLUMNS = 12;

    private final SyntheticDataset dataset;
    private final SteeringReports reports;
    private final Organisations organisations;
    private final UserAccounts users;
    private final UserDirectory directory;
    private final MailPreferences mail;
    private final Clock clock;

    DemoToolsService(SyntheticDataset dataset, SteeringReports reports, Organisations organisations, UserAccounts users,
                     UserDirectory directory, MailPreferences mail, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.mail = mail;
        this.dataset = dataset;
        this.reports = reports;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    @Transactional
    public String loadDemo() {
        LocalDate today = LocalDate.now(clock);
        if (!dataset.alreadyLoaded()) {
            dataset.generate(SEED, DatasetSize.DEMO, DatasetCalendar.relativeTo(today));
        }
        // The demo set fills the first regions by code; GGD Groningen and its first municipality are in it.
        Map<String, String[]> roles = Map.of("demo-gemeente", new String[]{"MUNICIPALITY", "GM0014"},
                "demo-ggd", new String[]{"GGD", "GG0111"}, "demo-vws", new String[]{"VWS", "VWS"});
        StringBuilder text = new StringBuilder("Demo users (password '" + PASSWORD + "'):\n");
        for (String username : USERS) {
            String[] user = roles.get(username);
            long organisation = organisations.findByCode(user[1]).orElseThrow().id();
            users.createIfAbsent(username, PASSWORD, Role.valueOf(user[0]), organisation, "demo user (--demo)");
            // Their mail goes to the demo's own SMTP server: GET /demo/mails shows it.
            directory.findByUsername(username).ifPresent(u -> mail.mailEachUnlessChosen(u.id(), username + "@" + DemoMailServer.DOMAIN));
            text.append(String.format("  %-14s %-13s %s%n", username, user[0], user[1]));
        }
        text.append("In the browser the login page has a button per demo user.\n");
        text.append("Log in with POST /login and download e.g. GET /steering-reports/").append(today.getYear()).append("?scope=GG0111\n");
        text.append("Mails are caught by an embedded SMTP server, not sent: GET /demo/mails shows yours.");
        return text.toString();
    }

    @Override
    public void loadNational(PrintStream out) {
        load(out, 1);
    }

    private void load(PrintStream out, int scale) {
        out.println("Loading the national dataset (seed " + SEED + ", scale " + scale + ") ...");
        long start = System.nanoTime();
        SyntheticDataset.Summary loaded = dataset.generate(SEED, DatasetSize.national(scale));
        out.printf(Locale.ROOT, "Loaded in %.1f s: %s%n", seconds(System.nanoTime() - start), loaded);
    }

    @Override
    public void benchmark(PrintStream out, int scale) {
        load(out, scale);

        Actor vws = new Actor(0, "benchmark", Role.VWS, organisations.findByCode("VWS").orElseThrow().id());
        // The first runs warm up the JIT and the database's caches; only the first is shown. On a
        // shared virtual machine a single run can be off by a third either way, so the report and
        // the floor are timed in turns, under the same conditions, and the medians are compared.
        Run cold = run(vws);
        for (int i = 1; i < WARM_UP_RUNS; i++) {
            run(vws);
        }
        long cells = cold.written.cells();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            SxssfFloor.measure(cells / FLOOR_COLUMNS, FLOOR_COLUMNS);
        }
        List<Run> warm = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            warm.add(run(vws));
            floors.add(SxssfFloor.measure(cells / FLOOR_COLUMNS, FLOOR_COLUMNS).toNanos());
        }
        ReportSize written = warm.get(0).written;
        List<Long> times = warm.stream().map(Run::nanos).toList();
        long report = median(times);
        long floor = median(floors);
        long peakHeap = Math.max(cold.peakHeap, warm.stream().mapToLong(Run::peakHeap).max().orElseThrow());

        out.println();
        out.printf(Locale.ROOT, "National steering report %d at scale %d, %d rows, %d cells, %.1f MB%n", REPORT_YEAR, scale,
                written.rows(), written.cells(), warm.get(0).bytes / 1_048_576.0);
        out.printf(Locale.ROOT, "  report (first run)      %8.2f s%n", seconds(cold.nanos));
        out.printf(Locale.ROOT, "  report                  %8.2f s   (target < 5 s; median of %d runs, %s)%n", seconds(report),
                RUNS, range(times));
        out.printf(Locale.ROOT, "  bare SXSSF floor        %8.2f s   (same number of cells, no database; median of %d runs, %s)%n",
                seconds(floor), RUNS, range(floors));
        out.printf(Locale.ROOT, "  ratio report / floor    %8.2f     (target <= 1.3)%n", (double) report / floor);
        out.printf(Locale.ROOT, "  rows per second         %8.0f%n", written.rows() / seconds(report));
        out.printf(Locale.ROOT, "  peak heap used          %8.1f MB  (max heap %.0f MB, target -Xmx256m)%n",
                peakHeap / 1_048_576.0, Runtime.getRuntime().maxMemory() / 1_048_576.0);
        // One line to compare between scales: time per row constant means time grows linearly.
        out.printf(Locale.ROOT, "scale %d: report %.2f s for %d rows (%.1f µs per row), first run %.2f s, peak heap %.1f MB"
                        + " (targets: µs per row not above scale 1's, heap < 200 MB at scale 4)%n",
                scale, seconds(report), written.rows(), report / 1e3 / written.rows(), seconds(cold.nanos), peakHeap / 1_048_576.0);
        save(vws, out);
    }

    /** With {@code -Dakkoordmonitor.benchmark.save-report=file}: the national report once more, into that file. */
    private void save(Actor vws, PrintStream out) {
        String save = System.getProperty("akkoordmonitor.benchmark.save-report");
        if (save == null) {
            return;
        }
        try (OutputStream file = Files.newOutputStream(Path.of(save))) {
            reports.write(vws, SteeringReports.NATIONAL, REPORT_YEAR, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Saved the national report to " + save);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String range(List<Long> values) {
        return String.format(Locale.ROOT, "%.2f–%.2f s", seconds(values.stream().min(Long::compare).orElseThrow()),
                seconds(values.stream().max(Long::compare).orElseThrow()));
    }

    private record Run(long nanos, ReportSize written, long bytes, long peakHeap) {
    }

    private Run run(Actor actor) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingStream counter = new CountingStream();
        long start = System.nanoTime();
        ReportSize written = reports.write(actor, SteeringReports.NATIONAL, REPORT_YEAR, counter);
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(nanos, written, counter.count, peak);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Counts the bytes of the workbook and throws them away: the benchmark times making, not storing. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
