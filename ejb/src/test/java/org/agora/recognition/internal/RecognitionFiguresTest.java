package org.agora.recognition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.agora.recognition.RecognitionProgramme;
import org.agora.recognition.RecognitionStatistics.Count;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognitionFiguresTest {

    @Test
    void exportCellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://evil\")", DefaultRecognitionInsights.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", DefaultRecognitionInsights.cell("+1"));
        assertEquals("'-2", DefaultRecognitionInsights.cell("-2"));
        assertEquals("'@SUM(A1)", DefaultRecognitionInsights.cell("@SUM(A1)"));
        assertEquals("Thanks = great work", DefaultRecognitionInsights.cell("Thanks = great work"));
        assertEquals("", DefaultRecognitionInsights.cell(null));
    }

    @Test
    void everyMonthOfThePeriodIsCountedEvenWithoutRecognitions() {
        List<Object[]> rows = List.of(new Object[] {2026, 3, 7L}, new Object[] {2026, 5, 2L});
        List<Count> months = DefaultRecognitionInsights.months(List.copyOf(rows),
                LocalDate.of(2026, 2, 15), LocalDate.of(2026, 5, 31));
        assertEquals(List.of(new Count("2026-02", 0), new Count("2026-03", 7), new Count("2026-04", 0),
                new Count("2026-05", 2)), months);
    }

    @Test
    void aProgrammeRunsFromItsFirstToItsLastDayInclusive() {
        RecognitionProgramme programme = new RecognitionProgramme("Thanks week", null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 7), Instant.now());
        assertFalse(programme.runsOn(LocalDate.of(2026, 5, 31)));
        assertTrue(programme.runsOn(LocalDate.of(2026, 6, 1)));
        assertTrue(programme.runsOn(LocalDate.of(2026, 6, 7)));
        assertFalse(programme.runsOn(LocalDate.of(2026, 6, 8)));
        RecognitionProgramme openEnded = new RecognitionProgramme("Values", null, LocalDate.of(2026, 1, 1), null,
                Instant.now());
        assertTrue(openEnded.runsOn(LocalDate.of(2031, 1, 1)));
    }
}
