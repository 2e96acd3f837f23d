package org.agora.people.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2). Names are read case-insensitively: Entra ID sends
 * {@code "op": "Replace"}, which the RFC spells in lower case.
 *
 * @param path  null when the value is an object of attributes to add or replace
 * @param value null when the request has none, as a remove usually has not
 */
record PatchOperation(Kind kind, String path, JsonValue value) {

    enum Kind { ADD, REPLACE, REMOVE }

    /** The operations of a request, in order; at least one. */
    static List<PatchOperation> of(JsonObject request) {
        JsonValue operations = member(request, "Operations");
        if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY
                || operations.asJsonArray().isEmpty()) {
            throw ScimException.invalidSyntax("A PATCH request lists its changes in \"Operations\", such as "
                    + "{\"op\": \"replace\", \"path\": \"active\", \"value\": false}.");
        }
        List<PatchOperation> all = new ArrayList<>();
        for (JsonValue operation : operations.asJsonArray()) {
            if (operation.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.invalidSyntax("Each operation is an object with op, path and value.");
            }
            all.add(read(operation.asJsonObject()));
        }
        return all;
    }

    /** The value as an object of attributes, as an operation without a path must give it. */
    JsonObject attributes() {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidValue("An operation without a path gives its attributes as an object, such as "
                    + "{\"op\": \"replace\", \"value\": {\"title\": \"Engineer\"}}.");
        }
        return value.asJsonObject();
    }

    /** The member of {@code object} whose name is {@code name} in any case; null if there is none. */
    static JsonValue member(JsonObject object, String name) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static PatchOperation read(JsonObject operation) {
        JsonValue op = member(operation, "op");
        Kind kind = null;
        if (op instanceof JsonString name) {
            kind = switch (name.getString().strip().toLowerCase(Locale.ROOT)) {
                case "add" -> Kind.ADD;
                case "replace" -> Kind.REPLACE;
                case "remove" -> Kind.REMOVE;
                default -> null;
            };
        }
        if (kind == null) {
            throw ScimException.invalidSyntax("An operation's op is add, replace or remove, not " + op + ".");
        }
        JsonValue path = member(operation, "path");
        if (path != null && path.getValueType() != JsonValue.ValueType.NULL && !(path instanceof JsonString)) {
            throw ScimException.invalidPath("An operation's path is a string, such as \"name.givenName\".");
        }
        String pathText = path instanceof JsonString text && !text.getString().isBlank() ? text.getString() : null;
        return new PatchOperation(kind, pathText, member(operation, "value"));
    }
}
