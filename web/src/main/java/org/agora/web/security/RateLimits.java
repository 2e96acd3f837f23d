package org.agora.web.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per employee for writes and per address for failed sign-ins, on this server. A bucket holds a
 * minute's allowance and refills continuously, so a burst is fine and a steady flood is not. Only failed sign-ins
 * count: a script calling the API with the right credentials is not slowed down, one guessing passwords is.
 */
@ApplicationScoped
public class RateLimits {

    private static final int MAX_BUCKETS = 100_000;

    @Inject
    @ConfigProperty(name = "agora.rate-limit.writes-per-minute", defaultValue = "300")
    int writesPerMinute;

    @Inject
    @ConfigProperty(name = "agora.rate-limit.failed-sign-ins-per-minute", defaultValue = "20")
    int failedSignInsPerMinute;

    private final ConcurrentMap<String, Bucket> writes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> signIns = new ConcurrentHashMap<>();

    public int writesPerMinute() {
        return writesPerMinute;
    }

    /** Seconds until {@code username} may write again, or 0 if this write may go ahead now. */
    public long writeWait(String username) {
        return take(writes, username, writesPerMinute);
    }

    /** Seconds until {@code address} may try to sign in again after its failures, or 0 if it may now. */
    public long signInWait(String address) {
        Bucket bucket = signIns.get(address);
        return bucket == null ? 0 : bucket.waitForOne();
    }

    /** Counts a failed sign-in from {@code address}. */
    public void signInFailed(String address) {
        take(signIns, address, failedSignInsPerMinute);
    }

    private static long take(ConcurrentMap<String, Bucket> buckets, String key, int perMinute) {
        if (buckets.size() > MAX_BUCKETS) {
            // a flood of distinct keys must not grow memory without bound; full buckets are the only loss
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute)).take();
    }

    static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long refilledAt;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.refilledAt = System.nanoTime();
        }

        /** Takes one token if there is one; either way, the seconds until one is (or would be) there. */
        synchronized long take() {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return secondsToOne();
        }

        synchronized long waitForOne() {
            refill();
            return tokens >= 1 ? 0 : secondsToOne();
        }

        private void refill() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }

        private long secondsToOne() {
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }
    }
}
