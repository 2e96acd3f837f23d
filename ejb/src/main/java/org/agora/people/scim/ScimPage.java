package org.agora.people.scim;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The part of a list a client asked for (RFC 7644 §3.4.2.4): from the 1-based {@code startIndex}, {@code count}
 * resources at most.
 */
record ScimPage(int startIndex, int count) {

    static final int DEFAULT_COUNT = 100;
    static final int MAX_COUNT = 200;

    /** Reads the query parameters; as the RFC says, a startIndex below 1 counts as 1 and a negative count as 0. */
    static ScimPage of(String startIndex, String count) {
        int start = number(startIndex, "startIndex", 1);
        int size = number(count, "count", DEFAULT_COUNT);
        return new ScimPage(Math.max(1, start), Math.min(Math.max(0, size), MAX_COUNT));
    }

    int offset() {
        return startIndex - 1;
    }

    /** This page of {@code all}, which is already filtered and in order. */
    <T> List<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        return all.subList(from, Math.min(all.size(), from + count));
    }

    JsonObject listResponse(long totalResults, List<JsonObject> resources) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        resources.forEach(items::add);
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
                .add("totalResults", totalResults)
                .add("itemsPerPage", resources.size())
                .add("startIndex", startIndex)
                .add("Resources", items)
                .build();
    }

    private static int number(String value, String name, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue(name + " is a whole number, not \"" + value + "\".");
        }
    }
}
