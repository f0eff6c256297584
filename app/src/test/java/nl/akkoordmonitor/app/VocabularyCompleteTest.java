package nl.akkoordmonitor.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state, status and verdict a user can see has its word in the one vocabulary, in Dutch and
 * in English: an enum added to any module without its words fails here, before a raw code reaches
 * a report, a template or a page.
 */
class VocabularyCompleteTest {

    /** Enums that never reach a user as a word: technical switches and the report's own colours. */
    private static final Set<String> NOT_SHOWN = Set.of(
            "nl.akkoordmonitor.agreements.Scope$Level",
            "nl.akkoordmonitor.milestones.internal.evaluation.EvaluationWorkflowPolicy$Action",
            "nl.akkoordmonitor.reporting.internal.workbook.ColumnType",
            "nl.akkoordmonitor.reporting.internal.workbook.TrafficLight",
            "nl.akkoordmonitor.notifications.internal.outbox.OutboxSender$Outcome",
            // What a login throttle counts (an account or an address); it is stored, never shown.
            "nl.akkoordmonitor.platform.internal.user.LoginThrottle$Kind");

    @Test
    void everyEnumAUserCanSeeHasADutchAndAnEnglishWord() throws Exception {
        Properties english = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        List<JavaClass> enums = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.akkoordmonitor").stream()
                .filter(JavaClass::isEnum)
                .filter(c -> !NOT_SHOWN.contains(c.getName()))
                .toList();
        for (JavaClass type : enums) {
            for (Object constant : type.reflect().getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                if (!Vocabulary.has(value)) {
                    missing.add(Vocabulary.key(value) + " (Dutch)");
                }
                if (!english.containsKey(Vocabulary.key(value))) {
                    missing.add(Vocabulary.key(value) + " (English)");
                }
            }
        }
        assertEquals(List.of(), missing, "words missing from platform's vocabulary.properties / vocabulary_en.properties");
        assertTrue(enums.size() > 15, "found the enums: " + enums);
    }
}
