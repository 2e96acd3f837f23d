package org.agora.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    @Test
    void aBucketGivesAMinutesAllowanceAtOnceThenSaysHowLongToWait() {
        RateLimits.Bucket bucket = new RateLimits.Bucket(60);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, bucket.take(), "take " + i);
        }
        long wait = bucket.take();
        assertTrue(wait >= 1 && wait <= 2, "one more a second at 60 a minute: " + wait);
        assertEquals(wait, bucket.waitForOne(), "looking does not take");
    }

    @Test
    void onlyFailedSignInsCountAgainstAnAddress() {
        RateLimits limits = new RateLimits();
        limits.failedSignInsPerMinute = 3;
        assertEquals(0, limits.signInWait("10.0.0.1"), "no failures, no wait");
        limits.signInFailed("10.0.0.1");
        limits.signInFailed("10.0.0.1");
        assertEquals(0, limits.signInWait("10.0.0.1"));
        limits.signInFailed("10.0.0.1");
        assertTrue(limits.signInWait("10.0.0.1") > 0, "the third failure in a minute makes the address wait");
        assertEquals(0, limits.signInWait("10.0.0.2"), "another address does not");
    }
}
