package org.agora.search.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    @Test
    void doublesFromOneSecondAndStopsAtTheMaximum() {
        assertEquals(Duration.ofSeconds(1), Backoff.afterFailures(1));
        assertEquals(Duration.ofSeconds(2), Backoff.afterFailures(2));
        assertEquals(Duration.ofSeconds(8), Backoff.afterFailures(4));
        assertEquals(Backoff.MAX, Backoff.afterFailures(5));
        assertEquals(Backoff.MAX, Backoff.afterFailures(1000));
    }
}
