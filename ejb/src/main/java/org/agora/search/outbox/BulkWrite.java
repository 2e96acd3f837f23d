package org.agora.search.outbox;

import org.agora.search.SearchIndex;

/** One item of a drainer's bulk request: the outbox entry it serves, written to one of its index's targets. */
record BulkWrite(long entryId, SearchIndex index) {
}
