package org.agora.search;

import java.time.Duration;

/** Whether search answers and how far it lags behind the database. */
public record SearchStatus(boolean available, long pendingChanges, Duration oldestPendingAge) {
}
