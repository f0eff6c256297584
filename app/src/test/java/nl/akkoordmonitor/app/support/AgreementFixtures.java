package nl.akkoordmonitor.app.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds agreements over HTTP for tests, the way their owners would: VWS makes the national frame,
 * a GGD user its regional agreement, a municipality user its local one. Every title and theme code
 * is fresh per call, so tests share the database without noticing each other.
 *
 * <pre>{@code
 * AgreementFixtures fixtures = new AgreementFixtures(api);
 * NationalAgreement national = fixtures.nationalAgreement().withThemes(8, 5).signed();
 * RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).signed();
 * LocalAgreement amsterdam = fixtures.localAgreement("GM0363").under(region)
 *         .withCommitment(national.bindingThemes().get(0)).signed();
 * }</pre>
 *
 * <p>A child's parent must be signed: another organisation cannot see a draft, so it cannot build
 * on one. Without {@code years(...)} a national agreement runs {@value #FIRST_YEAR}-{@value #LAST_YEAR}
 * and a child takes its parent's years.
 *
 * <p>An owner may have only one ACTIVE agreement per national programme and level in overlapping
 * years. So that every test can have its own signed agreements for, say, 2026, {@code signed()}
 * first closes the owner's ACTIVE agreements of the same programme and level that overlap. Tests run one after another, so this only
 * touches agreements of tests that are done; within one test keep one signed agreement per owner
 * and level alive at a time.
 */
public final class AgreementFixtures {

    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2026;

    private final Api api;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> organisationIds = new HashMap<>();

    public AgreementFixtures(Api api) {
        this.api = api;
    }

    public NationalBuilder nationalAgreement() {
        return new NationalBuilder();
    }

    /** A regional agreement of the GGD region with this CBS code, e.g. GG3406. */
    public RegionalBuilder regionalAgreement(String ggdRegionCode) {
        return new RegionalBuilder(ggdRegionCode);
    }

    /** A local agreement of the municipality with this CBS code, e.g. GM0363. */
    public LocalBuilder localAgreement(String municipalityCode) {
        return new LocalBuilder(municipalityCode);
    }

    /** A token of a VWS user (the ministry), made once per fixtures instance. */
    public String vwsToken() {
        return tokenFor("VWS");
    }

    /** A token of a user of the organisation with this code (VWS, GG3406, GM0363), made once per fixtures instance. */
    public String tokenFor(String organisationCode) {
        return tokens.computeIfAbsent(organisationCode, code -> api.userFor(roleOf(code), organisationId(code)));
    }

    /** The id of a reference organisation by its code. */
    public long organisationId(String code) {
        return organisationIds.computeIfAbsent(code, c -> api.organisationId(api.admin(), c));
    }

    private static String roleOf(String code) {
        if (code.equals("VWS")) {
            return "VWS";
        }
        return code.startsWith("GG") ? "GGD" : "MUNICIPALITY";
    }

    // ---------------------------------------------------------------- results

    /** What a created agreement has in common at every level. */
    public interface CreatedAgreement {
        long id();

        /** A token of a user of the owning organisation. */
        String ownerToken();

        long ownerId();

        int firstYear();

        int lastYear();

        NationalAgreement national();
    }

    public record Theme(long id, String code, String name, boolean binding) {
    }

    public record Adoption(long id, Theme theme, boolean deviation) {
    }

    public record Commitment(long id, long adoptionId, Theme theme, String title) {
    }

    public record NationalAgreement(long id, String ownerToken, long ownerId, int firstYear, int lastYear,
                                    List<Theme> themes) implements CreatedAgreement {

        public List<Theme> bindingThemes() {
            return themes.stream().filter(Theme::binding).toList();
        }

        public List<Theme> optionalThemes() {
            return themes.stream().filter(t -> !t.binding()).toList();
        }

        @Override
        public NationalAgreement national() {
            return this;
        }
    }

    public record RegionalAgreement(long id, String ownerToken, long ownerId, String regionCode, int firstYear, int lastYear,
                                    NationalAgreement national, List<Adoption> adoptions,
                                    List<Commitment> commitments) implements CreatedAgreement {
    }

    public record LocalAgreement(long id, String ownerToken, long ownerId, String municipalityCode, long parentId,
                                 int firstYear, int lastYear, NationalAgreement national, List<Adoption> adoptions,
                                 List<Commitment> commitments) implements CreatedAgreement {

        public List<Long> commitmentIds() {
            return commitments.stream().map(Commitment::id).toList();
        }
    }

    // ---------------------------------------------------------------- builders

    public final class NationalBuilder {
        private int themes = 3;
        private int binding = 2;
        private int firstYear = FIRST_YEAR;
        private int lastYear = LAST_YEAR;
        private Long predecessorId;

        /** A national agreement that continues another one (AZWA continues GALA). */
        public NationalBuilder succeeding(NationalAgreement predecessor) {
            this.predecessorId = predecessor.id();
            return this;
        }

        /** {@code total} core themes, the first {@code binding} of them binding. */
        public NationalBuilder withThemes(int total, int binding) {
            this.themes = total;
            this.binding = binding;
            return this;
        }

        public NationalBuilder years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        public NationalAgreement draft() {
            String token = vwsToken();
            long ministry = organisationId("VWS");
            Map<String, Object> extra = predecessorId == null ? Map.of() : Map.of("predecessorId", predecessorId);
            long id = create(token, "NATIONAL", "Nationaal akkoord " + unique(), ministry, null, firstYear, lastYear, extra);
            String prefix = "T" + unique().substring(0, 6).toUpperCase();
            List<Theme> created = new ArrayList<>();
            for (int i = 1; i <= themes; i++) {
                boolean isBinding = i <= binding;
                String code = prefix + "-" + i;
                String name = (isBinding ? "Bindend thema " : "Thema ") + i + " " + prefix;
                ApiResponse theme = expect(201, api.post(token, "/agreements/" + id + "/core-themes",
                        Map.of("code", code, "name", name, "description", "Kernthema " + i, "binding", isBinding)));
                created.add(new Theme(theme.id(), code, name, isBinding));
            }
            return new NationalAgreement(id, token, ministry, firstYear, lastYear, List.copyOf(created));
        }

        /** Signed by the ministry, after closing the ministry's overlapping ACTIVE national agreements. */
        public NationalAgreement signed() {
            NationalAgreement national = draft();
            sign(national.id(), national.ownerToken(), national.ownerId(), "NATIONAL", firstYear, lastYear, national.id());
            return national;
        }
    }

    /** What regional and local builders share: adopting themes, commitments and deviations. */
    private abstract class ChildBuilder<B extends ChildBuilder<B>> {
        final String ownerCode;
        CreatedAgreement parent;
        Integer firstYear;
        Integer lastYear;
        final Map<Theme, Plan> plans = new LinkedHashMap<>();
        final Map<String, Object> extra = new HashMap<>();

        ChildBuilder(String ownerCode) {
            this.ownerCode = ownerCode;
        }

        abstract B self();

        abstract String level();

        public B under(CreatedAgreement parent) {
            this.parent = parent;
            return self();
        }

        public B years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return self();
        }

        /** Adopts the theme with an ambition but no commitment. */
        public B adopting(Theme theme) {
            plans.putIfAbsent(theme, new Plan(false, null, 0));
            return self();
        }

        /** Adopts the theme (if not yet) and adds a commitment under it. */
        public B withCommitment(Theme theme) {
            Plan plan = plans.getOrDefault(theme, new Plan(false, null, 0));
            plans.put(theme, new Plan(false, null, plan.commitments() + 1));
            return self();
        }

        /** A commitment under the first binding theme of the national frame. */
        public B withCommitment() {
            return withCommitment(national().bindingThemes().get(0));
        }

        /** Records a justified deviation from a binding theme instead of adopting it. */
        public B deviatingFrom(Theme theme, String justification) {
            plans.put(theme, new Plan(true, justification, 0));
            return self();
        }

        /** Adopts every binding theme not mentioned yet, each with one commitment. */
        public B completingBindingThemes() {
            for (Theme theme : national().bindingThemes()) {
                plans.putIfAbsent(theme, new Plan(false, null, 1));
            }
            return self();
        }

        NationalAgreement national() {
            if (parent == null) {
                throw new IllegalStateException("Say under(...) which agreement this " + level() + " agreement belongs to");
            }
            return parent.national();
        }

        Built build() {
            String token = tokenFor(ownerCode);
            long owner = organisationId(ownerCode);
            int first = firstYear == null ? parent.firstYear() : firstYear;
            int last = lastYear == null ? parent.lastYear() : lastYear;
            String title = (level().equals("REGIONAL") ? "Regionaal akkoord " : "Lokaal akkoord ") + ownerCode + " " + unique();
            long id = create(token, level(), title, owner, parent.id(), first, last, extra);
            List<Adoption> adoptions = new ArrayList<>();
            List<Commitment> commitments = new ArrayList<>();
            plans.forEach((theme, plan) -> {
                Map<String, Object> body = new HashMap<>();
                body.put("coreThemeId", theme.id());
                if (plan.deviation()) {
                    body.put("deviation", true);
                    body.put("justification", plan.justification());
                } else {
                    body.put("ambition", "Onze ambitie voor " + theme.name());
                }
                ApiResponse adoption = expect(201, api.post(token, "/agreements/" + id + "/adoptions", body));
                adoptions.add(new Adoption(adoption.id(), theme, plan.deviation()));
                for (int i = 0; i < plan.commitments(); i++) {
                    String commitmentTitle = "Actie " + theme.code() + " " + unique();
                    ApiResponse commitment = expect(201, api.post(token, "/agreements/" + id + "/adoptions/" + adoption.id() + "/commitments",
                            commitmentBody(commitmentTitle, owner, first, last)));
                    commitments.add(new Commitment(commitment.id(), adoption.id(), theme, commitmentTitle));
                }
            });
            return new Built(id, token, owner, first, last, List.copyOf(adoptions), List.copyOf(commitments));
        }

        Built buildSigned() {
            completingBindingThemes();
            Built built = build();
            sign(built.id(), built.token(), built.ownerId(), level(), built.firstYear(), built.lastYear(), national().id());
            return built;
        }
    }

    public final class RegionalBuilder extends ChildBuilder<RegionalBuilder> {
        RegionalBuilder(String regionCode) {
            super(regionCode);
        }

        /** A regional agreement made for this IZA region (an IZA regional plan), owned by the GGD region as coordinator. */
        public RegionalBuilder forIzaRegion(long izaRegionId) {
            extra.put("izaRegionId", izaRegionId);
            return this;
        }

        @Override
        RegionalBuilder self() {
            return this;
        }

        @Override
        String level() {
            return "REGIONAL";
        }

        public RegionalAgreement draft() {
            return result(build());
        }

        /** Adopts the binding themes not mentioned yet (one commitment each), adds the region as signatory and signs. */
        public RegionalAgreement signed() {
            return result(buildSigned());
        }

        private RegionalAgreement result(Built b) {
            return new RegionalAgreement(b.id(), b.token(), b.ownerId(), ownerCode, b.firstYear(), b.lastYear(), national(),
                    b.adoptions(), b.commitments());
        }
    }

    public final class LocalBuilder extends ChildBuilder<LocalBuilder> {
        LocalBuilder(String municipalityCode) {
            super(municipalityCode);
        }

        @Override
        LocalBuilder self() {
            return this;
        }

        @Override
        String level() {
            return "LOCAL";
        }

        public LocalAgreement draft() {
            return result(build());
        }

        /** Adopts the binding themes not mentioned yet (one commitment each), adds the municipality as signatory and signs. */
        public LocalAgreement signed() {
            return result(buildSigned());
        }

        private LocalAgreement result(Built b) {
            return new LocalAgreement(b.id(), b.token(), b.ownerId(), ownerCode, parent.id(), b.firstYear(), b.lastYear(),
                    national(), b.adoptions(), b.commitments());
        }
    }

    private record Plan(boolean deviation, String justification, int commitments) {
    }

    private record Built(long id, String token, long ownerId, int firstYear, int lastYear, List<Adoption> adoptions,
                         List<Commitment> commitments) {
    }

    // ---------------------------------------------------------------- HTTP steps

    /** The body of a commitment for youth in education, carried out by the given organisation. */
    public static Map<String, Object> commitmentBody(String title, long responsibleOrganisationId, int firstYear, int lastYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Beschrijving van " + title);
        body.put("targetGroups", List.of("YOUTH", "STUDENTS"));
        body.put("livingEnvironment", "EDUCATION");
        body.put("preventionLevel", "UNIVERSAL");
        body.put("responsibleOrganisationId", responsibleOrganisationId);
        body.put("firstYear", firstYear);
        body.put("lastYear", lastYear);
        return body;
    }

    private long create(String token, String level, String title, long ownerId, Long parentId, int firstYear, int lastYear) {
        return create(token, level, title, ownerId, parentId, firstYear, lastYear, Map.of());
    }

    private long create(String token, String level, String title, long ownerId, Long parentId, int firstYear, int lastYear,
                        Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("level", level);
        body.put("title", title);
        body.put("ownerId", ownerId);
        body.put("firstYear", firstYear);
        body.put("lastYear", lastYear);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return expect(201, api.post(token, "/agreements", body)).id();
    }

    private void sign(long id, String token, long ownerId, String level, int firstYear, int lastYear, long programme) {
        expect(201, api.post(token, "/agreements/" + id + "/parties", Map.of("organisationId", ownerId, "role", "SIGNATORY")));
        closeOverlappingActive(token, ownerId, level, firstYear, lastYear, programme);
        expect(200, api.post(token, "/agreements/" + id + "/sign", Map.of()));
    }

    private void closeOverlappingActive(String token, long ownerId, String level, int firstYear, int lastYear, long programme) {
        ApiResponse active = expect(200, api.get(token, "/agreements?status=ACTIVE&size=1000&level=" + level + "&owner=" + ownerId
                + "&programme=" + programme));
        for (Map<String, Object> other : active.items()) {
            int first = ((Number) other.get("firstYear")).intValue();
            int last = ((Number) other.get("lastYear")).intValue();
            if (first <= lastYear && firstYear <= last) {
                expect(200, api.post(token, "/agreements/" + other.get("id") + "/close",
                        Map.of("reason", "Test data: makes room for a newer signed agreement")));
            }
        }
    }

    private static ApiResponse expect(int status, ApiResponse response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " while building test agreements, got " + response);
        }
        return response;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
