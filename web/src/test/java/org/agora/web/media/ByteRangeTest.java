package org.agora.web.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ByteRangeTest {

    private static final long SIZE = 10_000;

    private static ByteRange part(String header) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.of(header, SIZE)).range();
    }

    @Test
    void theFirstBytes() {
        assertEquals(new ByteRange(0, 499), part("bytes=0-499"));
        assertEquals("bytes 0-499/10000", part("bytes=0-499").contentRange(SIZE));
        assertEquals(500, part("bytes=0-499").length());
    }

    @Test
    void aMiddleAndAnOpenEndedRange() {
        assertEquals(new ByteRange(4000, 4999), part("bytes=4000-4999"));
        assertEquals(new ByteRange(9000, 9999), part("bytes=9000-"));
    }

    @Test
    void theLastBytesBySuffix() {
        assertEquals(new ByteRange(9500, 9999), part("bytes=-500"));
        assertEquals(new ByteRange(0, 9999), part("bytes=-20000"), "a suffix longer than the file is all of it");
    }

    @Test
    void anEndPastTheFileIsCutToTheFile() {
        assertEquals(new ByteRange(9000, 9999), part("bytes=9000-20000"));
    }

    @Test
    void aRangeOutsideTheFileCannotBeSatisfied() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=10000-", SIZE));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=20000-20010", SIZE));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", SIZE));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=0-", 0));
    }

    @Test
    void whatDoesNotParseOrAsksForSeveralRangesGetsTheWholeFile() {
        for (String header : new String[] {null, "", "bytes=", "bytes=abc", "bytes=5-2", "bytes=1-x", "items=0-5",
                "bytes=0-1,5-9", "bytes=-", "bytes=99999999999999999999-"}) {
            assertInstanceOf(ByteRange.Whole.class, ByteRange.of(header, SIZE), String.valueOf(header));
        }
    }

    @Test
    void theUnitIsCaseInsensitiveAndSpacesAreAllowed() {
        assertEquals(new ByteRange(1, 2), part("Bytes= 1 - 2"));
    }
}
