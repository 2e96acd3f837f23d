package org.agora.search.outbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Versions for documents built when they are sent: microseconds since the epoch, strictly increasing within
 * this server, so a document built later always wins over one built earlier.
 */
final class DocumentClock {

    private static final AtomicLong LAST = new AtomicLong();

    private DocumentClock() {
    }

    static long next() {
        long now = System.currentTimeMillis() * 1_000;
        return LAST.updateAndGet(last -> Math.max(last + 1, now));
    }
}
