package nl.akkoordmonitor.demo.internal.dataset;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementSeeder;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.financing.FinancingSeeder;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.FundingSource;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.MilestoneSeeder;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.milestones.Rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic synthetic dataset on top of the reference data: one national agreement
 * (GALA, 2023–2026 as written) with eight core themes, five of them binding; a regional agreement per GGD
 * region; a local agreement per municipality with commitments, milestones and progress reports;
 * evaluations for 2024 and 2025 (an accepted one closes its year); indicator targets and measurements;
 * funding streams with budgets, allocations and spending.
 *
 * <p>Beside GALA runs its successor, the AZWA (2025–2028, signed 8 September 2025), with its own
 * themes and the mapping of GALA's themes onto them: the first GGD region's regional agreement and
 * the local agreements of its first two municipalities are carried over into it (one signed, one
 * still a draft), with their adoptions, commitments and the milestones still to come linked to
 * where they came from. The first municipality (the demo's) also gets the brede SPUK with its parts under three main
 * themes, a shift between two parts, a carry-over from 2024 to 2025, a letter that cuts 2026 by 10%,
 * and money allocated and spent per part; its 2024 evaluation is accepted, so 2024 is closed.
 *
 * <p>The same seed, size and {@link DatasetCalendar} give the same data; the calendar moves the
 * years (2023–2026 as written) and says up to which day things happened.
 *
 * <p>It loads through each module's own seeder ({@link AgreementSeeder}, {@link MilestoneSeeder},
 * {@link FinancingSeeder}), which write batched SQL into their own tables, past the services, on
 * purpose: the national set (about 25,000 milestones and 100,000 progress reports) would take
 * many minutes through the API. So nothing here is audited, and the rows respect the same
 * constraints the services keep (signed agreements cover every binding theme, allocations stay
 * within budgets). It refuses to run twice on one database.
 */
@Singleton
public class SyntheticDataset {

    /** The title that marks a database as generated. */
    public static final String NATIONAL_TITLE = "Gezond en Actief Leven Akkoord (GALA) – synthetische gegevens";
    /** The title of GALA's successor in the generated data. */
    public static final String SUCCESSOR_TITLE = "Aanvullend Zorg- en Welzijnsakkoord (AZWA) – synthetische gegevens";

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
    /** The AZWA's themes (code, name, binding). */
    private static final String[][] SUCCESSOR_THEMES = {
            {"GEZONDHEIDSACHTERSTANDEN", "Gezondheidsachterstanden en gezondheidsvaardigheden", "true"},
            {"SOCIALE_BASIS", "Een sterke sociale basis en welzijn", "true"},
            {"LEEFSTIJL", "Een gezonde leefstijl en leefomgeving", "true"},
            {"MENTALE_GEZONDHEID", "Mentale gezondheid", "true"},
            {"REGIONALE_SAMENWERKING", "Regionale samenwerking tussen zorg en sociaal domein", "true"},
            {"KANSRIJKE_START", "Een kansrijke start", "false"}};
    /** For each GALA theme (in the order of THEMES) the AZWA theme that takes it over; -1: none (listed as unmatched). */
    private static final int[] SUCCESSION = {0, 1, 2, 3, 4, 2, -1, 3};
    /** Carried over into the AZWA: the first region's agreement and its first two municipalities' (the second still a draft). */
    private static final int CARRIED_LOCALS = 2;
    /** The brede SPUK's parts for the demo municipality: code, name, main theme, SiSa indicator, yearly amount in euros. */
    private static final Object[][] SPUK_PARTS = {
            {"BSC", "Buurtsportcoaches", "Sport en bewegen", "H12A", 120_000},
            {"LSA", "Lokale sportakkoorden", "Sport en bewegen", "H12B", 40_000},
            {"GA", "Gezondheidsachterstanden (GALA)", "Gezondheidsbevordering", "H12C", 150_000},
            {"KS", "Kansrijke Start", "Gezondheidsbevordering", "H12D", 30_000},
            {"MG", "Mentale gezondheid", "Gezondheidsbevordering", "H12E", 50_000},
            {"SB", "Sociale basis", "Sociale basis", "H12F", 60_000},
            {"EE", "Eén tegen eenzaamheid", "Sociale basis", "H12G", 20_000}};
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

    private final AgreementSeeder agreementSeeder;
    private final MilestoneSeeder milestoneSeeder;
    private final FinancingSeeder financingSeeder;
    private final Organisations organisations;

