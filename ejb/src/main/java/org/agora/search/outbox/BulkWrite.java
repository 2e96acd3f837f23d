package org.agora.search.outbox;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.agora.search.SearchIndex;

/** One item of a drainer's bulk request: the outbox entry it serves and its operation on one of the entry's targets. */
record BulkWrite(long entryId, SearchIndex index, BulkOperation operation) {
}
