package org.agora.search.outbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NdjsonBulkTest {

    @Test
    void writesOneActionLinePerItemWithItsExternalVersionAndTheDocumentAsItIs() {
        NdjsonBulk bulk = new NdjsonBulk();
        bulk.index("agora-content", "post-7", "{\"body\":\"Caf\u00e9 \\\"au lait\\\"\"}".getBytes(StandardCharsets.UTF_8), 42);
        bulk.delete("agora-content-rebuild", "comment-9", 43);

        assertEquals("""
                {"index":{"_index":"agora-content","_id":"post-7","version":42,"version_type":"external"}}
                {"body":"Caf\u00e9 \\"au lait\\""}
                {"delete":{"_index":"agora-content-rebuild","_id":"comment-9","version":43,"version_type":"external"}}
                """, new String(bulk.bytes(), StandardCharsets.UTF_8));
        assertEquals(2, bulk.items());
    }

    @Test
    void refusesNamesThatWouldNeedEscaping() {
        NdjsonBulk bulk = new NdjsonBulk();

        assertThrows(IllegalArgumentException.class, () -> bulk.delete("agora-content", "post-1\",\"_index\":\"x", 1));
    }

    @Test
    void anAnswerWithoutErrorsMeansEveryItemApplied() {
        assertEquals(List.of(BulkItem.APPLIED, BulkItem.APPLIED, BulkItem.APPLIED), NdjsonBulk.items(answer("""
                {"errors":false,"items":[{"index":{"status":201}},{"index":{"status":200}},{"delete":{"status":200}}]}"""), 3));
    }

    @Test
    void readsEachItemsStatusAndErrorInOrder() {
        List<BulkItem> items = NdjsonBulk.items(answer("""
                {"errors":true,"items":[
                  {"index":{"status":201}},
                  {"index":{"status":409,"error":{"type":"version_conflict_engine_exception","reason":"[post-7]: version conflict"}}},
                  {"delete":{"status":404,"error":{"type":"index_not_found_exception","reason":"no such index [agora-groups]","caused_by":{"type":"x"}}}}
                ]}"""), 3);

        assertEquals(List.of(new BulkItem(201, null, null),
                new BulkItem(409, "version_conflict_engine_exception", "[post-7]: version conflict"),
                new BulkItem(404, "index_not_found_exception", "no such index [agora-groups]")), items);
    }

    @Test
    void anAnswerForFewerItemsThanSentIsAnError() {
        assertThrows(IllegalStateException.class, () -> NdjsonBulk.items(answer("""
                {"errors":true,"items":[{"index":{"status":201}}]}"""), 2));
    }

    private static ByteArrayInputStream answer(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
