package org.agora.feed;

import java.time.Instant;

import org.agora.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedCursorTest {

    @Test
    void tokenRoundTrips() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-11-20T10:15:30.123Z"), 42);

        assertEquals(cursor, FeedCursor.parse(cursor.token()));
    }

    @Test
    void garbageTokenIsRefusedWithAReadableMessage() {
        var refused = assertThrows(InvalidInputException.class, () -> FeedCursor.parse("yesterday"));
        assertEquals("The feed position 'yesterday' is not valid.", refused.getMessage());
    }
}
