package org.agora.search.outbox;

/**
 * Elasticsearch's answer for one item of a bulk request.
 *
 * @param errorType null when the item was applied
 */
record BulkItem(int status, String errorType, String errorReason) {

    static final BulkItem APPLIED = new BulkItem(200, null, null);
    static final int VERSION_CONFLICT = 409;

    /** Not applied, for a reason other than a newer version of the document being there already. */
    boolean refused() {
        return errorType != null && status != VERSION_CONFLICT;
    }
}
