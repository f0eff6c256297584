package nl.akkoordmonitor.app.milestones;

import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.Api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The agreements the milestone tests hang their data under: signed local agreements of
 * municipalities that no other milestone test uses, under their region's agreement, each with a
 * commitment per adopted theme.
 */
public final class AgreementWorld {

    /** A municipality and its GGD region. */
    public record Place(String municipalityCode, long municipalityId, String regionCode, long regionId) {
    }

    /** A commitment under one adopted theme. */
    public record Commitment(long id, String themeCode) {
    }

    public record Agreement(long id, long ownerId, long regionId, List<Commitment> commitments) {
        public long commitment() {
            return commitments.get(0).id();
        }

        public String theme() {
            return commitments.get(0).themeCode();
        }
    }

    private static final List<String[]> MUNICIPALITIES = load();
    private static final Set<String> USED = new HashSet<>();

    private final Api api;
    private final String admin;
    private final AgreementFixtures fixtures;
    private final Map<String, RegionalAgreement> regional = new HashMap<>();
    private NationalAgreement national;

    public AgreementWorld(Api api) {
        this.api = api;
        this.admin = api.admin();
        this.fixtures = new AgreementFixtures(api);
    }

    public Place freshMunicipality() {
        return pick(null, null);
    }

    public Place freshMunicipalityIn(String regionCode) {
        return pick(regionCode, null);
    }

    public Place freshMunicipalityOutside(String regionCode) {
        return pick(null, regionCode);
    }

    public String vws() {
        return api.userFor("VWS", api.organisationId(admin, "VWS"));
    }

    public String ggd(String regionCode) {
        return api.userFor("GGD", api.organisationId(admin, regionCode));
    }

    public String municipality(Place place) {
        return api.userFor("MUNICIPALITY", place.municipalityId());
    }

    /** A signed local agreement for the years, under the region's agreement, adopting the binding themes with a commitment each. */
    public Agreement activeLocal(Place place, int firstYear, int lastYear) {
        LocalAgreement local = fixtures.localAgreement(place.municipalityCode()).under(regional(place.regionCode()))
                .years(firstYear, lastYear).signed();
        return new Agreement(local.id(), local.ownerId(), place.regionId(), commitments(local.commitments()));
    }

    /** The signed agreement of a GGD region, adopting the binding themes with a commitment each; one per region and world. */
    public Agreement activeRegional(String regionCode) {
        RegionalAgreement agreement = regional(regionCode);
        return new Agreement(agreement.id(), agreement.ownerId(), agreement.ownerId(), commitments(agreement.commitments()));
    }

    /** A local agreement that is still a draft, with one commitment. */
    public Agreement draftLocal(Place place, int firstYear, int lastYear) {
        LocalAgreement local = fixtures.localAgreement(place.municipalityCode()).under(regional(place.regionCode()))
                .years(firstYear, lastYear).withCommitment().draft();
        return new Agreement(local.id(), local.ownerId(), place.regionId(), commitments(local.commitments()));
    }

    /** An optional core theme of the national frame the world's agreements hang under. */
    AgreementFixtures.Theme optionalTheme() {
        return national().optionalThemes().get(0);
    }

    private RegionalAgreement regional(String regionCode) {
        return regional.computeIfAbsent(regionCode, code -> fixtures.regionalAgreement(code).under(national()).signed());
    }

    private NationalAgreement national() {
        if (national == null) {
            national = fixtures.nationalAgreement().signed();
        }
        return national;
    }

    private static List<Commitment> commitments(List<AgreementFixtures.Commitment> commitments) {
        return commitments.stream().map(c -> new Commitment(c.id(), c.theme().code())).toList();
    }

    /** {@code count} unused municipalities of one GGD region, for tests that compare a region's figures. */
    public List<Place> freshMunicipalitiesOfOneRegion(int count) {
        synchronized (USED) {
            Map<String, List<String[]>> unusedByRegion = new LinkedHashMap<>();
            for (String[] row : MUNICIPALITIES) {
                if (!USED.contains(row[0])) {
                    unusedByRegion.computeIfAbsent(row[1], r -> new ArrayList<>()).add(row);
                }
            }
            List<String[]> rows = unusedByRegion.values().stream().filter(l -> l.size() >= count).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no region has " + count + " unused municipalities left"));
            List<Place> places = new ArrayList<>();
            for (String[] row : rows.subList(0, count)) {
                USED.add(row[0]);
                places.add(place(row));
            }
            return places;
        }
    }

    private Place pick(String inRegion, String notInRegion) {
        synchronized (USED) {
            for (String[] row : MUNICIPALITIES) {
                if (!USED.contains(row[0]) && (inRegion == null || inRegion.equals(row[1]))
                        && (notInRegion == null || !notInRegion.equals(row[1]))) {
                    USED.add(row[0]);
                    return place(row);
                }
            }
        }
        throw new IllegalStateException("no municipality left" + (inRegion == null ? "" : " in " + inRegion));
    }

    private Place place(String[] row) {
        return new Place(row[0], api.organisationId(admin, row[0]), row[1], api.organisationId(admin, row[1]));
    }

    /** The reference municipalities in a fixed shuffled order, so tests spread over the country. */
    private static List<String[]> load() {
        try (InputStream in = AgreementWorld.class.getClassLoader().getResourceAsStream("reference/municipalities.csv")) {
            List<String[]> rows = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(line -> {
                String[] cells = line.split(",");
                rows.add(new String[]{cells[0], cells[2]});
            });
            Collections.shuffle(rows, new Random(20261123));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
