package nl.akkoordmonitor.app.access;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.app.financing.Money;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.akkoordmonitor.app.financing.StreamBuilder.aStream;

/**
 * The money of Amsterdam: a funding stream with yearly budgets, allocated to a commitment of its
 * signed local agreement, with spending reported on it. Only Amsterdam changes its money; its GGD
 * region (GGD Amsterdam) reads it but changes nothing: 403. Rotterdam, Amstelveen (same region)
 * and GGD Rotterdam-Rijnmond may not even read it, so their changes are refused with 403 or 404
 * (the answer for an id that does not exist), and their reads with 403 or 404, leaking neither
 * the stream's name, its amounts nor the allocation's note.
 * <p>
 * The agreement runs 2021-2023, in the past, so that signing it closes none of the agreements the
 * other providers made for the current years. Requests that may succeed only once (a change with
 * a version, a new budget for a year) carry the owner check on one intruder's case only; the
 * others vary the year or commitment so that every intruder's case has its own owner check.
 */
@Singleton
class FinancingAccessCases implements AccessCaseProvider {

    private static final int FIRST_YEAR = 2021;
    private static final int LAST_YEAR = 2023;
    private static final String BUDGET = "987654.32";
    private static final String ALLOCATED = "1234.56";
    private static final String SPENT = "4321.09";