    public SyntheticDataset(AgreementSeeder agreementSeeder, MilestoneSeeder milestoneSeeder, FinancingSeeder financingSeeder,
                            Organisations organisations) {
        this.agreementSeeder = agreementSeeder;
        this.milestoneSeeder = milestoneSeeder;
        this.financingSeeder = financingSeeder;
        this.organisations = organisations;
    }

    /** What was generated, per kind of row. */
    public record Summary(Map<String, Long> rows) {
        @Override
        public String toString() {
            return rows.toString();
        }
    }

    private record Agreement(long id, String level, long ownerId, Long regionId, int firstYear, int lastYear,
                             List<Adoption> adoptions, List<Commitment> commitments) {
    }

    private record Adoption(long id, long themeId, String code, String name, boolean binding, boolean deviation) {
    }

    private record Commitment(long id, Adoption adoption, int firstYear, int lastYear, String title, String targetGroup,
                              String environment, String preventionLevel) {
    }

    /** A commitment carried over into the successor: its copy, the copy's agreement and theme. */
    private record CarriedCommitment(long id, Agreement agreement, long themeId, String themeCode, String themeName) {
    }

    /** What the successor programme added: the copies of carried-over commitments, by the id of the original. */
    private record Successor(long id, Map<Long, CarriedCommitment> carried) {
    }

    /** Row counts per kind, as the loads add them. */
    private static final class Counts {
        final Map<String, Long> rows = new LinkedHashMap<>();

        void add(String kind) {
            rows.merge(kind, 1L, Long::sum);
        }

        void none(String kind) {
            rows.putIfAbsent(kind, 0L);
        }
    }

    @Transactional(readOnly = true)
    public boolean alreadyLoaded() {
        return agreementSeeder.holds(NATIONAL_TITLE);
    }

    /** Generates the dataset on the {@link DatasetCalendar#FIXED fixed calendar}, in one transaction. */
    @Transactional
    public synchronized Summary generate(long seed, DatasetSize size) {
        return generate(seed, size, DatasetCalendar.FIXED);
    }

