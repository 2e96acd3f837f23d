package org.agora.search.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * A bulk request whose items carry an external version: Elasticsearch applies one only if its version is higher than
 * the document's, so whichever write read the database last wins, in whatever order the writes arrive.
 * <p>
 * Written straight as NDJSON and sent through the Elasticsearch client's HTTP layer; the answer is
 * read for each item's status and error alone. The drainer's documents are JSON bytes already: the typed request
 * would copy each of them again and parse every field of every item of the answer, which cost the drainer as much
 * as reading the documents from the database, and all of it while Elasticsearch waited.
 */
final class NdjsonBulk {

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
    /** Index and document names are Agora's own; anything that would need escaping in JSON is a bug. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String ONLY_STATUS_AND_ERROR = "errors,items.*.status,items.*.error.type,items.*.error.reason";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(256 * 1024);
    private int items;

    /** Index {@code json} unless the document already has {@code version} or a higher one. */
    void index(String target, String documentId, byte[] json, long version) {
        action("index", target, documentId, version);
        body.writeBytes(json);
        body.write('\n');
    }

    /** Delete the document unless it already has {@code version} or a higher one. */
    void delete(String target, String documentId, long version) {
        action("delete", target, documentId, version);
    }

    int items() {
        return items;
    }

    byte[] bytes() {
        return body.toByteArray();
    }

    /** A document built from the database (a record such as {@code ContentDocument}) as the JSON the request carries. */
    static byte[] json(Object document) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1_024);
        Documents.JSONB.toJson(document, json);
        return json.toByteArray();
    }

    /**
     * Each item's outcome, in request order, sent through the HTTP client under the typed one. A missing alias fails
     * its items; it never creates an index.
     */
    List<BulkItem> send(ElasticsearchClient elasticsearch) throws IOException {
        RestClient client = ((RestClientTransport) elasticsearch._transport()).restClient();
        Request request = new Request("POST", "/_bulk");
        request.addParameter("require_alias", "true");
        request.addParameter("filter_path", ONLY_STATUS_AND_ERROR);
        request.setEntity(new ByteArrayEntity(bytes(), NDJSON));
        Response response = client.performRequest(request);
        try (InputStream answer = response.getEntity().getContent()) {
            return items(answer, items);
        }
    }

    private void action(String operation, String target, String documentId, long version) {
        if (!PLAIN_NAME.matcher(target).matches() || !PLAIN_NAME.matcher(documentId).matches()) {
            throw new IllegalArgumentException("Unexpected index or document name: " + target + "/" + documentId);
        }
        body.writeBytes(("{\"" + operation + "\":{\"_index\":\"" + target + "\",\"_id\":\"" + documentId
                + "\",\"version\":" + version + ",\"version_type\":\"external\"}}\n").getBytes(StandardCharsets.US_ASCII));
        items++;
    }

    /**
     * Reads {@code {"errors":false}} as every item applied, and otherwise each item's status, error type and reason
     * (the answer is filtered down to those fields).
     */
    static List<BulkItem> items(InputStream answer, int expected) {
        try (JsonParser parser = Json.createParser(answer)) {
            List<BulkItem> items = new ArrayList<>(expected);
            while (parser.hasNext()) {
                if (parser.next() != Event.KEY_NAME) {
                    continue;
                }
                String key = parser.getString();
                if (key.equals("errors") && parser.next() == Event.VALUE_FALSE) {
                    return Collections.nCopies(expected, BulkItem.APPLIED);
                }
                if (key.equals("items") && parser.next() == Event.START_ARRAY) {
                    while (parser.next() == Event.START_OBJECT) {
                        items.add(item(parser));
                    }
                }
            }
            if (items.size() != expected) {
                throw new IllegalStateException("Elasticsearch answered " + items.size() + " items for " + expected);
            }
            return items;
        }
    }

    /** One {@code {"index": {"status": 409, "error": {"type": ..., "reason": ...}}}}, its first brace already read. */
    private static BulkItem item(JsonParser parser) {
        parser.next(); // the operation's name
        parser.next(); // its object
        int status = 0;
        String type = null;
        String reason = null;
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event value = parser.next();
            if (key.equals("status")) {
                status = parser.getInt();
            } else if (key.equals("error") && value == Event.START_OBJECT) {
                while (parser.next() == Event.KEY_NAME) {
                    String field = parser.getString();
                    Event detail = parser.next();
                    if (detail == Event.VALUE_STRING && field.equals("type")) {
                        type = parser.getString();
                    } else if (detail == Event.VALUE_STRING && field.equals("reason")) {
                        reason = parser.getString();
                    } else {
                        skip(parser, detail);
                    }
                }
            } else {
                skip(parser, value);
            }
        }
        parser.next(); // the item's closing brace
        return new BulkItem(status, type, reason);
    }

    private static void skip(JsonParser parser, Event value) {
        if (value == Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    /** JSON-B, created when the first document is written, not when the class loads. */
    private static final class Documents {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
