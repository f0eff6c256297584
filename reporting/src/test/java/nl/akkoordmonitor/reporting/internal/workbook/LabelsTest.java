package nl.akkoordmonitor.reporting.internal.workbook;

import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.MessageBundle;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's own words (sheets, headers, risks) are in the reporting module's bundle, in Dutch
 * and English; the words for other modules' states and verdicts come from the one vocabulary, in
 * RIVM's wording. (MessageBundlesTest in app checks that both languages have every key.)
 */
class LabelsTest {

    private static final Map<String, String> DUTCH = new MessageBundle("reporting").texts(Languages.DUTCH);
    private static final Map<String, String> ENGLISH = new MessageBundle("reporting").texts(Languages.ENGLISH);

    @Test
    void theRivmWordsAreUsedForMilestonesAndInterimTargets() {
        assertEquals(List.of("Niet gestart", "Op schema", "Loopt achter", "Vertraagd", "Afgerond", "Geannuleerd"),
                List.of(ProgressStatus.values()).stream().map(Vocabulary::label).toList());
        assertEquals("Over de einddatum", Vocabulary.label(MilestoneState.OVERDUE));
        assertEquals(List.of("Gehaald", "Niet gehaald", "Te weinig informatie"),
                List.of(Judgement.values()).stream().map(Vocabulary::label).toList());
    }

    @Test
    void theReportKeepsNoSecondSetOfWordsForStates() {
        List<String> doubles = DUTCH.keySet().stream()
                .filter(k -> k.matches("(milestone|progress|evaluation|rating|judgement|direction|source|level|coverage|law|nature)\\..*"))
                .sorted().toList();
        assertEquals(List.of(), doubles);
        List<String> english = DUTCH.values().stream().filter(v -> v.contains("Deadline")).toList();
        assertEquals(List.of(), english);
    }

    @Test
    void sheetNamesAreValidAndDifferPerLanguageSoThatAnUploadShowsItsLanguage() {
        for (Map<String, String> texts : List.of(DUTCH, ENGLISH)) {
            texts.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("sheet.") || e.getKey().equals("template.sheet") || e.getKey().equals("sisa.workbook.sheet"))
                    .forEach(e -> {
                        String name = e.getValue().replace("{0}", "2025");
                        assertTrue(name.length() <= 31, e.getKey() + " is longer than Excel's 31 characters: " + name);
                        assertTrue(name.chars().noneMatch(c -> ":\\/?*[]".indexOf(c) >= 0), e.getKey() + ": " + name);
                    });
        }
        assertEquals("Voortgang", Labels.DUTCH.get("template.sheet"));
        assertEquals("Progress", Labels.ENGLISH.get("template.sheet"));
        for (String key : List.of("sheet.summary", "sheet.coverage", "sheet.milestones", "sheet.evaluations", "sheet.risks")) {
            assertNotEquals(DUTCH.get(key), ENGLISH.get(key), key);
        }
    }

    @Test
    void theLanguageIsEnglishOnlyForEnglish() {
        assertSame(Labels.ENGLISH, Labels.of(Locale.ENGLISH));
        assertSame(Labels.ENGLISH, Labels.of(Locale.UK));
        assertSame(Labels.DUTCH, Labels.of(Languages.DUTCH));
        assertSame(Labels.DUTCH, Labels.of(Locale.GERMAN));
        assertSame(Labels.DUTCH, Labels.of(null));
        assertEquals("Samenvatting", Labels.DUTCH.get("sheet.summary"));
        assertEquals("Summary", Labels.ENGLISH.get("sheet.summary"));
        assertEquals("Op schema", Labels.DUTCH.label(ProgressStatus.ON_TRACK));
        assertEquals("On schedule", Labels.ENGLISH.label(ProgressStatus.ON_TRACK));
    }

    @Test
    void placeholdersAreFilledInTheLanguagesWayAndQuotesStayAsWritten() {
        assertEquals("Overige 1.234 kernthema's", Labels.DUTCH.format("summary.otherThemes", 1234));
        assertEquals("Other 1,234 core themes", Labels.ENGLISH.format("summary.otherThemes", 1234));
        assertEquals("Dekking kernthema's", Labels.DUTCH.get("sheet.coverage"));
        assertEquals("Voortgangsrapportage 2025 – Nederland",
                Labels.DUTCH.format("report.title", "2025", Labels.DUTCH.get("report.scope.national")));
        assertEquals("€ 1.234.568", Labels.DUTCH.euros(new BigDecimal("1234567.50")));
        assertEquals("€1,234,568", Labels.ENGLISH.euros(new BigDecimal("1234567.50")));
        assertEquals("01-05-2026", Labels.DUTCH.date(LocalDate.of(2026, 5, 1)));
        assertEquals("01/05/2026", Labels.ENGLISH.date(LocalDate.of(2026, 5, 1)));
        assertEquals("15 juli 2026", Labels.DUTCH.longDate(LocalDate.of(2026, 7, 15)));
        assertEquals("15 July 2026", Labels.ENGLISH.longDate(LocalDate.of(2026, 7, 15)));
    }

    @Test
    void aMissingKeyFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Labels.ENGLISH.get("sheet.nonexistent"));
        assertTrue(e.getMessage().contains("reporting_en.properties"), e.getMessage());
    }
}
