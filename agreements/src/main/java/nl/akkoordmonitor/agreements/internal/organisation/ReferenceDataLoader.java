package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the reference organisations in step with the CBS files shipped in
 * {@code resources/reference} (ministry, 25 GGD regions, 342 municipalities). It upserts by CBS
 * code on every start, so a new reference file updates names and regions in place. It never
 * deletes: an organisation that disappears from the file (a merger) keeps its data.
 */
@Singleton
class ReferenceDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

    static final String MINISTRY_CODE = "VWS";
    private static final String MINISTRY_NAME = "Ministerie van Volksgezondheid, Welzijn en Sport";

    private static final String UPSERT = """
            INSERT INTO agreements.organisation (type, code, name, ggd_region_id, province, reference)
            VALUES (?, ?, ?, (SELECT id FROM agreements.organisation WHERE code = ?), ?, TRUE)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, ggd_region_id = EXCLUDED.ggd_region_id,
                province = EXCLUDED.province, reference = TRUE
            WHERE agreements.organisation.name IS DISTINCT FROM EXCLUDED.name
               OR agreements.organisation.ggd_region_id IS DISTINCT FROM EXCLUDED.ggd_region_id
               OR agreements.organisation.province IS DISTINCT FROM EXCLUDED.province
            """;

    private final JdbcOperations jdbc;

    ReferenceDataLoader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        List<String[]> regions = readCsv("reference/ggd_regions.csv");
        List<String[]> municipalities = readCsv("reference/municipalities.csv");
        int changed = jdbc.prepareStatement(UPSERT, statement -> {
            int n = upsert(statement, "MINISTRY", MINISTRY_CODE, MINISTRY_NAME, null, null);
            for (String[] r : regions) {
                n += upsert(statement, "GGD_REGION", r[0], r[1], null, null);
            }
            for (String[] m : municipalities) {
                n += upsert(statement, "MUNICIPALITY", m[0], m[1], m[2], m[4]);
            }
            return n;
        });
        LOG.info("Reference organisations: 1 ministry, {} GGD regions, {} municipalities ({} rows inserted or updated).",
                regions.size(), municipalities.size(), changed);
    }

    private static int upsert(PreparedStatement statement, String type, String code, String name, String regionCode,
                              String province) throws java.sql.SQLException {
        statement.setString(1, type);
        statement.setString(2, code);
        statement.setString(3, name);
        statement.setString(4, regionCode);
        statement.setString(5, province);
        return statement.executeUpdate();
    }

    /** Reads an RFC 4180 CSV with a header row; fields may be quoted ("Nuenen, Gerwen en Nederwetten"). */
    static List<String[]> readCsv(String resource) {
        try (InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + resource + " is missing from the classpath");
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8, format)) {
                int columns = parser.getHeaderNames().size();
                List<String[]> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    if (record.size() != columns) {
                        throw new IllegalStateException(resource + ": expected " + columns + " columns in line "
                                + parser.getCurrentLineNumber() + ": " + record);
                    }
                    rows.add(record.values());
                }
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
