package org.agora.video;

import java.util.List;

import org.agora.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaptionsTest {

    private static final String VTT = """
            WEBVTT - A week in the life

            NOTE written by the communications team

            00:00.500 --> 00:04.000 align:start
            Hello everyone, and welcome.

            roadmap
            00:01:05.250 --> 00:01:09.000
            <v Helena>Next week we open the <b>roadmap</b> review</v>
            to every department &amp; office.
            """;

    @Test
    void readsCuesWithIdentifiersSettingsHoursAndMarkup() {
        List<Captions.Cue> cues = Captions.parse(VTT).cues();
        assertEquals(2, cues.size());
        assertEquals(new Captions.Cue(500, 4000, "Hello everyone, and welcome."), cues.get(0));
        assertEquals(new Captions.Cue(65_250, 69_000, "Next week we open the roadmap review to every department & office."),
                cues.get(1));
        assertEquals("Hello everyone, and welcome.\nNext week we open the roadmap review to every department & office.",
                Captions.parse(VTT).text());
    }

    @Test
    void findsTheMomentThatSaysTheMostOfTheWords() {
        Captions captions = Captions.parse(VTT);
        assertEquals(65, captions.secondWhereSaid(List.of("Roadmap", "review")));
        assertEquals(0, captions.secondWhereSaid(List.of("welcome", "office")), "a tie goes to the first cue");
        assertNull(captions.secondWhereSaid(List.of("budget")));
    }

    @Test
    void namesTheLineOfAMistake() {
        assertTrue(refusal("Hello\n").contains("first line is WEBVTT"));
        assertTrue(refusal("WEBVTT\n\n00:01.000 -> 00:02.000\nHello\n").startsWith("Line 3 of the captions"));
        assertTrue(refusal("WEBVTT\n\n00:05.000 --> 00:02.000\nBackwards\n").contains("ends before it starts"));
        assertTrue(refusal("WEBVTT\n\n00:61.000 --> 00:62.000\nToo many seconds\n").contains("more than 59"));
        assertTrue(refusal("WEBVTT\n\n00:01.000 --> 00:02.000\n").contains("has no text"));
        assertTrue(refusal("WEBVTT\n\nNOTE nothing else\n").contains("no cues"));
    }

    private static String refusal(String vtt) {
        return assertThrows(InvalidInputException.class, () -> Captions.parse(vtt)).getMessage();
    }
}
