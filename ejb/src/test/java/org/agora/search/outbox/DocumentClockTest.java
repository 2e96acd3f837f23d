package org.agora.search.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentClockTest {

    @Test
    void aVersionTakenLaterIsAlwaysHigherThanOneTakenEarlier() {
        long previous = DocumentClock.next();
        for (int i = 0; i < 100_000; i++) {
            long next = DocumentClock.next();
            assertTrue(next > previous, next + " after " + previous);
            previous = next;
        }
    }

    @Test
    void versionsTakenAtTheSameTimeByTheDrainerAndARebuildNeverCollide() throws Exception {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> takers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                takers.add(threads.submit(() -> {
                    for (int i = 0; i < 25_000; i++) {
                        seen.add(DocumentClock.next());
                    }
                }));
            }
            for (Future<?> taker : takers) {
                taker.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(100_000, seen.size());
    }

    /** Above every entity version an earlier release sent, so a leftover of those never overwrites a newer read. */
    @Test
    void versionsAreMicrosecondsSinceTheEpoch() {
        long before = System.currentTimeMillis() * 1_000;
        long version = DocumentClock.next();
        assertTrue(version >= before, version + " before " + before);
    }
}
