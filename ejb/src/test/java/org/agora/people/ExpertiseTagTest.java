package org.agora.people;

import org.agora.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpertiseTagTest {

    @Test
    void caseAndSpacingDoNotMakeADifferentTag() {
        assertEquals("machine-learning", ExpertiseTag.of("  Machine   Learning "));
        assertEquals("machine-learning", ExpertiseTag.of("machine_learning"));
        assertEquals("machine-learning", ExpertiseTag.of("Machine-Learning"));
        assertEquals("cloud-cost", ExpertiseTag.of("Cloud\u00A0Cost"));
    }

    @Test
    void keepsTheCharactersProgrammingTopicsNeed() {
        assertEquals("c++", ExpertiseTag.of("C++"));
        assertEquals("c#", ExpertiseTag.of("C#"));
        assertEquals("node.js", ExpertiseTag.of("Node.js"));
    }

    @Test
    void dropsPunctuationAndKeepsLettersOfEveryLanguage() {
        assertEquals("kubernetes", ExpertiseTag.of("kubernetes!"));
        assertEquals("négociation", ExpertiseTag.of("Négociation"));
        assertEquals("a-b", ExpertiseTag.of("--a -- b--"));
    }

    @Test
    void refusesTopicsWithNothingLeftOrTooLong() {
        var empty = assertThrows(InvalidInputException.class, () -> ExpertiseTag.of("  !!! "));
        assertEquals("A topic needs at least one letter or digit.", empty.getMessage());
        assertThrows(InvalidInputException.class, () -> ExpertiseTag.of("x".repeat(ExpertiseTag.MAX_LENGTH + 1)));
        assertEquals(ExpertiseTag.MAX_LENGTH, ExpertiseTag.of("x".repeat(ExpertiseTag.MAX_LENGTH)).length());
    }
}
