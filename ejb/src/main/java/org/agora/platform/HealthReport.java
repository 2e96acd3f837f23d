package org.agora.platform;

/** The state of what Agora depends on; {@code UP} only when everything answers. */
public record HealthReport(String status, Check database, SearchCheck search) {

    /** {@code product} names the kind of database ("PostgreSQL", "H2"), not its version. */
    public record Check(String status, String product, long latencyMillis) {
    }

    /** Search also reports the outbox: changes not yet searchable and the age of the oldest, in seconds. */
    public record SearchCheck(String status, long pendingChanges, long oldestPendingSeconds) {
    }
}
