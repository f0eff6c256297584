package nl.akkoordmonitor.demo.internal.dataset;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic synthetic dataset on top of the reference data: one national agreement
 * (GALA, 2023–2026) with eight core themes, five of them binding; a regional agreement per GGD
 * region; a local agreement per municipality with commitments, milestones and progress reports;
 * evaluations for 2024 and 2025; indicator targets and measurements; funding streams with budgets,
 * allocations and spending. The same seed and size give the same data.
 *
 * <p>It writes with batched SQL into every module's tables, past the services, on purpose: the
 * national set (about 25,000 milestones and 100,000 progress reports) would take many minutes
 * through the API. So nothing here is audited, and the rows respect the same constraints the
 * services keep (signed agreements cover every binding theme, allocations stay within budgets).
 * It refuses to run twice on one database.
 */
@Singleton
public class SyntheticDataset {

    /** The title that marks a database as generated. */
    public static final String NATIONAL_TITLE = "Gezond en Actief Leven Akkoord (GALA) – synthetische gegevens";

    /** Progress reports are dated up to this day, so that the data do not depend on the clock. */
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 1);

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String[][] THEMES = {
            {"GEZONDHEIDSACHTERSTANDEN", "Minder gezondheidsachterstanden", "true"},
            {"SOCIALE_BASIS", "Een sterke sociale basis", "true"},
            {"LEEFSTIJL", "Een gezonde leefstijl (roken, overgewicht, alcohol)", "true"},
            {"MENTALE_GEZONDHEID", "Mentale weerbaarheid en mentale gezondheid", "true"},
            {"REGIONALE_INFRASTRUCTUUR", "Domeinoverstijgend werken vanuit een regionale preventie-infrastructuur", "true"},
            {"LEEFOMGEVING", "Een gezonde fysieke leefomgeving", "false"},
            {"GEZOND_OUDER_WORDEN", "Gezond ouder worden", "false"},
            {"ONLINE", "Mentaal gezond online", "false"}};
    private static final String[] ACTIONS = {"Rookvrije generatie op", "Gezonde kantines in", "Buurtsportcoach voor",
            "Welzijn op recept in", "Mentale gezondheid op school in", "Valpreventie voor ouderen in",
            "Alcoholvrije sportverenigingen in", "Schuldhulp bij gezondheidsachterstand in", "Eenzaamheid aanpakken in",
            "JOGG-aanpak in", "Gezonde leefomgeving rond scholen in", "Werkgevers en mentale gezondheid in"};
    private static final String[] STEPS = {"Plan van aanpak vastgesteld", "Partners verbonden", "Eerste activiteiten gestart",
            "Tussenmeting uitgevoerd", "Bereik van de doelgroep gemeten", "Evaluatie met partners", "Borging in beleid",
            "Communicatiecampagne gestart"};
    private static final String[] NARRATIVES = {"Loopt volgens plan.", "Partners zijn enthousiast; capaciteit blijft krap.",
            "Vertraging door personeelstekort bij de uitvoerder.", "Financiering voor volgend jaar nog onzeker.",
            "Eerste resultaten zijn positief.", "Afhankelijk van besluit gemeenteraad.", "Bereik onder jongeren lager dan verwacht."};
    private static final String[] TARGET_GROUPS = {"YOUTH", "YOUNG_ADULTS", "STUDENTS", "WORKERS", "ELDERLY", "INFORMAL_CARERS",
            "VULNERABLE", "EVERYONE"};
    private static final String[] ENVIRONMENTS = {"SOCIETY", "NEIGHBOURHOOD", "EDUCATION", "WORK", "ONLINE", "CARE", "HOME"};
    private static final String[] LEVELS = {"UNIVERSAL", "SELECTIVE", "INDICATED"};
    private static final String[] PROGRESS = {"ON_TRACK", "ON_TRACK", "ON_TRACK", "AT_RISK", "DELAYED"};
    private static final String[] RATINGS = {"GREEN", "GREEN", "AMBER", "AMBER", "RED"};
    private static final Object[][] INDICATORS = {
            {"ROKEN_VOLW", "Rokers (18+)", "%", "LOWER_IS_BETTER", "GGD_GEZONDHEIDSMONITOR", "RISK_FACTOR", 20.0, 5.0},
            {"OVERGEWICHT_VOLW", "Overgewicht (18+)", "%", "LOWER_IS_BETTER", "GGD_GEZONDHEIDSMONITOR", "RISK_FACTOR", 50.0, 38.0},
            {"ALCOHOL_JONG", "Jongeren die ooit alcohol dronken (12-16)", "%", "LOWER_IS_BETTER", "HBSC", "RISK_FACTOR", 40.0, 25.0},
            {"EENZAAMHEID", "Ernstig eenzaam (18+)", "%", "LOWER_IS_BETTER", "GGD_GEZONDHEIDSMONITOR", "OUTCOME", 12.0, 9.0},
            {"PSYCH_KLACHTEN", "Psychische klachten (12-25)", "%", "LOWER_IS_BETTER", "GGD_GEZONDHEIDSMONITOR", "PREVALENCE", 30.0, 22.0},
            {"BEWEEGRICHTLIJN", "Voldoet aan de beweegrichtlijn (18+)", "%", "HIGHER_IS_BETTER", "CBS", "RISK_FACTOR", 47.0, 60.0},
            {"ERVAREN_GEZONDHEID", "Ervaren gezondheid goed of zeer goed (18+)", "%", "HIGHER_IS_BETTER", "CBS", "OUTCOME", 75.0, 80.0},
            {"JEUGDHULP", "Jongeren met jeugdhulp", "%", "LOWER_IS_BETTER", "CBS", "CARE_USE", 13.0, 11.0}};
    /** name, source, law, nature, earmarked, first year, last year (0: open-ended), yearly amount in thousands. */
    private static final Object[][] STREAMS = {
            {"Gemeentefonds – publieke gezondheid", "MUNICIPALITY", "WPG", "STRUCTURAL", false, 2021, 0, 400},
            {"Brede SPUK GALA", "NATIONAL_GOVERNMENT", "WPG", "INCIDENTAL", true, 2023, 2026, 250},
            {"Gemeentefonds – Wmo preventie", "MUNICIPALITY", "WMO", "STRUCTURAL", false, 2021, 0, 300},
            {"Steunpakket sociaal en mentaal welzijn", "NATIONAL_GOVERNMENT", "WMO", "INCIDENTAL", true, 2023, 2024, 120},
            {"Jeugdwet – preventief jeugdbeleid", "MUNICIPALITY", "JEUGDWET", "STRUCTURAL", false, 2021, 0, 350},
            {"Nationaal Programma Onderwijs – welzijn", "NATIONAL_GOVERNMENT", "JEUGDWET", "INCIDENTAL", true, 2023, 2025, 150},
            {"Zorgverzekeraar – gecombineerde leefstijlinterventie", "HEALTH_INSURER", "ZVW", "STRUCTURAL", false, 2021, 0, 90},
            {"Zorgverzekeraar – preventieakkoord regio", "HEALTH_INSURER", "ZVW", "INCIDENTAL", false, 2024, 2025, 60},
            {"Wlz – valpreventie ouderen", "HEALTH_INSURER", "WLZ", "INCIDENTAL", false, 2024, 2026, 40},
            {"Fonds Gezond Leven", "FUND", "NONE", "INCIDENTAL", true, 2024, 2025, 30},
            {"Eigen middelen gemeente", "MUNICIPALITY", "NONE", "STRUCTURAL", false, 2021, 0, 80},
            {"EU ESF+ project", "EU", "NONE", "INCIDENTAL", true, 2023, 2025, 70},
            {"Sportakkoord II", "NATIONAL_GOVERNMENT", "WMO", "INCIDENTAL", true, 2023, 2026, 45},
            {"Regiodeal preventie", "NATIONAL_GOVERNMENT", "WPG", "INCIDENTAL", true, 2024, 2026, 55},
            {"Mentale gezondheid: van ons allemaal", "NATIONAL_GOVERNMENT", "WMO", "INCIDENTAL", true, 2024, 2026, 35}};

    private final DataSource dataSource;
    /** Ids of the running generation; one generation at a time (see {@link #generate}). */
    private Ids ids;

    public SyntheticDataset(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What was generated, per kind of row. */
    public record Summary(Map<String, Long> rows) {
        @Override
        public String toString() {
            return rows.toString();
        }
    }

    private record Org(long id, String code, String name, Long regionId) {
    }

    private record Agreement(long id, String level, long ownerId, Long regionId, int firstYear, int lastYear,
                             List<Adoption> adoptions, List<Commitment> commitments) {
    }

    private record Adoption(long id, long themeId, String code, String name, boolean binding, boolean deviation) {
    }

    private record Commitment(long id, Adoption adoption, int firstYear, int lastYear) {
    }

    @Transactional(readOnly = true)
    public boolean alreadyLoaded() {
        try (PreparedStatement s = connection().prepareStatement("SELECT count(*) FROM agreements.agreement WHERE title = ?")) {
            s.setString(1, NATIONAL_TITLE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates the dataset in one transaction: all of it, or nothing. */
    @Transactional
    public synchronized Summary generate(long seed, DatasetSize size) {
        if (alreadyLoaded()) {
            throw new IllegalStateException("This database already holds the synthetic dataset.");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> counts = new LinkedHashMap<>();
        // The transaction's connection: closing it is left to the transaction.
        Connection c = connection();
        ids = new Ids(c);
        try {
            generate(c, random, size, counts);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the dataset: " + e.getMessage(), e);
        }
        return new Summary(counts);
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void generate(Connection c, SplittableRandom random, DatasetSize size, Map<String, Long> counts) throws SQLException {
        long ministry = single(c, "SELECT id FROM agreements.organisation WHERE type = 'MINISTRY' AND code = 'VWS'");
        List<Org> regions = organisations(c, "GGD_REGION", size.regions());
        Map<Long, List<Org>> municipalities = new LinkedHashMap<>();
        for (Org region : regions) {
            municipalities.put(region.id(), municipalitiesOf(c, region.id(), size.municipalitiesPerRegion()));
        }

        // National agreement and its frame.
        long nationalId = ids.next("agreements.agreement_id_seq");
        long[] themeIds = new long[THEMES.length];
        for (int t = 0; t < THEMES.length; t++) {
            themeIds[t] = ids.next("agreements.core_theme_id_seq");
        }
        try (Batch agreements = new Batch(c, "INSERT INTO agreements.agreement (id, level, title, owner_id, parent_id, national_id, "
                + "first_year, last_year, status, signed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch themes = new Batch(c, "INSERT INTO agreements.core_theme (id, agreement_id, code, name, description, binding) "
                     + "VALUES (?, ?, ?, ?, ?, ?)", agreements)) {
            agreements.add(nationalId, "NATIONAL", NATIONAL_TITLE, ministry, null, null, 2023, 2026, "ACTIVE", LocalDate.of(2023, 2, 3));
            for (int i = 0; i < THEMES.length; i++) {
                themes.add(themeIds[i], nationalId, THEMES[i][0], THEMES[i][1], "Doel uit het GALA.", Boolean.parseBoolean(THEMES[i][2]));
            }
        }

        List<Agreement> all = new ArrayList<>();
        Agreement national = new Agreement(nationalId, "NATIONAL", ministry, null, 2023, 2026, List.of(), List.of());
        all.add(national);
        try (Batch agreements = new Batch(c, "INSERT INTO agreements.agreement (id, level, title, owner_id, parent_id, national_id, "
                + "first_year, last_year, status, signed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch parties = new Batch(c, "INSERT INTO agreements.party (agreement_id, organisation_id, role) VALUES (?, ?, ?)", agreements);
             Batch adoptions = new Batch(c, "INSERT INTO agreements.theme_adoption (id, agreement_id, core_theme_id, deviation, "
                     + "ambition, justification) VALUES (?, ?, ?, ?, ?, ?)", agreements);
             Batch commitments = new Batch(c, "INSERT INTO agreements.commitment (id, agreement_id, adoption_id, title, description, "
                     + "target_groups, living_environment, prevention_level, responsible_organisation_id, first_year, last_year) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", adoptions)) {
            parties.add(nationalId, ministry, "SIGNATORY");
            for (Org region : regions) {
                long regionalId = ids.next("agreements.agreement_id_seq");
                agreements.add(regionalId, "REGIONAL", "Regionaal preventieakkoord " + region.name(), region.id(), nationalId,
                        nationalId, 2023, 2026, "ACTIVE", LocalDate.of(2023, 6, 1 + random.nextInt(28)));
                parties.add(regionalId, region.id(), "SIGNATORY");
                parties.add(regionalId, region.id(), "COORDINATOR");
                all.add(fill(c, random, size, adoptions, commitments, themeIds, regionalId, "REGIONAL", region.id(), region.id(),
                        2023, 2026));
                for (Org municipality : municipalities.get(region.id())) {
                    long localId = ids.next("agreements.agreement_id_seq");
                    // About one in twenty-five is still a draft: "no active agreement" in the coverage.
                    boolean draft = random.nextInt(25) == 0;
                    agreements.add(localId, "LOCAL", "Lokaal preventieakkoord " + municipality.name(), municipality.id(), regionalId,
                            nationalId, 2024, 2026, draft ? "DRAFT" : "ACTIVE", draft ? null : LocalDate.of(2024, 1 + random.nextInt(6), 1 + random.nextInt(28)));
                    parties.add(localId, municipality.id(), "SIGNATORY");
                    parties.add(localId, region.id(), "ADVISER");
                    all.add(fill(c, random, size, adoptions, commitments, themeIds, localId, draft ? "DRAFT" : "LOCAL",
                            municipality.id(), region.id(), 2024, 2026));
                }
            }
            counts.put("agreements", agreements.rows() + 1);
            counts.put("themeAdoptions", adoptions.rows());
            counts.put("commitments", commitments.rows());
        }

        milestones(c, random, size, all, counts);
        evaluations(c, random, all, ministry, counts);
        indicators(c, random, all, municipalities, counts);
        money(c, random, size, all, regions, municipalities, counts);
    }

    private Agreement fill(Connection c, SplittableRandom random, DatasetSize size, Batch adoptions, Batch commitments,
                           long[] themeIds, long agreementId, String level, long ownerId, long regionId,
                           int firstYear, int lastYear) throws SQLException {
        List<Adoption> adopted = new ArrayList<>();
        List<Commitment> made = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            boolean binding = Boolean.parseBoolean(THEMES[t][2]);
            if (!binding && random.nextInt(3) != 0) {
                continue;
            }
            // Comply or explain: now and then a binding theme is explained instead of adopted.
            boolean deviation = binding && random.nextInt(30) == 0;
            long adoptionId = ids.next("agreements.theme_adoption_id_seq");
            adoptions.add(adoptionId, agreementId, themeIds[t], deviation,
                    deviation ? null : "Eigen ambitie: " + THEMES[t][1].toLowerCase() + ".",
                    deviation ? "Wordt al regionaal opgepakt; geen eigen middelen." : null);
            Adoption adoption = new Adoption(adoptionId, themeIds[t], THEMES[t][0], THEMES[t][1], binding, deviation);
            adopted.add(adoption);
            if (deviation) {
                continue;
            }
            for (int k = 0; k < size.commitmentsPerTheme(); k++) {
                long commitmentId = ids.next("agreements.commitment_id_seq");
                int from = firstYear + random.nextInt(2);
                int to = Math.max(from, lastYear - random.nextInt(2));
                commitments.add(commitmentId, agreementId, adoptionId, ACTIONS[random.nextInt(ACTIONS.length)] + " " + (k + 1),
                        "Synthetische afspraak.", c.createArrayOf("varchar", new String[]{TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)]}),
                        ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)], LEVELS[random.nextInt(LEVELS.length)], ownerId, from, to);
                made.add(new Commitment(commitmentId, adoption, from, to));
            }
        }
        return new Agreement(agreementId, level, ownerId, regionId, firstYear, lastYear, adopted, made);
    }

    private void milestones(Connection c, SplittableRandom random, DatasetSize size, List<Agreement> all,
                            Map<String, Long> counts) throws SQLException {
        try (Batch milestones = new Batch(c, "INSERT INTO milestones.milestone (id, commitment_id, agreement_id, owner_organisation_id, "
                + "ggd_region_id, core_theme_id, core_theme_code, core_theme_name, title, due_date, responsible_organisation_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch reports = new Batch(c, "INSERT INTO milestones.progress_report (milestone_id, report_date, status, percent_complete, "
                     + "narrative, idempotency_key, reported_by, reported_by_name) VALUES (?, ?, ?, ?, ?, ?, 0, 'synthetisch')",
                     milestones)) {
            for (Agreement agreement : all) {
                for (Commitment commitment : agreement.commitments()) {
                    int count = Math.max(1, size.milestonesPerCommitment() - 2 + random.nextInt(5));
                    long[] ids = new long[count];
                    for (int m = 0; m < count; m++) {
                        ids[m] = this.ids.next("milestones.milestone_id_seq");
                    }
                    LocalDate start = LocalDate.of(commitment.firstYear(), 1, 1);
                    int days = (int) (LocalDate.of(commitment.lastYear(), 12, 31).toEpochDay() - start.toEpochDay());
                    for (int m = 0; m < count; m++) {
                        LocalDate due = start.plusDays((long) days * (m + 1) / (count + 1) + random.nextInt(30));
                        milestones.add(ids[m], commitment.id(), agreement.id(), agreement.ownerId(), agreement.regionId(),
                                commitment.adoption().themeId(), commitment.adoption().code(), commitment.adoption().name(),
                                STEPS[random.nextInt(STEPS.length)], due, agreement.ownerId());
                        reports(random, size, reports, ids[m], start, due);
                    }
                }
            }
            counts.put("milestones", milestones.rows());
            counts.put("progressReports", reports.rows());
        }
        // The milestones module keeps the newest report on the milestone; set it as it would.
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE milestones.milestone m SET latest_report_id = r.id, latest_status = r.status,
                       latest_percent_complete = r.percent_complete, latest_report_date = r.report_date
                FROM (SELECT DISTINCT ON (milestone_id) id, milestone_id, status, percent_complete, report_date
                      FROM milestones.progress_report ORDER BY milestone_id, report_date DESC, id DESC) r
                WHERE r.milestone_id = m.id AND m.latest_report_id IS NULL""")) {
            s.executeUpdate();
        }
    }

    private static void reports(SplittableRandom random, DatasetSize size, Batch reports, long milestoneId, LocalDate start,
                                LocalDate due) throws SQLException {
        LocalDate last = due.isBefore(AS_OF) ? due : AS_OF;
        if (!last.isAfter(start)) {
            return;
        }
        int count = Math.max(0, size.reportsPerMilestone() - 2 + random.nextInt(5));
        int span = (int) (last.toEpochDay() - start.toEpochDay());
        int percent = 0;
        for (int r = 0; r < count; r++) {
            LocalDate date = start.plusDays((long) span * (r + 1) / (count + 1));
            boolean final_ = r == count - 1 && due.isBefore(AS_OF) && random.nextInt(10) < 7;
            percent = final_ ? 100 : Math.min(95, percent + 5 + random.nextInt(30));
            String status = final_ ? "ACHIEVED" : PROGRESS[random.nextInt(PROGRESS.length)];
            reports.add(milestoneId, date, status, percent, NARRATIVES[random.nextInt(NARRATIVES.length)], "gen:" + milestoneId + ":" + r);
        }
    }

    private void evaluations(Connection c, SplittableRandom random, List<Agreement> all, long ministry,
                             Map<String, Long> counts) throws SQLException {
        Map<Long, Long> regionalOwnerOf = new LinkedHashMap<>();
        try (Batch evaluations = new Batch(c, "INSERT INTO milestones.evaluation (id, agreement_id, year, level, owner_organisation_id, "
                + "reviewer_organisation_id, ggd_region_id, status, general_conclusion, first_submitted_at, first_submitted_on, "
                + "submitted_at, returned_at, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch themes = new Batch(c, "INSERT INTO milestones.evaluation_theme (evaluation_id, core_theme_id, core_theme_code, "
                     + "core_theme_name, rating, findings, lessons, steering_actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     evaluations)) {
            for (Agreement agreement : all) {
                if (agreement.level().equals("DRAFT")) {
                    continue;
                }
                if (agreement.level().equals("REGIONAL")) {
                    regionalOwnerOf.put(agreement.regionId(), agreement.ownerId());
                }
                long reviewer = agreement.level().equals("LOCAL") ? agreement.regionId() : ministry;
                for (int year = Math.max(2024, agreement.firstYear()); year <= 2025; year++) {
                    int roll = random.nextInt(100);
                    String status = year == 2024
                            ? (roll < 80 ? "ACCEPTED" : roll < 88 ? "RETURNED" : roll < 95 ? "SUBMITTED" : null)
                            : (roll < 25 ? "ACCEPTED" : roll < 35 ? "RETURNED" : roll < 65 ? "SUBMITTED" : roll < 85 ? "DRAFT" : null);
                    if (status == null) {
                        continue;
                    }
                    long id = ids.next("milestones.evaluation_id_seq");
                    LocalDate deadline = LocalDate.of(year + 1, 4, 1);
                    LocalDate submitted = status.equals("DRAFT") ? null : deadline.minusDays(30 - random.nextInt(45));
                    Timestamp submittedAt = submitted == null ? null : Timestamp.from(submitted.atTime(10, 0).atZone(ZONE).toInstant());
                    Timestamp reviewedAt = submitted == null || status.equals("SUBMITTED") ? null
                            : Timestamp.from(submitted.plusDays(14).atTime(15, 0).atZone(ZONE).toInstant());
                    evaluations.add(id, agreement.id(), year, agreement.level(), agreement.ownerId(), reviewer, agreement.regionId(),
                            status, "Synthetische conclusie.", submittedAt, submitted, submittedAt,
                            status.equals("RETURNED") ? reviewedAt : null, status.equals("ACCEPTED") ? reviewedAt : null);
                    for (Adoption adoption : agreement.adoptions()) {
                        themes.add(id, adoption.themeId(), adoption.code(), adoption.name(),
                                RATINGS[random.nextInt(RATINGS.length)], "Bevindingen.", "Lessen.", "Bijsturing.");
                    }
                }
            }
            counts.put("evaluations", evaluations.rows());
        }
    }

    private void indicators(Connection c, SplittableRandom random, List<Agreement> all, Map<Long, List<Org>> municipalities,
                            Map<String, Long> counts) throws SQLException {
        try (Batch catalogue = new Batch(c, "INSERT INTO milestones.indicator (code, name, unit, direction, source, family) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
            for (Object[] i : INDICATORS) {
                catalogue.add(i[0], i[1], i[2], i[3], i[4], i[5]);
            }
        }
        long[] indicatorIds = new long[INDICATORS.length];
        for (int i = 0; i < INDICATORS.length; i++) {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM milestones.indicator WHERE code = ?")) {
                s.setString(1, (String) INDICATORS[i][0]);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    indicatorIds[i] = r.getLong(1);
                }
            }
        }
        try (Batch targets = new Batch(c, "INSERT INTO milestones.indicator_target (agreement_id, indicator_id, owner_organisation_id, "
                + "ggd_region_id, baseline_value, baseline_year, target_value, target_year) VALUES (?, ?, ?, ?, ?, 2020, ?, 2030)");
             Batch measurements = new Batch(c, "INSERT INTO milestones.measurement (indicator_id, organisation_id, year, value) "
                     + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Agreement agreement : all) {
                if (!agreement.level().equals("LOCAL")) {
                    continue;
                }
                int first = random.nextInt(INDICATORS.length);
                for (int k = 0; k < 3; k++) {
                    int i = (first + k * 3) % INDICATORS.length;
                    targets.add(agreement.id(), indicatorIds[i], agreement.ownerId(), agreement.regionId(),
                            decimal((double) INDICATORS[i][6]), decimal((double) INDICATORS[i][7]));
                }
            }
            for (List<Org> inRegion : municipalities.values()) {
                for (Org municipality : inRegion) {
                    for (int i = 0; i < INDICATORS.length; i++) {
                        double baseline = (double) INDICATORS[i][6];
                        double target = (double) INDICATORS[i][7];
                        for (int year = 2020; year <= 2024; year += 2) {
                            double path = baseline + (target - baseline) * (year - 2020) / 10.0;
                            double value = path + (random.nextDouble() - 0.5) * Math.abs(target - baseline) * 0.4;
                            measurements.add(indicatorIds[i], municipality.id(), year, decimal(value));
                        }
                    }
                }
            }
            counts.put("indicatorTargets", targets.rows());
            counts.put("measurements", measurements.rows());
        }
    }

    private void money(Connection c, SplittableRandom random, DatasetSize size, List<Agreement> all, List<Org> regions,
                       Map<Long, List<Org>> municipalities, Map<String, Long> counts) throws SQLException {
        Map<Long, Agreement> localByOwner = new LinkedHashMap<>();
        for (Agreement a : all) {
            if (a.level().equals("LOCAL")) {
                localByOwner.put(a.ownerId(), a);
            }
        }
        try (Batch streams = new Batch(c, "INSERT INTO financing.funding_stream (id, name, source, legal_basis, nature, first_year, "
                + "last_year, earmarked, conditions, recipient_id, recipient_ggd_region_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch budgets = new Batch(c, "INSERT INTO financing.budget (id, stream_id, year, amount) VALUES (?, ?, ?, ?)", streams);
             Batch allocations = new Batch(c, "INSERT INTO financing.allocation (id, budget_id, stream_id, year, amount, note, "
                     + "commitment_id, agreement_id, agreement_owner_id, ggd_region_id, commitment_first_year, commitment_last_year, "
                     + "agreement_first_year, agreement_last_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", budgets);
             Batch spending = new Batch(c, "INSERT INTO financing.expenditure (allocation_id, year, amount) VALUES (?, ?, ?)",
                     allocations)) {
            for (Org region : regions) {
                for (Org municipality : municipalities.get(region.id())) {
                    Agreement local = localByOwner.get(municipality.id());
                    int first = random.nextInt(STREAMS.length);
                    for (int k = 0; k < Math.min(size.streamsPerMunicipality(), STREAMS.length); k++) {
                        Object[] template = STREAMS[(first + k) % STREAMS.length];
                        long streamId = ids.next("financing.funding_stream_id_seq");
                        int from = (int) template[5];
                        int to = (int) template[6] == 0 ? 2026 : (int) template[6];
                        boolean earmarked = (boolean) template[4];
                        streams.add(streamId, template[0], template[1], template[2], template[3], from,
                                (int) template[6] == 0 ? null : to, earmarked, earmarked ? "Besteden aan preventie volgens de regeling." : null,
                                municipality.id(), region.id());
                        for (int year = from; year <= to; year++) {
                            long budgetId = ids.next("financing.budget_id_seq");
                            BigDecimal amount = BigDecimal.valueOf((int) template[7] * (800L + random.nextInt(400))).setScale(2, RoundingMode.UNNECESSARY);
                            budgets.add(budgetId, streamId, year, amount);
                            if (local == null) {
                                continue;
                            }
                            final int y = year;
                            List<Commitment> fitting = local.commitments().stream().filter(x -> x.firstYear() <= y && y <= x.lastYear()).toList();
                            if (fitting.isEmpty()) {
                                continue;
                            }
                            Commitment commitment = fitting.get(random.nextInt(fitting.size()));
                            long allocationId = ids.next("financing.allocation_id_seq");
                            BigDecimal allocated = amount.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
                                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                            allocations.add(allocationId, budgetId, streamId, year, allocated, null, commitment.id(), local.id(),
                                    local.ownerId(), local.regionId(), commitment.firstYear(), commitment.lastYear(),
                                    local.firstYear(), local.lastYear());
                            if (year <= AS_OF.getYear()) {
                                BigDecimal spent = allocated.multiply(BigDecimal.valueOf(60 + random.nextInt(56)))
                                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                                spending.add(allocationId, year, spent);
                            }
                        }
                    }
                }
            }
            counts.put("fundingStreams", streams.rows());
            counts.put("budgetLines", budgets.rows());
            counts.put("allocations", allocations.rows());
            counts.put("expenditures", spending.rows());
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("The reference data are not loaded: " + sql);
            }
            return r.getLong(1);
        }
    }

    private static List<Org> organisations(Connection c, String type, int limit) throws SQLException {
        return query(c, "SELECT id, code, name, ggd_region_id FROM agreements.organisation WHERE type = ? AND ended_on IS NULL "
                + "ORDER BY code" + (limit > 0 ? " LIMIT " + limit : ""), type);
    }

    private static List<Org> municipalitiesOf(Connection c, long regionId, int limit) throws SQLException {
        return query(c, "SELECT id, code, name, ggd_region_id FROM agreements.organisation WHERE type = 'MUNICIPALITY' "
                + "AND ended_on IS NULL AND ggd_region_id = ? ORDER BY code" + (limit > 0 ? " LIMIT " + limit : ""), regionId);
    }

    private static List<Org> query(Connection c, String sql, Object parameter) throws SQLException {
        List<Org> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long region = r.getLong(4);
                    result.add(new Org(r.getLong(1), r.getString(2), r.getString(3), r.wasNull() ? null : region));
                }
            }
        }
        return result;
    }

    /**
     * Ids taken from the tables' own sequences, a thousand per round trip, so that rows can be
     * batched with their ids known (children refer to them) and later inserts by the services
     * continue after them.
     */
    private static final class Ids {
        private static final int BLOCK = 1000;
        private final Connection connection;
        private final Map<String, java.util.ArrayDeque<Long>> free = new java.util.HashMap<>();

        Ids(Connection connection) {
            this.connection = connection;
        }

        long next(String sequence) throws SQLException {
            java.util.ArrayDeque<Long> queue = free.computeIfAbsent(sequence, k -> new java.util.ArrayDeque<>());
            if (queue.isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement("SELECT nextval(?::regclass) FROM generate_series(1, ?)")) {
                    s.setString(1, sequence);
                    s.setInt(2, BLOCK);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            queue.add(r.getLong(1));
                        }
                    }
                }
            }
            return queue.poll();
        }
    }
}
