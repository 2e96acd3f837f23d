package org.agora.search.outbox;

import java.time.Duration;

/** How far search lags behind the database: entries not yet sent and the age of the oldest. */
public record OutboxBacklog(long pending, Duration oldestAge) {
}
