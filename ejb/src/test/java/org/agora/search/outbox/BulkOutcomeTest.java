package org.agora.search.outbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.agora.search.SearchIndex;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BulkOutcomeTest {

    private static final String LIVE = "agora-content";
    private static final String REBUILD = "agora-content-rebuild";

    @Test
    void anEntryIsDoneWhenItsWriteToEveryTargetLanded() {
        List<BulkWrite> writes = List.of(write(1, LIVE), write(1, REBUILD), write(2, LIVE), write(2, REBUILD));

        BulkOutcome outcome = BulkOutcome.of(writes, List.of(ok(), ok(), ok(), ok()));

        assertEquals(List.of(1L, 2L), outcome.done());
        assertEquals(Map.of(), outcome.failed());
    }

    @Test
    void aNewerVersionAlreadyThereCountsAsDone() {
        BulkOutcome outcome = BulkOutcome.of(List.of(write(7, LIVE), write(7, REBUILD)),
                List.of(refused(409, "version_conflict_engine_exception"), ok()));

        assertEquals(List.of(7L), outcome.done());
        assertEquals(Map.of(), outcome.failed());
    }

    @Test
    void anEntryStaysWhenTheIndexBeingRebuiltRefusedItEvenIfTheLiveOneTookIt() {
        BulkOutcome outcome = BulkOutcome.of(List.of(write(1, LIVE), write(1, REBUILD), write(2, LIVE), write(2, REBUILD)),
                List.of(ok(), refused(429, "es_rejected_execution_exception"), ok(), ok()));

        assertEquals(List.of(2L), outcome.done());
        assertEquals(Set.of(1L), outcome.failed().keySet());
        assertEquals("es_rejected_execution_exception: refused", outcome.failed().get(1L));
    }

    @Test
    void aMissingIndexIsReportedSoThatItIsCreatedAgain() {
        BulkOutcome outcome = BulkOutcome.of(List.of(write(3, LIVE)), List.of(refused(404, "index_not_found_exception")));

        assertEquals(List.of(), outcome.done());
        assertEquals(Set.of(SearchIndex.CONTENT), outcome.missingIndices());
    }

    private static BulkWrite write(long entryId, String target) {
        return new BulkWrite(entryId, SearchIndex.CONTENT,
                BulkOperation.of(op -> op.delete(d -> d.index(target).id("post-" + entryId))));
    }

    private static BulkResponseItem ok() {
        return BulkResponseItem.of(item -> item.operationType(OperationType.Index).index(LIVE).status(200));
    }

    private static BulkResponseItem refused(int status, String type) {
        return BulkResponseItem.of(item -> item.operationType(OperationType.Index).index(LIVE).status(status)
                .error(error -> error.type(type).reason("refused")));
    }
}
