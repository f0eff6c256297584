package nl.akkoordmonitor.reporting.internal.workbook;

import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report's own words (sheets, headers, risks, upload messages) are in its bundle; the words
 * for other modules' states and verdicts come from the one vocabulary, in RIVM's wording.
 */
class LabelsTest {

    @Test
    void theRivmWordsAreUsedForMilestonesAndInterimTargets() {
        assertEquals(List.of("Niet gestart", "Op schema", "Loopt achter", "Vertraagd", "Afgerond", "Geannuleerd"),
                List.of(ProgressStatus.values()).stream().map(Vocabulary::label).toList());
        assertEquals("Over de einddatum", Vocabulary.label(MilestoneState.OVERDUE));
        assertEquals(List.of("Gehaald", "Niet gehaald", "Te weinig informatie"),
                List.of(Judgement.values()).stream().map(Vocabulary::label).toList());
    }

    @Test
    void theReportKeepsNoSecondSetOfWordsForStates() throws Exception {
        Properties own = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/nl/akkoordmonitor/reporting/labels.properties")) {
            own.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> doubles = own.stringPropertyNames().stream()
                .filter(k -> k.matches("(milestone|progress|evaluation|rating|judgement|direction|source|level|coverage|law|nature)\\..*"))
                .sorted().toList();
        assertEquals(List.of(), doubles);
        List<String> english = own.values().stream().map(Object::toString).filter(v -> v.contains("Deadline")).toList();
        assertEquals(List.of(), english);
    }
}
