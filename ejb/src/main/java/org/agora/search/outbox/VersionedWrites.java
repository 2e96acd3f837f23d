package org.agora.search.outbox;

import java.io.ByteArrayOutputStream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

/**
 * Bulk operations that carry an external version: Elasticsearch applies one only if its version is higher than the
 * document's, so whichever write read the database last wins, in whatever order the writes arrive.
 */
final class VersionedWrites {

    private static final Jsonb JSON = JsonbBuilder.create();

    private VersionedWrites() {
    }

    /** A document built from the database (a record such as {@code ContentDocument}) as the JSON a bulk request carries. */
    static byte[] json(Object document) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1_024);
        JSON.toJson(document, json);
        return json.toByteArray();
    }

    static BulkOperation index(String target, String documentId, byte[] json, long version) {
        BinaryData document = BinaryData.of(json, ContentType.APPLICATION_JSON);
        return BulkOperation.of(op -> op.index(i -> i.index(target).id(documentId)
                .version(version).versionType(VersionType.External).document(document)));
    }
}
