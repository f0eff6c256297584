package nl.akkoordmonitor.platform.vocabulary;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    /** Stands in for another module's enum: the vocabulary finds words by the enum's simple name. */
    enum Judgement { ON_COURSE, OFF_COURSE, NO_DATA }

    enum Unknown { SOMETHING }

    @Test
    void anEnumValueHasItsDutchWordByDefaultAndItsEnglishWordOnRequest() {
        assertEquals("Gehaald", Vocabulary.label(Judgement.ON_COURSE));
        assertEquals("Te weinig informatie", Vocabulary.label(Judgement.NO_DATA));
        assertEquals("Met", Vocabulary.label(Judgement.ON_COURSE, Locale.ENGLISH));
        assertEquals("Not met", Vocabulary.label(Judgement.OFF_COURSE, Locale.forLanguageTag("en-GB")));
        // Any other language, or none, gets the Dutch word: never the JVM's own locale.
        assertEquals("Niet gehaald", Vocabulary.label(Judgement.OFF_COURSE, Locale.GERMAN));
        assertEquals("Niet gehaald", Vocabulary.label(Judgement.OFF_COURSE, null));
    }

    @Test
    void aWordThatIsNoEnumValueIsLookedUpByKey() {
        assertEquals("Over de einddatum", Vocabulary.word("milestone.overdue"));
        assertEquals("Niet gestart", Vocabulary.word("evaluation.notStarted"));
        assertEquals("Past its due date", Vocabulary.word("milestone.overdue", Locale.ENGLISH));
    }

    @Test
    void aValueWithoutAWordFailsLoudlyInsteadOfShowingItsCode() {
        assertFalse(Vocabulary.has(Unknown.SOMETHING));
        assertTrue(Vocabulary.has(Judgement.NO_DATA));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Vocabulary.label(Unknown.SOMETHING));
        assertTrue(failure.getMessage().contains("Unknown.SOMETHING"), failure.getMessage());
    }

    @Test
    void aTypedWordIsReadBackWhateverItsCaseAndSpaces() {
        assertEquals(Optional.of(Judgement.NO_DATA), Vocabulary.fromLabel(Judgement.class, "  te WEINIG informatie "));
        assertEquals(Optional.empty(), Vocabulary.fromLabel(Judgement.class, "Op koers"));
        assertEquals(Optional.empty(), Vocabulary.fromLabel(Judgement.class, null));
    }
}
