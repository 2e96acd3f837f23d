package org.agora.people.scim;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A filter Agora answers (RFC 7644 §3.4.2.2): one attribute compared with {@code eq}, such as
 * {@code userName eq "bjensen"}. Identity providers look a user or a group up this way before creating it; richer
 * filters are refused with {@code invalidFilter} rather than answered wrongly.
 */
record ScimFilter(AttributePath attribute, JsonValue value) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static ScimFilter parse(String filter) {
        String text = filter == null ? "" : filter.strip();
        String[] parts = WHITESPACE.split(text, 3);
        if (parts.length < 3 || !parts[1].equalsIgnoreCase("eq")) {
            throw unsupported(text);
        }
        AttributePath attribute;
        try {
            attribute = AttributePath.parse(parts[0]);
        } catch (ScimException notAnAttribute) {
            throw unsupported(text);
        }
        if (attribute.valueFilter() != null) {
            throw unsupported(text);
        }
        return new ScimFilter(attribute, literal(parts[2].strip(), text));
    }

    /** The value compared with, as text; null for true, false and null. */
    String text() {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonNumber number ? number.toString() : null;
    }

    private static JsonValue literal(String literal, String filter) {
        if (literal.startsWith("\"")) {
            if (closingQuote(literal) != literal.length() - 1) {
                throw unsupported(filter);
            }
            try (JsonReader reader = Json.createReader(new StringReader("[" + literal + "]"))) {
                return reader.readArray().get(0);
            } catch (JsonException e) {
                throw unsupported(filter);
            }
        }
        return switch (literal) {
            case "true" -> JsonValue.TRUE;
            case "false" -> JsonValue.FALSE;
            case "null" -> JsonValue.NULL;
            default -> {
                if (!NUMBER.matcher(literal).matches()) {
                    throw unsupported(filter);
                }
                yield Json.createValue(new BigDecimal(literal));
            }
        };
    }

    /** Where the string that opens {@code literal} ends, skipping escaped characters; -1 if it never does. */
    private static int closingQuote(String literal) {
        for (int i = 1; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static ScimException unsupported(String filter) {
        return ScimException.invalidFilter("Agora answers filters that compare one attribute with eq, such as "
                + "userName eq \"bjensen\"; \"" + filter + "\" is not one.");
    }
}
