package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Loads the IZA regions (zorgkantoorregio's) and which municipality lies in which, from the file
 * an administrator sends ({@link IzaRegionFile}). No public source of the complete division could
 * be shipped with the reference data, so it is loaded here. The file is the whole division: after
 * a load exactly the municipalities it names have an IZA region. Regions are matched on their CBS
 * code (created, or renamed in place) and never deleted, because agreements may be made for them;
 * a region the file no longer names keeps no municipalities. Loading the same file twice changes
 * nothing and records nothing.
 */
@Singleton
class IzaRegionLoading {

    private final JdbcOperations jdbc;
    private final Rows rows;
    private final AuditLog auditLog;

    IzaRegionLoading(JdbcOperations jdbc, Rows rows, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.auditLog = auditLog;
    }

    /** What a load did, and what it left without a region. */
    @Serdeable
    record LoadResult(int regions, int municipalities, int regionsCreated, int regionsRenamed, int municipalitiesChanged,
                      List<String> municipalitiesWithoutRegion, List<String> regionsWithoutMunicipalities) {
    }

    /** The audited state of one region: its name and its municipalities. */
    @Serdeable
    record RegionState(String code, String name, List<String> municipalityCodes) {
    }

    @Introspected
    record Municipality(long id, String code, @Nullable Long izaRegionId) {
    }

    @Introspected
    record ExistingRegion(long id, String code, String name) {
    }

    @Transactional
    LoadResult load(Actor actor, String csv) {
        // One load at a time: two at once would each think the other's regions are new.
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('agreements.iza_region_load'))", s -> s.executeQuery().next());
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        rows.list(Municipality.class, """
                SELECT id, code, iza_region_id FROM agreements.organisation
                WHERE type = 'MUNICIPALITY' AND reference AND ended_on IS NULL ORDER BY code""")
                .forEach(m -> municipalities.put(m.code(), m));
        List<IzaRegionFile.Region> regions = IzaRegionFile.read(csv, municipalities.keySet());

        Map<String, ExistingRegion> existing = new HashMap<>();
        rows.list(ExistingRegion.class, "SELECT id, code, name FROM agreements.organisation WHERE type = 'IZA_REGION'")
                .forEach(r -> existing.put(r.code(), r));
        Map<Long, RegionState> before = statesOf(existing, municipalities);

        int created = 0;
        int renamed = 0;
        Map<String, Long> regionIds = new HashMap<>();
        for (IzaRegionFile.Region region : regions) {
            ExistingRegion known = existing.get(region.code());
            if (known == null) {
                long id = rows.value(Long.class, """
                        INSERT INTO agreements.organisation (type, code, name, reference) VALUES ('IZA_REGION', ?, ?, TRUE) RETURNING id""",
                        region.code(), region.name()).orElseThrow();
                existing.put(region.code(), new ExistingRegion(id, region.code(), region.name()));
                regionIds.put(region.code(), id);
                created++;
            } else {
                if (!known.name().equals(region.name())) {
                    jdbc.prepareStatement("UPDATE agreements.organisation SET name = ?, version = version + 1 WHERE id = ?", s -> {
                        s.setString(1, region.name());
                        s.setLong(2, known.id());
                        return s.executeUpdate();
                    });
                    existing.put(region.code(), new ExistingRegion(known.id(), known.code(), region.name()));
                    renamed++;
                }
                regionIds.put(region.code(), known.id());
            }
        }

        Map<String, Long> wanted = new HashMap<>();
        for (IzaRegionFile.Region region : regions) {
            region.municipalityCodes().forEach(code -> wanted.put(code, regionIds.get(region.code())));
        }
        List<Municipality> changed = new ArrayList<>();
        Map<String, Municipality> after = new LinkedHashMap<>();
        for (Municipality m : municipalities.values()) {
            Long target = wanted.get(m.code());
            if (!Objects.equals(target, m.izaRegionId())) {
                changed.add(new Municipality(m.id(), m.code(), target));
            }
            after.put(m.code(), new Municipality(m.id(), m.code(), target));
        }
        if (!changed.isEmpty()) {
            jdbc.prepareStatement("UPDATE agreements.organisation SET iza_region_id = ?, version = version + 1 WHERE id = ?", s -> {
                for (Municipality m : changed) {
                    s.setObject(1, m.izaRegionId());
                    s.setLong(2, m.id());
                    s.addBatch();
                }
                return s.executeBatch();
            });
        }

        Map<Long, RegionState> now = statesOf(existing, after);
        for (Map.Entry<Long, RegionState> region : now.entrySet()) {
            RegionState was = before.get(region.getKey());
            if (!region.getValue().equals(was)) {
                auditLog.record(actor, AuditEntry.of("organisation", region.getKey(), was == null ? "CREATE" : "UPDATE")
                        .values(was, region.getValue()).organisation(region.getKey()));
            }
        }
        return new LoadResult(regions.size(), wanted.size(), created, renamed, changed.size(),
                after.values().stream().filter(m -> m.izaRegionId() == null).map(Municipality::code).toList(),
                now.values().stream().filter(r -> r.municipalityCodes().isEmpty()).map(RegionState::code).toList());
    }

    /** Each region's name and municipalities (by code, sorted), keyed by the region's id. */
    private static Map<Long, RegionState> statesOf(Map<String, ExistingRegion> regions, Map<String, Municipality> municipalities) {
        Map<Long, List<String>> members = new HashMap<>();
        municipalities.values().stream().filter(m -> m.izaRegionId() != null)
                .forEach(m -> members.computeIfAbsent(m.izaRegionId(), id -> new ArrayList<>()).add(m.code()));
        Map<Long, RegionState> states = new TreeMap<>();
        for (ExistingRegion region : regions.values()) {
            List<String> codes = new ArrayList<>(members.getOrDefault(region.id(), List.of()));
            codes.sort(null);
            states.put(region.id(), new RegionState(region.code(), region.name(), List.copyOf(codes)));
        }
        return states;
    }
}
