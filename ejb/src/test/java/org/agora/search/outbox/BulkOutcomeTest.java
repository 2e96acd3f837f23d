package org.agora.search.outbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.search.SearchIndex;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BulkOutcomeTest {

    /* Entries written twice go to the live index first, then to the one being rebuilt. */

    @Test
    void anEntryIsDoneWhenItsWriteToEveryTargetLanded() {
        List<BulkWrite> writes = List.of(write(1), write(1), write(2), write(2));

        BulkOutcome outcome = BulkOutcome.of(writes, List.of(ok(), ok(), ok(), ok()));

        assertEquals(List.of(1L, 2L), outcome.done());
        assertEquals(Map.of(), outcome.failed());
    }

    @Test
    void aNewerVersionAlreadyThereCountsAsDone() {
        BulkOutcome outcome = BulkOutcome.of(List.of(write(7), write(7)),
                List.of(refused(409, "version_conflict_engine_exception"), ok()));

        assertEquals(List.of(7L), outcome.done());
        assertEquals(Map.of(), outcome.failed());
    }

    @Test
    void anEntryStaysWhenTheIndexBeingRebuiltRefusedItEvenIfTheLiveOneTookIt() {
        BulkOutcome outcome = BulkOutcome.of(List.of(write(1), write(1), write(2), write(2)),
                List.of(ok(), refused(429, "es_rejected_execution_exception"), ok(), ok()));

        assertEquals(List.of(2L), outcome.done());
        assertEquals(Set.of(1L), outcome.failed().keySet());
        assertEquals("es_rejected_execution_exception: refused", outcome.failed().get(1L));
    }

    @Test
    void aMissingIndexIsReportedSoThatItIsCreatedAgain() {
        BulkOutcome outcome = BulkOutcome.of(List.of(write(3)), List.of(refused(404, "index_not_found_exception")));

        assertEquals(List.of(), outcome.done());
        assertEquals(Set.of(SearchIndex.CONTENT), outcome.missingIndices());
    }

    private static BulkWrite write(long entryId) {
        return new BulkWrite(entryId, SearchIndex.CONTENT);
    }

    private static BulkItem ok() {
        return BulkItem.APPLIED;
    }

    private static BulkItem refused(int status, String type) {
        return new BulkItem(status, type, "refused");
    }
}
