package nl.akkoordmonitor.agreements.internal.organisation;

import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading the IZA region file: regions in order, line numbers as a person counts them. */
class IzaRegionFileTest {

    private static final Set<String> KNOWN = Set.of("GM0363", "GM0014", "GM0518");

    @Test
    void readsRegionsInTheOrderOfTheFileWithABomQuotesAndBlankLines() {
        List<IzaRegionFile.Region> regions = IzaRegionFile.read("\uFEFFiza_code;iza_name;municipality_code\r\n"
                + "zk02;\"Amsterdam; Amstelland\";gm0363\r\n\r\nZK10;Haaglanden;GM0518\r\nZK02;\"Amsterdam; Amstelland\";GM0014\r\n", KNOWN);
        assertEquals(List.of(new IzaRegionFile.Region("ZK02", "Amsterdam; Amstelland", List.of("GM0363", "GM0014")),
                new IzaRegionFile.Region("ZK10", "Haaglanden", List.of("GM0518"))), regions);
    }

    @Test
    void namesTheLineAsCountedInTheFileAlsoAfterABlankLine() {
        BadRequestException refused = assertThrows(BadRequestException.class, () -> IzaRegionFile.read(
                "iza_code;iza_name;municipality_code\nZK02;Amsterdam;GM0363\n\nZK10;Haaglanden;GM0599\n", KNOWN));
        assertEquals(List.of("cell=4,3"), refused.violations().stream().map(Violation::field).toList());
        BadRequestException lastLine = assertThrows(BadRequestException.class, () -> IzaRegionFile.read(
                "iza_code;iza_name;municipality_code\nZK02;Amsterdam;GM0363\nZK10;Haaglanden;GM0599", KNOWN));
        assertEquals(List.of("cell=3,3"), lastLine.violations().stream().map(Violation::field).toList());
    }
}
