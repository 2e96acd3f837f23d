package org.agora.web.faces;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void saysHowLongAgoForTheLastWeekAndTheDateBefore() {
        assertEquals("just now", RelativeTime.ago(NOW.minusSeconds(20), NOW));
        assertEquals("5 min ago", RelativeTime.ago(NOW.minus(Duration.ofMinutes(5)), NOW));
        assertEquals("3 h ago", RelativeTime.ago(NOW.minus(Duration.ofHours(3)), NOW));
        assertEquals("yesterday", RelativeTime.ago(NOW.minus(Duration.ofHours(30)), NOW));
        assertEquals("4 days ago", RelativeTime.ago(NOW.minus(Duration.ofDays(4)), NOW));
        assertEquals("9 Nov 2026", RelativeTime.ago(NOW.minus(Duration.ofDays(14)), NOW));
    }
}
