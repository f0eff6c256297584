package nl.akkoordmonitor.agreements.internal.organisation;

import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The division of the municipalities into IZA regions (zorgkantoorregio's) as an administrator
 * loads it: a CSV with the header {@code iza_code;iza_name;municipality_code} and one line per
 * municipality, e.g. {@code ZK02;Amsterdam;GM0363}. It is read whole and checked whole before
 * anything is stored; every fault is named by line and column, in the cell notation of RFC 7111
 * ({@code cell=3,3}: line 3, column 3, the header being line 1).
 */
final class IzaRegionFile {

    static final List<String> HEADER = List.of("iza_code", "iza_name", "municipality_code");
    private static final Pattern IZA_CODE = Pattern.compile("ZK[0-9]{2}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");
    private static final int MAX_NAME = 200;
    /** More faults than this are not listed: the file is wrong in a way one fix repairs. */
    private static final int MAX_VIOLATIONS = 50;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    /** One IZA region with the codes of its municipalities, in the order of the file. */
    record Region(String code, String name, List<String> municipalityCodes) {
    }

    private IzaRegionFile() {
    }

    /**
     * Reads and checks the file.
     *
     * @param text           the file as sent
     * @param municipalities the codes of the municipalities that exist now
     * @return the regions, in the order they first appear
     * @throws BadRequestException listing every fault, when there is one
     */
    static List<Region> read(String text, Set<String> municipalities) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new BadRequestException(Violation.of(Message.of("IZA_FILE_EMPTY")));
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        Map<String, Integer> municipalityLines = new HashMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!HEADER.equals(cells(record).stream().map(String::toLowerCase).toList())) {
                        throw new BadRequestException(Violation.at("row=1", Message.of("IZA_FILE_HEADER", String.join(";", HEADER))));
                    }
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    violations.add(Violation.at("row=" + line, Message.of("IZA_FILE_COLUMNS", line, record.size())));
                    continue;
                }
                String code = record.get(0).toUpperCase();
                String name = record.get(1);
                String municipality = record.get(2).toUpperCase();
                boolean lineIsGood = true;
                if (!IZA_CODE.matcher(code).matches()) {
                    violations.add(cell(line, 1, Message.of("IZA_CODE_FORMAT", line, record.get(0))));
                    lineIsGood = false;
                }
                if (name.isEmpty() || name.length() > MAX_NAME) {
                    violations.add(cell(line, 2, Message.of("IZA_NAME_REQUIRED", line, MAX_NAME)));
                    lineIsGood = false;
                } else if (lineIsGood && names.containsKey(code) && !names.get(code).equals(name)) {
                    violations.add(cell(line, 2, Message.of("IZA_NAME_ONE_PER_CODE", line, code, name,
                            names.get(code), nameLines.get(code))));
                    lineIsGood = false;
                }
                if (!MUNICIPALITY_CODE.matcher(municipality).matches()) {
                    violations.add(cell(line, 3, Message.of("IZA_MUNICIPALITY_CODE_FORMAT", line, record.get(2))));
                    lineIsGood = false;
                } else if (!municipalities.contains(municipality)) {
                    violations.add(cell(line, 3, Message.of("IZA_MUNICIPALITY_UNKNOWN", line, municipality)));
                    lineIsGood = false;
                } else if (municipalityLines.containsKey(municipality)) {
                    violations.add(cell(line, 3, Message.of("IZA_MUNICIPALITY_TWICE", line,
                            municipality, municipalityLines.get(municipality))));
                    lineIsGood = false;
                }
                if (lineIsGood) {
                    names.putIfAbsent(code, name);
                    nameLines.putIfAbsent(code, (int) line);
                    municipalityLines.put(municipality, (int) line);
                    regions.computeIfAbsent(code, c -> new Region(c, name, new ArrayList<>())).municipalityCodes().add(municipality);
                }
                if (violations.size() >= MAX_VIOLATIONS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a quote that is never closed this way.
            violations.add(Violation.of(Message.of("IZA_FILE_UNREADABLE")));
        }
        if (violations.isEmpty() && regions.isEmpty()) {
            violations.add(Violation.of(Message.of("IZA_FILE_EMPTY")));
        }
        if (!violations.isEmpty()) {
            throw new BadRequestException(violations);
        }
        return List.copyOf(regions.values());
    }

    private static List<String> cells(CSVRecord record) {
        return record.stream().toList();
    }

    private static Violation cell(long line, int column, Message message) {
        return Violation.at("cell=" + line + "," + column, message);
    }
}