    /** Generates the dataset in one transaction: all of it, or nothing. */
    @Transactional
    public synchronized Summary generate(long seed, DatasetSize size, DatasetCalendar calendar) {
        if (alreadyLoaded()) {
            throw new IllegalStateException("This database already holds the synthetic dataset.");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Counts counts = new Counts();
        long ministry = organisations.findByCode("VWS").orElseThrow(() -> new IllegalStateException(
                "The reference data are not loaded: no ministry VWS")).id();
        List<Organisation> regions = agreementSeeder.current(OrganisationType.GGD_REGION, null, size.regions());
        Map<Long, List<Organisation>> municipalities = new LinkedHashMap<>();
        for (Organisation region : regions) {
            municipalities.put(region.id(), agreementSeeder.current(OrganisationType.MUNICIPALITY, region.id(),
                    size.municipalitiesPerRegion()));
        }
        List<Agreement> all;
        Successor successor;
        long[] galaThemes = new long[THEMES.length];
        try (AgreementSeeder.Load load = agreementSeeder.load()) {
            all = agreements(load, random, size, calendar, ministry, regions, municipalities, galaThemes, counts);
            successor = successor(load, calendar, ministry, all, galaThemes, counts);
        }
        // The demo's municipality: the first of the first region (GM0014 in GGD Groningen).
        Long showcase = regions.isEmpty() || municipalities.get(regions.get(0).id()).isEmpty() ? null
                : municipalities.get(regions.get(0).id()).get(0).id();
        List<long[]> closedYears;
        try (MilestoneSeeder.Load load = milestoneSeeder.load()) {
            milestones(load, random, size, calendar, all, successor, counts);
            closedYears = evaluations(load, random, calendar, all, ministry, showcase, counts);
            indicators(load, random, calendar, all, municipalities, counts);
        }
        try (FinancingSeeder.Load load = financingSeeder.load()) {
            money(load, random, size, calendar, all, regions, municipalities, counts);
            closedYears.forEach(closed -> load.closedYear(closed[0], (int) closed[1]));
            if (showcase != null) {
                spuk(load, calendar, all, showcase, regions.get(0).id(), counts);
            }
        }
        return new Summary(counts.rows);
    }

    private List<Agreement> agreements(AgreementSeeder.Load load, SplittableRandom random, DatasetSize size, DatasetCalendar calendar,
                                       long ministry, List<Organisation> regions, Map<Long, List<Organisation>> municipalities,
                                       long[] themeIds, Counts counts) {
        // National agreement and its frame.
        long nationalId = load.agreement(AgreementLevel.NATIONAL, NATIONAL_TITLE, ministry, null, null, calendar.year(2023),
                calendar.year(2026), AgreementStatus.ACTIVE, calendar.date(2023, 2, 3));
        counts.add("agreements");
        for (int i = 0; i < THEMES.length; i++) {
            themeIds[i] = load.coreTheme(nationalId, THEMES[i][0], THEMES[i][1], "Doel uit het GALA.", Boolean.parseBoolean(THEMES[i][2]));
        }
        counts.none("themeAdoptions");
        counts.none("commitments");

        List<Agreement> all = new ArrayList<>();
        all.add(new Agreement(nationalId, "NATIONAL", ministry, null, calendar.year(2023), calendar.year(2026), List.of(), List.of()));
        load.party(nationalId, ministry, "SIGNATORY");
        for (Organisation region : regions) {
            long regionalId = load.agreement(AgreementLevel.REGIONAL, "Regionaal preventieakkoord " + region.name(), region.id(),
                    nationalId, nationalId, calendar.year(2023), calendar.year(2026), AgreementStatus.ACTIVE,
                    calendar.date(2023, 6, 1 + random.nextInt(28)));
            counts.add("agreements");
            load.party(regionalId, region.id(), "SIGNATORY");
            load.party(regionalId, region.id(), "COORDINATOR");
            all.add(fill(load, random, size, themeIds, regionalId, "REGIONAL", region.id(), region.id(), calendar.year(2023),
                    calendar.year(2026), counts));
            for (Organisation municipality : municipalities.get(region.id())) {
                // About one in twenty-five is still a draft: "no active agreement" in the coverage.
                boolean draft = random.nextInt(25) == 0;
                long localId = load.agreement(AgreementLevel.LOCAL, "Lokaal preventieakkoord " + municipality.name(),
                        municipality.id(), regionalId, nationalId, calendar.year(2024), calendar.year(2026),
                        draft ? AgreementStatus.DRAFT : AgreementStatus.ACTIVE,
                        draft ? null : calendar.date(2024, 1 + random.nextInt(6), 1 + random.nextInt(28)));
                counts.add("agreements");
                load.party(localId, municipality.id(), "SIGNATORY");
                load.party(localId, region.id(), "ADVISER");
                all.add(fill(load, random, size, themeIds, localId, draft ? "DRAFT" : "LOCAL", municipality.id(), region.id(),
                        calendar.year(2024), calendar.year(2026), counts));
            }
        }
        return all;
    }

    private Agreement fill(AgreementSeeder.Load load, SplittableRandom random, DatasetSize size, long[] themeIds, long agreementId,
                           String level, long ownerId, long regionId, int firstYear, int lastYear, Counts counts) {
        List<Adoption> adopted = new ArrayList<>();
        List<Commitment> made = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            boolean binding = Boolean.parseBoolean(THEMES[t][2]);
            if (!binding && random.nextInt(3) != 0) {
                continue;
            }
            // Comply or explain: now and then a binding theme is explained instead of adopted.
            boolean deviation = binding && random.nextInt(30) == 0;
            long adoptionId = load.adoption(agreementId, themeIds[t], deviation,
                    deviation ? null : "Eigen ambitie: " + THEMES[t][1].toLowerCase() + ".",
                    deviation ? "Wordt al regionaal opgepakt; geen eigen middelen." : null);
            counts.add("themeAdoptions");
            Adoption adoption = new Adoption(adoptionId, themeIds[t], THEMES[t][0], THEMES[t][1], binding, deviation);
            adopted.add(adoption);
            if (deviation) {
                continue;
            }
            for (int k = 0; k < size.commitmentsPerTheme(); k++) {
                int from = firstYear + random.nextInt(2);
                int to = Math.max(from, lastYear - random.nextInt(2));
                String title = ACTIONS[random.nextInt(ACTIONS.length)] + " " + (k + 1);
                String targetGroup = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
                String environment = ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)];
                String preventionLevel = LEVELS[random.nextInt(LEVELS.length)];
                long commitmentId = load.commitment(agreementId, adoptionId, title, "Synthetische afspraak.", List.of(targetGroup),
                        environment, preventionLevel, ownerId, from, to);
                counts.add("commitments");
                made.add(new Commitment(commitmentId, adoption, from, to, title, targetGroup, environment, preventionLevel));
            }
        }
        return new Agreement(agreementId, level, ownerId, regionId, firstYear, lastYear, adopted, made);
    }

    /**
     * The AZWA beside GALA: its themes, the succession of GALA's themes, and the first region's
     * agreement and first local agreements carried over into it as the carry-over does it.
     */
    private Successor successor(AgreementSeeder.Load load, DatasetCalendar calendar, long ministry, List<Agreement> all,
                                long[] galaThemes, Counts counts) {
        Agreement gala = all.get(0);
        int first = calendar.year(2025);
        int last = calendar.year(2028);
        long azwa = load.agreement(AgreementLevel.NATIONAL, SUCCESSOR_TITLE, ministry, null, null, first, last, AgreementStatus.ACTIVE,
                notAfter(calendar.date(2025, 9, 8), calendar), gala.id(), null);
        counts.add("agreements");
        load.party(azwa, ministry, "SIGNATORY");
        long[] themes = new long[SUCCESSOR_THEMES.length];
        for (int i = 0; i < SUCCESSOR_THEMES.length; i++) {
            themes[i] = load.coreTheme(azwa, SUCCESSOR_THEMES[i][0], SUCCESSOR_THEMES[i][1], "Doel uit het AZWA.",
                    Boolean.parseBoolean(SUCCESSOR_THEMES[i][2]));
        }
        for (int i = 0; i < SUCCESSION.length; i++) {
            if (SUCCESSION[i] >= 0) {
                load.themeSuccession(galaThemes[i], themes[SUCCESSION[i]]);
            }
        }
        Map<Long, CarriedCommitment> carried = new LinkedHashMap<>();
        Agreement region = all.stream().filter(a -> a.level().equals("REGIONAL")).findFirst().orElse(null);
        if (region == null) {
            return new Successor(azwa, carried);
        }
        long regional = carry(load, region, AgreementLevel.REGIONAL, azwa, azwa, themes, AgreementStatus.ACTIVE,
                notAfter(calendar.date(2025, 10, 1), calendar), first, last, carried, counts);
        List<Agreement> locals = all.stream().filter(a -> a.level().equals("LOCAL") && region.ownerId() == a.regionId())
                .limit(CARRIED_LOCALS).toList();
        for (int i = 0; i < locals.size(); i++) {
            boolean signed = i < locals.size() - 1;
            carry(load, locals.get(i), AgreementLevel.LOCAL, regional, azwa, themes, signed ? AgreementStatus.ACTIVE : AgreementStatus.DRAFT,
                    signed ? notAfter(calendar.date(2025, 10, 15 + i), calendar) : null, first, last, carried, counts);
        }
        return new Successor(azwa, carried);
    }

    /** Copies an agreement into the successor: adoptions of matched themes, commitments still running, each linked to its original. */
    private long carry(AgreementSeeder.Load load, Agreement source, AgreementLevel level, long parentId, long successorId, long[] themes,
                       AgreementStatus status, LocalDate signedOn, int successorFirst, int successorLast,
                       Map<Long, CarriedCommitment> carried, Counts counts) {
        int first = Math.max(source.firstYear(), successorFirst);
        long id = load.agreement(level, level == AgreementLevel.REGIONAL ? "Regioplan AZWA" : "Lokaal akkoord AZWA", source.ownerId(),
                parentId, successorId, first, successorLast, status, signedOn, null, source.id());
        counts.add("agreements");
        load.party(id, source.ownerId(), "SIGNATORY");
        load.party(id, source.regionId(), level == AgreementLevel.REGIONAL ? "COORDINATOR" : "ADVISER");
        Agreement copy = new Agreement(id, level.name(), source.ownerId(), source.regionId(), first, successorLast, List.of(), List.of());
        Map<Long, Long> adoptionOf = new LinkedHashMap<>();
        Map<Integer, Long> adoptionOfTheme = new LinkedHashMap<>();
        for (Adoption adoption : source.adoptions()) {
            int theme = SUCCESSION[indexOf(adoption.code())];
            if (theme < 0) {
                continue;
            }
            Long existing = adoptionOfTheme.get(theme);
            long copied = existing != null ? existing : load.adoption(id, themes[theme], adoption.deviation(),
                    adoption.deviation() ? null : "Eigen ambitie: " + adoption.name().toLowerCase() + ".",
                    adoption.deviation() ? "Wordt al regionaal opgepakt; geen eigen middelen." : null, adoption.id());
            if (existing == null) {
                counts.add("themeAdoptions");
            }
            adoptionOfTheme.put(theme, copied);
            adoptionOf.put(adoption.id(), copied);
        }
        for (Commitment commitment : source.commitments()) {
            Long adoption = adoptionOf.get(commitment.adoption().id());
            int from = Math.max(commitment.firstYear(), first);
            int to = Math.min(commitment.lastYear(), successorLast);
            if (adoption == null || from > to) {
                continue;
            }
            long copied = load.commitment(id, adoption, commitment.title(), "Synthetische afspraak, meegenomen uit het GALA.",
                    List.of(commitment.targetGroup()), commitment.environment(), commitment.preventionLevel(), source.ownerId(), from, to,
                    commitment.id());
            counts.add("commitments");
            int theme = SUCCESSION[indexOf(commitment.adoption().code())];
            carried.put(commitment.id(), new CarriedCommitment(copied, copy, themes[theme], SUCCESSOR_THEMES[theme][0],
                    SUCCESSOR_THEMES[theme][1]));
        }
        return id;
    }

    /** A day of the dataset, but never after the calendar's last day (the demo may be loaded early in a year). */
    private static LocalDate notAfter(LocalDate date, DatasetCalendar calendar) {
        return date.isAfter(calendar.asOf()) ? calendar.asOf() : date;
    }

    private static int indexOf(String galaThemeCode) {
        for (int i = 0; i < THEMES.length; i++) {
            if (THEMES[i][0].equals(galaThemeCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException(galaThemeCode);
    }

    private void milestones(MilestoneSeeder.Load load, SplittableRandom random, DatasetSize size, DatasetCalendar calendar,
                            List<Agreement> all, Successor successor, Counts counts) {
        counts.none("milestones");
        counts.none("progressReports");
        for (Agreement agreement : all) {
            for (Commitment commitment : agreement.commitments()) {
                int count = Math.max(1, size.milestonesPerCommitment() - 2 + random.nextInt(5));
                LocalDate start = LocalDate.of(commitment.firstYear(), 1, 1);
                int days = (int) (LocalDate.of(commitment.lastYear(), 12, 31).toEpochDay() - start.toEpochDay());
                for (int m = 0; m < count; m++) {
                    LocalDate due = start.plusDays((long) days * (m + 1) / (count + 1) + random.nextInt(30));
                    String title = STEPS[random.nextInt(STEPS.length)];
                    long milestoneId = load.milestone(commitment.id(), agreement.id(), agreement.ownerId(), agreement.regionId(),
                            commitment.adoption().themeId(), commitment.adoption().code(), commitment.adoption().name(),
                            title, due, agreement.ownerId());
                    counts.add("milestones");
                    boolean achieved = reports(load, random, size, calendar.asOf(), milestoneId, start, due, counts);
                    // A milestone of a carried-over commitment that is still to come is copied along, linked to this one;
                    // what was due before the day the data end stays with GALA's agreement.
                    CarriedCommitment copy = successor.carried().get(commitment.id());
                    if (copy != null && !achieved && due.isAfter(calendar.asOf())) {
                        load.milestone(copy.id(), copy.agreement().id(), copy.agreement().ownerId(), copy.agreement().regionId(),
                                copy.themeId(), copy.themeCode(), copy.themeName(), title, due, copy.agreement().ownerId(), milestoneId);
                        counts.add("milestones");
                    }
                }
            }
        }
    }

    /** Adds the milestone's progress reports; says whether the last one reports it achieved. */
    private static boolean reports(MilestoneSeeder.Load load, SplittableRandom random, DatasetSize size, LocalDate asOf, long milestoneId,
                                   LocalDate start, LocalDate due, Counts counts) {
        LocalDate last = due.isBefore(asOf) ? due : asOf;
        if (!last.isAfter(start)) {
            return false;
        }
        boolean achieved = false;
        int count = Math.max(0, size.reportsPerMilestone() - 2 + random.nextInt(5));
        int span = (int) (last.toEpochDay() - start.toEpochDay());
        int percent = 0;
        for (int r = 0; r < count; r++) {
            LocalDate date = start.plusDays((long) span * (r + 1) / (count + 1));
            boolean final_ = r == count - 1 && due.isBefore(asOf) && random.nextInt(10) < 7;
            percent = final_ ? 100 : Math.min(95, percent + 5 + random.nextInt(30));
            ProgressStatus status = final_ ? ProgressStatus.ACHIEVED : ProgressStatus.valueOf(PROGRESS[random.nextInt(PROGRESS.length)]);
            load.progressReport(milestoneId, date, status, percent, NARRATIVES[random.nextInt(NARRATIVES.length)],
                    "gen:" + milestoneId + ":" + r);
            counts.add("progressReports");
            achieved = final_;
        }
        return achieved;
    }

    /** Adds the evaluations; returns the years their acceptance closed, as {agreement id, year}. */
    private List<long[]> evaluations(MilestoneSeeder.Load load, SplittableRandom random, DatasetCalendar calendar, List<Agreement> all,
                                     long ministry, Long showcase, Counts counts) {
        counts.none("evaluations");
        List<long[]> closed = new ArrayList<>();
        for (Agreement agreement : all) {
            if (agreement.level().equals("DRAFT")) {
                continue;
            }
            long reviewer = agreement.level().equals("LOCAL") ? agreement.regionId() : ministry;
            for (int year = Math.max(calendar.year(2024), agreement.firstYear()); year <= calendar.year(2025); year++) {
                int roll = random.nextInt(100);
                String status = year == calendar.year(2024)
                        ? (roll < 80 ? "ACCEPTED" : roll < 88 ? "RETURNED" : roll < 95 ? "SUBMITTED" : null)
                        : (roll < 25 ? "ACCEPTED" : roll < 35 ? "RETURNED" : roll < 65 ? "SUBMITTED" : roll < 85 ? "DRAFT" : null);
                if (year == calendar.year(2024) && Long.valueOf(agreement.ownerId()).equals(showcase)) {
                    // The demo's municipality shows a closed year.
                    status = "ACCEPTED";
                }
                if (status == null) {
                    continue;
                }
                LocalDate deadline = LocalDate.of(year + 1, 4, 1);
                // Submitted around the deadline and reviewed two weeks later, both by the calendar's day.
                LocalDate submitted = null;
                if (!status.equals("DRAFT")) {
                    LocalDate latest = status.equals("SUBMITTED") ? calendar.asOf() : calendar.asOf().minusDays(14);
                    submitted = deadline.minusDays(30 - random.nextInt(45));
                    submitted = submitted.isAfter(latest) ? latest : submitted;
                }
                Instant submittedAt = submitted == null ? null : submitted.atTime(10, 0).atZone(ZONE).toInstant();
                Instant reviewedAt = submitted == null || status.equals("SUBMITTED") ? null
                        : submitted.plusDays(14).atTime(15, 0).atZone(ZONE).toInstant();
                long id = load.evaluation(agreement.id(), year, AgreementLevel.valueOf(agreement.level()), agreement.ownerId(),
                        reviewer, agreement.regionId(), EvaluationStatus.valueOf(status), "Synthetische conclusie.", submittedAt,
                        submitted, status.equals("RETURNED") ? reviewedAt : null, status.equals("ACCEPTED") ? reviewedAt : null);
                counts.add("evaluations");
                if (status.equals("ACCEPTED")) {
                    closed.add(new long[]{agreement.id(), year});
                }
                for (Adoption adoption : agreement.adoptions()) {
                    load.evaluationTheme(id, adoption.themeId(), adoption.code(), adoption.name(),
                            Rating.valueOf(RATINGS[random.nextInt(RATINGS.length)]), "Bevindingen.", "Lessen.", "Bijsturing.");
                }
            }
        }
        return closed;
    }

    private void indicators(MilestoneSeeder.Load load, SplittableRandom random, DatasetCalendar calendar, List<Agreement> all,
                            Map<Long, List<Organisation>> municipalities, Counts counts) {
        long[] indicatorIds = new long[INDICATORS.length];
        for (int i = 0; i < INDICATORS.length; i++) {
            Object[] indicator = INDICATORS[i];
            indicatorIds[i] = load.indicator((String) indicator[0], (String) indicator[1], (String) indicator[2],
                    IndicatorDirection.valueOf((String) indicator[3]), IndicatorSource.valueOf((String) indicator[4]),
                    IndicatorFamily.valueOf((String) indicator[5]));
        }
        counts.none("indicatorTargets");
        counts.none("measurements");
        for (Agreement agreement : all) {
            if (!agreement.level().equals("LOCAL")) {
                continue;
            }
            int first = random.nextInt(INDICATORS.length);
            for (int k = 0; k < 3; k++) {
                int i = (first + k * 3) % INDICATORS.length;
                load.indicatorTarget(agreement.id(), indicatorIds[i], agreement.ownerId(), agreement.regionId(),
                        decimal((double) INDICATORS[i][6]), calendar.year(2020), decimal((double) INDICATORS[i][7]), calendar.year(2030));
                counts.add("indicatorTargets");
            }
        }
        for (List<Organisation> inRegion : municipalities.values()) {
            for (Organisation municipality : inRegion) {
                for (int i = 0; i < INDICATORS.length; i++) {
                    double baseline = (double) INDICATORS[i][6];
                    double target = (double) INDICATORS[i][7];
                    for (int year = 2020; year <= 2024; year += 2) {
                        double path = baseline + (target - baseline) * (year - 2020) / 10.0;
                        double value = path + (random.nextDouble() - 0.5) * Math.abs(target - baseline) * 0.4;
                        load.measurement(indicatorIds[i], municipality.id(), calendar.year(year), decimal(value));
                        counts.add("measurements");
                    }
                }
            }
        }
    }

    private void money(FinancingSeeder.Load load, SplittableRandom random, DatasetSize size, DatasetCalendar calendar, List<Agreement> all,
                       List<Organisation> regions, Map<Long, List<Organisation>> municipalities, Counts counts) {
        Map<Long, Agreement> localByOwner = new LinkedHashMap<>();
        for (Agreement a : all) {
            if (a.level().equals("LOCAL")) {
                localByOwner.put(a.ownerId(), a);
            }
        }
        for (String kind : List.of("fundingStreams", "budgetLines", "allocations", "expenditures")) {
            counts.none(kind);
        }
        for (Organisation region : regions) {
            for (Organisation municipality : municipalities.get(region.id())) {
                Agreement local = localByOwner.get(municipality.id());
                int first = random.nextInt(STREAMS.length);
                for (int k = 0; k < size.streamsPerMunicipality(); k++) {
                    Object[] template = STREAMS[(first + k) % STREAMS.length];
                    // More streams than kinds (the benchmark's --scale): the same kinds again, numbered.
                    String name = k < STREAMS.length ? (String) template[0] : template[0] + " (" + (k / STREAMS.length + 1) + ")";
                    int from = calendar.year((int) template[5]);
                    int to = calendar.year((int) template[6] == 0 ? 2026 : (int) template[6]);
                    boolean earmarked = (boolean) template[4];
                    long streamId = load.fundingStream(name, FundingSource.valueOf((String) template[1]),
                            LegalBasis.valueOf((String) template[2]), FundingNature.valueOf((String) template[3]), from,
                            (int) template[6] == 0 ? null : to, earmarked,
                            earmarked ? "Besteden aan preventie volgens de regeling." : null, municipality.id(), region.id());
                    counts.add("fundingStreams");
                    for (int year = from; year <= to; year++) {
                        BigDecimal amount = BigDecimal.valueOf((int) template[7] * (800L + random.nextInt(400))).setScale(2, RoundingMode.UNNECESSARY);
                        long budgetId = load.budget(streamId, year, amount);
                        counts.add("budgetLines");
                        if (local == null) {
                            continue;
                        }
                        final int y = year;
                        List<Commitment> fitting = local.commitments().stream().filter(x -> x.firstYear() <= y && y <= x.lastYear()).toList();
                        if (fitting.isEmpty()) {
                            continue;
                        }
                        Commitment commitment = fitting.get(random.nextInt(fitting.size()));
                        BigDecimal allocated = amount.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                        long allocationId = load.allocation(budgetId, streamId, year, allocated, null, commitment.id(), local.id(),
                                local.ownerId(), local.regionId(), commitment.firstYear(), commitment.lastYear(),
                                local.firstYear(), local.lastYear());
                        counts.add("allocations");
                        if (year <= calendar.asOf().getYear()) {
                            BigDecimal spent = allocated.multiply(BigDecimal.valueOf(60 + random.nextInt(56)))
                                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                            load.expenditure(allocationId, year, spent);
                            counts.add("expenditures");
                        }
                    }
                }
            }
        }
    }

    /**
     * The brede SPUK of the demo's municipality with its parts under three main themes: amounts set
     * per part and year, a shift within a main theme in 2025 (10% of Kansrijke Start to Mentale
     * gezondheid, below the 15% limit), 15% of the sport agreements' 2024 money carried over to
     * 2025 (below the 20% limit), and VWS's letter cutting 2026 by 10%. The stream's budget per year
     * is the sum of its parts, as the parts' service keeps it; money is allocated and spent per part.
     */
    private void spuk(FinancingSeeder.Load load, DatasetCalendar calendar, List<Agreement> all, long municipality, long region,
                      Counts counts) {
        int first = calendar.year(2023);
        int last = calendar.year(2026);
        long stream = load.fundingStream("Brede SPUK sport, gezondheid, cultuur en sociale basis", FundingSource.NATIONAL_GOVERNMENT,
                LegalBasis.WPG, FundingNature.INCIDENTAL, first, last, true,
                "Regeling specifieke uitkering sport en bewegen, gezondheidsbevordering, cultuurparticipatie en de sociale basis 2023-2026.",
                municipality, region);
        load.sisaCode(stream, "H12");
        counts.add("fundingStreams");
        Map<String, Long> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<Integer, BigDecimal> budgets = new LinkedHashMap<>();
        for (int i = 0; i < SPUK_PARTS.length; i++) {
            Object[] part = SPUK_PARTS[i];
            long id = load.part(stream, (String) part[0], (String) part[1], (String) part[2], (String) part[3], i + 1);
            parts.put((String) part[0], id);
            BigDecimal amount = BigDecimal.valueOf((int) part[4]).setScale(2, RoundingMode.UNNECESSARY);
            amounts.put((String) part[0], amount);
            for (int year = first; year <= last; year++) {
                load.partBudget(id, year, amount);
                budgets.merge(year, amount, BigDecimal::add);
            }
        }
        BigDecimal shifted = amounts.get("KS").divide(BigDecimal.TEN, 2, RoundingMode.UNNECESSARY);
        load.shift(stream, parts.get("KS"), parts.get("MG"), calendar.year(2025), shifted,
                "Meer vraag naar de aanpak mentale gezondheid op scholen; Kansrijke Start begint later.");
        BigDecimal carried = amounts.get("LSA").multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.UNNECESSARY);
        load.carryOver(stream, parts.get("LSA"), calendar.year(2024), carried,
                "Activiteiten van het lokale sportakkoord uit 2024 lopen door in 2025.");
        budgets.merge(calendar.year(2024), carried.negate(), BigDecimal::add);
        budgets.merge(calendar.year(2025), carried, BigDecimal::add);
        List<FinancingSeeder.PartChange> cut = new ArrayList<>();
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            BigDecimal change = amounts.get(part.getKey()).divide(BigDecimal.TEN, 2, RoundingMode.UNNECESSARY).negate();
            cut.add(new FinancingSeeder.PartChange(part.getValue(), last, change));
            budgets.merge(last, change, BigDecimal::add);
        }
        load.letter(stream, calendar.date(2025, 9, 16), "VWS-" + calendar.year(2025) + "-SPUK-KORTING", "CUT",
                "Korting van 10% op de brede SPUK in " + last + ", na de Miljoenennota.", cut);
        Agreement local = all.stream().filter(a -> a.level().equals("LOCAL") && a.ownerId() == municipality).findFirst().orElse(null);
        for (Map.Entry<Integer, BigDecimal> budget : budgets.entrySet()) {
            int year = budget.getKey();
            long budgetId = load.budget(stream, year, budget.getValue());
            counts.add("budgetLines");
            List<Commitment> fitting = local == null ? List.of()
                    : local.commitments().stream().filter(c -> c.firstYear() <= year && year <= c.lastYear()).toList();
            if (fitting.isEmpty()) {
                continue;
            }
            // Most of the health-inequalities and sport-coach money goes to the municipality's commitments; spent where the year has begun.
            String[] funded = {"GA", "BSC"};
            for (int k = 0; k < funded.length; k++) {
                Commitment commitment = fitting.get(k % fitting.size());
                BigDecimal allocated = amounts.get(funded[k]).multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.DOWN);
                long allocation = load.allocation(budgetId, stream, parts.get(funded[k]), year, allocated, commitment.id(), local.id(),
                        municipality, region, commitment.firstYear(), commitment.lastYear(), local.firstYear(), local.lastYear());
                counts.add("allocations");
                if (year <= calendar.asOf().getYear()) {
                    load.expenditure(allocation, year, allocated.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.DOWN));
                    counts.add("expenditures");
                }
            }
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