    @Override
    public List<AccessCase> cases(AccessWorld world) {
        AgreementFixtures fixtures = new AgreementFixtures(world.api);
        Money money = new Money(world.api);
        NationalAgreement national = fixtures.nationalAgreement().years(FIRST_YEAR, LAST_YEAR).signed();
        LocalAgreement local = fixtures.localAgreement("GM0363").under(national)
                .withCommitment().withCommitment().withCommitment().withCommitment().signed();
        List<Long> commitments = local.commitmentIds();
        String amsterdam = local.ownerToken();

        String streamName = "Geheime stroom " + UUID.randomUUID().toString().substring(0, 8);
        String note = "Geheime notitie " + UUID.randomUUID().toString().substring(0, 8);
        long stream = money.streamWithBudgets(amsterdam, aStream().named(streamName).structural(FIRST_YEAR),
                BUDGET, FIRST_YEAR, FIRST_YEAR + 1, LAST_YEAR);
        ApiResponse allocated = world.api.post(amsterdam, "/allocations", Map.of("streamId", stream, "year", FIRST_YEAR + 1,
                "commitmentId", commitments.get(0), "amount", new BigDecimal(ALLOCATED), "note", note));
        expect(201, allocated);
        long allocation = allocated.id();
        long expenditure = money.spend(amsterdam, allocation, FIRST_YEAR + 1, SPENT).id();

        String streamPath = "/funding-streams/" + stream;
        String allocationPath = "/allocations/" + allocation;
        // The changes leave the secrets as they are, so that the reads after them still find them for the owner.
        Map<String, Object> streamChange = new LinkedHashMap<>(aStream().named(streamName).structural(FIRST_YEAR).body());
        streamChange.put("version", versionOf(world, amsterdam, streamPath));
        long budgetVersion = versionOfBudget(world, amsterdam, stream, LAST_YEAR);
        long allocationVersion = versionOf(world, amsterdam, allocationPath);
        long expenditureVersion = versionOf(world, amsterdam, "/allocations/" + allocation + "/expenditures", 0);

        // Who tries to change Amsterdam's money: three who may not read it (403 or 404), and its GGD region, which reads it (403).
        Map<String, String> outsiders = new LinkedHashMap<>();
        outsiders.put("Rotterdam", world.municipality(world.rotterdam));
        outsiders.put("Amstelveen (same region)", world.municipality(world.amstelveen));
        outsiders.put("GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam));
        // GGD Amsterdam first: its versioned changes then carry a fresh version, so only the scoping check can refuse them.
        Map<String, String> writers = new LinkedHashMap<>();
        writers.put("GGD Amsterdam (reads, does not own)", world.ggd(world.ggdAmsterdam));
        writers.putAll(outsiders);

        List<AccessCase> cases = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> writer : writers.entrySet()) {
            String who = writer.getKey();
            String token = writer.getValue();
            boolean first = i == 0;
            Integer[] refused = outsiders.containsKey(who) ? new Integer[]{403, 404} : new Integer[]{403};
            List<AccessCase> tried = new ArrayList<>(List.of(
                    AccessCase.write("register a funding stream for another municipality", "POST", "/funding-streams",
                                    aStream().named("Stroom van een ander").recipient(world.amsterdam).body())
                            .refusedWith(403).by(who, token).ownedBy("Amsterdam", amsterdam),
                    ownerOnce(first, AccessCase.write("change another municipality's funding stream", "PUT", streamPath, streamChange)
                            .refusedWith(refused).by(who, token).hiding(streamName), amsterdam),
                    AccessCase.write("set a budget of another municipality's stream", "POST", streamPath + "/budgets",
                                    Map.of("year", FIRST_YEAR + 3 + i, "amount", new BigDecimal("10.00")))
                            .refusedWith(refused).by(who, token).ownedBy("Amsterdam", amsterdam).hiding(streamName),
                    ownerOnce(first, AccessCase.write("change a budget of another municipality's stream", "PUT",
                                    streamPath + "/budgets/" + LAST_YEAR, Map.of("amount", new BigDecimal(BUDGET), "version", budgetVersion))
                            .refusedWith(refused).by(who, token).hiding(streamName, BUDGET), amsterdam),
                    AccessCase.write("allocate another municipality's stream", "POST", "/allocations",
                                    Map.of("streamId", stream, "year", LAST_YEAR, "commitmentId", commitments.get(1 + i),
                                            "amount", new BigDecimal("1.00")))
                            .refusedWith(refused).by(who, token).ownedBy("Amsterdam", amsterdam).hiding(streamName),
                    ownerOnce(first, AccessCase.write("change another municipality's allocation", "PUT", allocationPath,
                                    Map.of("amount", new BigDecimal(ALLOCATED), "note", note, "version", allocationVersion))
                            .refusedWith(refused).by(who, token).hiding(streamName, note), amsterdam),
                    AccessCase.write("report spending on another municipality's allocation", "POST", allocationPath + "/expenditures",
                                    Map.of("year", LAST_YEAR + i, "amount", new BigDecimal("1.00")))
                            .refusedWith(refused).by(who, token).ownedBy("Amsterdam", amsterdam).hiding(streamName, note),
                    ownerOnce(first, AccessCase.write("correct another municipality's spending", "PUT", "/expenditures/" + expenditure,
                                    Map.of("amount", new BigDecimal(SPENT), "version", expenditureVersion))
                            .refusedWith(refused).by(who, token).hiding(SPENT), amsterdam)));
            // The intruder's own stream, with budget, on Amsterdam's commitment: the agreement is
            // active and readable, so only the check that a stream funds its recipient's agreements stops it.
            if (!who.startsWith("GGD Amsterdam")) {
                long own = money.streamWithBudgets(token, aStream().structural(FIRST_YEAR), "1000.00", LAST_YEAR);
                tried.add(AccessCase.write("fund another municipality's commitment with your own stream", "POST", "/allocations",
                                Map.of("streamId", own, "year", LAST_YEAR, "commitmentId", commitments.get(0), "amount", new BigDecimal("1.00")))
                        .by(who, token));
            }
            // Each its own allocation, so that the owner's removal of one leaves the others for the next intruder.
            long removable = money.allocation(amsterdam, stream, FIRST_YEAR, commitments.get(1 + i), "5.00");
            tried.add(AccessCase.write("remove another municipality's allocation", "DELETE", "/allocations/" + removable, null)
                    .refusedWith(refused).by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.addAll(tried);
            i++;
        }

        String ggdAmsterdam = world.ggd(world.ggdAmsterdam);
        // Every analysis but the funding cliffs takes a year; the cliffs look at all years.
        String year = "?year=" + (FIRST_YEAR + 1);
        String[] analyses = {"money" + year, "streams" + year, "funding-cliffs?", "overspending" + year,
                "earmarked-unspent" + year, "spending-statement" + year};
        outsiders.forEach((who, token) -> {
            cases.add(AccessCase.read("read another municipality's funding stream", streamPath)
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(streamName));
            cases.add(AccessCase.read("read the budgets of another municipality's stream", streamPath + "/budgets")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(BUDGET));
            cases.add(AccessCase.read("read another municipality's allocation", allocationPath)
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(streamName, note, ALLOCATED));
            cases.add(AccessCase.read("read the spending on another municipality's allocation", allocationPath + "/expenditures")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(SPENT));
            cases.add(AccessCase.filteredRead("list another municipality's funding streams",
                            "/funding-streams?recipientId=" + world.amsterdam + "&size=1000")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(streamName));
            cases.add(AccessCase.filteredRead("list the allocations of another municipality's stream",
                            "/allocations?streamId=" + stream + "&size=1000")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(note));
            cases.add(AccessCase.filteredRead("list the allocations of another municipality's agreement",
                            "/allocations?agreementId=" + local.id() + "&size=1000")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(note));
            for (String analysis : analyses) {
                String[] secrets = secretsOf(analysis, streamName);
                String path = "/financing/analysis/" + analysis;
                cases.add(AccessCase.read("analyse another municipality's money", path + "&municipality=GM0363")
                        .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(secrets));
                cases.add(AccessCase.read("analyse the money of another municipality's agreement", path + "&agreement=" + local.id())
                        .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(secrets));
                cases.add(AccessCase.read("analyse another GGD region's money", path + "&region=GG3406")
                        .by(who, token).ownedBy("GGD Amsterdam", ggdAmsterdam).hiding(secrets));
                // Without a scope an analysis covers the caller's own organisation; only VWS gets the whole country.
                if (secrets.length > 0 && !analysis.startsWith("money")) {
                    cases.add(AccessCase.filteredRead("analyse without naming a scope", path)
                            .by(who, token).ownedBy("VWS", world.vws()).hiding(secrets));
                }
            }
        });
        return cases;
    }

    /**
     * What an analysis shows its owner of Amsterdam's money, so that its absence from a refusal
     * means something. A structural stream that is not earmarked never runs into a funding cliff
     * nor stays unspent earmarked money, so those two show nothing of it.
     */
    private static String[] secretsOf(String analysis, String streamName) {
        if (analysis.startsWith("money")) {
            return new String[]{BUDGET};
        }
        if (analysis.startsWith("funding-cliffs") || analysis.startsWith("earmarked")) {
            return new String[0];
        }
        return new String[]{streamName};
    }

    /** The owner check on a request that succeeds only once, e.g. a change with a version. */
    private static AccessCase ownerOnce(boolean first, AccessCase c, String ownerToken) {
        return first ? c.ownedBy("Amsterdam", ownerToken) : c;
    }

    private static long versionOf(AccessWorld world, String token, String path) {
        return ((Number) expect(200, world.api.get(token, path)).get("version")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long versionOf(AccessWorld world, String token, String path, int index) {
        List<Map<String, Object>> rows = expect(200, world.api.get(token, path)).items();
        return ((Number) rows.get(index).get("version")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long versionOfBudget(AccessWorld world, String token, long stream, int year) {
        List<Map<String, Object>> rows = expect(200, world.api.get(token, "/funding-streams/" + stream + "/budgets")).items();
        return rows.stream().filter(r -> ((Number) r.get("year")).intValue() == year)
                .map(r -> ((Number) r.get("version")).longValue()).findFirst().orElseThrow();
    }

    private static ApiResponse expect(int status, ApiResponse response) {
        if (response.status() != status) {
            throw new AssertionError("Could not set up the financing cases: " + response);
        }
        return response;
    }
}
