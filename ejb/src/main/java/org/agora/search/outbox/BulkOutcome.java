package org.agora.search.outbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.search.SearchIndex;

/**
 * What a bulk answer means for the outbox entries it served. An entry is done when each of its writes (to the live
 * index, and to the one being rebuilt) was applied or met a newer version already there; otherwise it stays in the
 * outbox with the first error, and is written to every target again on the next try.
 */
record BulkOutcome(List<Long> done, Map<Long, String> failed, Set<SearchIndex> missingIndices) {

    private static final String INDEX_MISSING = "index_not_found_exception";

    /** Bulk answers item by item, in request order. */
    static BulkOutcome of(List<BulkWrite> writes, List<BulkItem> items) {
        Set<Long> entries = new LinkedHashSet<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        Set<SearchIndex> missing = EnumSet.noneOf(SearchIndex.class);
        for (int i = 0; i < writes.size(); i++) {
            BulkWrite write = writes.get(i);
            BulkItem item = items.get(i);
            entries.add(write.entryId());
            if (item.refused()) {
                failed.putIfAbsent(write.entryId(), item.errorType() + ": " + item.errorReason());
                if (INDEX_MISSING.equals(item.errorType())) {
                    missing.add(write.index());
                }
            }
        }
        List<Long> done = new ArrayList<>(entries);
        done.removeAll(failed.keySet());
        return new BulkOutcome(done, failed, missing);
    }
}
