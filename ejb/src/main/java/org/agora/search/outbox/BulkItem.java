package org.agora.search.outbox;

/**
 * Elasticsearch's answer for one item of a bulk request.
 *
 * @param errorType null when the item was applied
 */
record BulkItem(int status, String errorType, String errorReason) {

    static final BulkItem APPLIED = new BulkItem(200, null, null);
}
