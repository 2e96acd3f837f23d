package org.agora.search.outbox;

import java.time.Duration;

/** How long a failed outbox entry waits before the next try: doubling from one second, at most fifteen. */
final class Backoff {

    static final Duration MAX = Duration.ofSeconds(15);

    private Backoff() {
    }

    static Duration afterFailures(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - 1, 4);
        return Duration.ofSeconds(Math.min(seconds, MAX.toSeconds()));
    }
}
