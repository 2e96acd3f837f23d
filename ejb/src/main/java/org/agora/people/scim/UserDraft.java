package org.agora.people.scim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.agora.people.scim.PatchOperation.Kind;

/**
 * A SCIM User being put together from a request: the attributes the request sets, over the user as they stand.
 * Creating, replacing and patching all go through {@link #set} and {@link #remove}, so an attribute means the same
 * in each. Attributes Agora does not keep (phone numbers, addresses, other extensions) are accepted and ignored,
 * since identity providers send them whether or not the application uses them.
 */
final class UserDraft {

    private enum Field {
        USER_NAME, EXTERNAL_ID, EMPLOYEE_NUMBER, FORMATTED_NAME, GIVEN_NAME, FAMILY_NAME, DISPLAY_NAME, EMAIL,
        TITLE, DEPARTMENT, MANAGER, ACTIVE
    }

    /** The parts of a name Agora makes its full name from. */
    private static final Set<String> NAME_PARTS = Set.of("formatted", "givenname", "familyname");

    /** What a request body may carry besides attributes: never written by the client. */
    private static final Set<String> NOT_ATTRIBUTES = Set.of("schemas", "id", "meta");

    private final ScimUser base;
    private final boolean creating;
    private final Map<Field, String> set = new EnumMap<>(Field.class);

    private UserDraft(ScimUser base, boolean creating) {
        this.base = base;
        this.creating = creating;
    }

    static UserDraft creating() {
        return new UserDraft(ScimUser.NEW, true);
    }

    /** A PUT replaces the user: what it leaves out of what an employee may lack (title, department, manager) is cleared. */
    static UserDraft replacing(ScimUser current) {
        return new UserDraft(current.withoutOptionalAttributes(), false);
    }

    static UserDraft patching(ScimUser current) {
        return new UserDraft(current, false);
    }

    /** Takes the attributes of a whole User resource, as POST and PUT send it. */
    UserDraft read(JsonObject user) {
        setAll(Kind.REPLACE, user);
        return this;
    }

    /** Applies a PATCH request's operations in order. */
    UserDraft patch(JsonObject request) {
        for (PatchOperation operation : PatchOperation.of(request)) {
            if (operation.path() == null) {
                if (operation.kind() == Kind.REMOVE) {
                    throw ScimException.noTarget("A remove operation needs a path naming what to remove.");
                }
                setAll(operation.kind(), operation.attributes());
            } else if (operation.kind() == Kind.REMOVE) {
                remove(AttributePath.parse(operation.path()));
            } else {
                set(operation.kind(), AttributePath.parse(operation.path()), operation.value());
            }
        }
        return this;
    }

    /** The user as the request leaves them, checked. */
    ScimUser result() {
        String userName = firstGiven(set.get(Field.USER_NAME), base.userName());
        // Agora has no place of its own for SCIM's externalId: the employee number is both, and the enterprise
        // employeeNumber wins when one request sets the two differently.
        String employeeNumber = firstGiven(set.get(Field.EMPLOYEE_NUMBER), set.get(Field.EXTERNAL_ID),
                base.employeeNumber());
        String email = set.containsKey(Field.EMAIL) ? set.get(Field.EMAIL) : base.email();
        if (email == null && creating && userName != null && userName.contains("@")) {
            // Identity providers often sign people in with their address and send no separate e-mail.
            email = userName;
        }
        String manager = set.get(Field.MANAGER);
        Long managerId = set.containsKey(Field.MANAGER) ? (manager == null ? null : managerId(manager)) : base.managerId();
        boolean active = set.containsKey(Field.ACTIVE) ? Boolean.parseBoolean(set.get(Field.ACTIVE)) : base.active();
        return new ScimUser(userName, employeeNumber, fullName(), email == null ? null : email.toLowerCase(Locale.ROOT),
                kept(Field.TITLE, base.title()), kept(Field.DEPARTMENT, base.department()), managerId, active)
                .validated();
    }

    private void setAll(Kind kind, JsonObject attributes) {
        for (Map.Entry<String, JsonValue> attribute : attributes.entrySet()) {
            String name = attribute.getKey();
            if (name.equalsIgnoreCase(ScimSchemas.ENTERPRISE_USER)) {
                for (Map.Entry<String, JsonValue> enterprise : object(attribute.getValue(), name).entrySet()) {
                    set(kind, AttributePath.parse(ScimSchemas.ENTERPRISE_USER + ":" + enterprise.getKey()),
                            enterprise.getValue());
                }
            } else if (!NOT_ATTRIBUTES.contains(AttributePath.lowerCase(name))) {
                set(kind, AttributePath.parse(name), attribute.getValue());
            }
        }
    }

    private void set(Kind kind, AttributePath path, JsonValue value) {
        switch (path.schema()) {
            case CORE -> setCore(kind, path, value);
            case ENTERPRISE -> setEnterprise(path, value);
            case OTHER -> {
                // an extension Agora does not keep
            }
        }
    }

    private void setCore(Kind kind, AttributePath path, JsonValue value) {
        switch (path.attribute()) {
            case "username" -> set.put(Field.USER_NAME, text(simple(path, value), "userName"));
            case "externalid" -> set.put(Field.EXTERNAL_ID, text(simple(path, value), "externalId"));
            case "displayname" -> set.put(Field.DISPLAY_NAME, text(simple(path, value), "displayName"));
            case "title" -> set.put(Field.TITLE, text(simple(path, value), "title"));
            case "active" -> set.put(Field.ACTIVE, String.valueOf(active(simple(path, value))));
            case "name" -> setName(path, value);
            case "emails" -> setEmail(kind, path, value);
            default -> {
                // attributes Agora does not keep, such as phoneNumbers, or that nobody writes, such as groups
            }
        }
    }

    private void setEnterprise(AttributePath path, JsonValue value) {
        switch (path.attribute()) {
            case "employeenumber" -> set.put(Field.EMPLOYEE_NUMBER, text(simple(path, value), "employeeNumber"));
            case "department" -> set.put(Field.DEPARTMENT, text(simple(path, value), "department"));
            case "manager" -> {
                // {"value": "42"} as the RFC has it, or "42" alone as Entra ID sends it in PATCH
                JsonValue id = path.subAttribute() == null && value != null
                        && value.getValueType() == JsonValue.ValueType.OBJECT
                        ? PatchOperation.member(value.asJsonObject(), "value") : value;
                if (path.subAttribute() == null || path.subAttribute().equals("value")) {
                    set.put(Field.MANAGER, text(id, "manager.value"));
                }
            }
            default -> {
                // costCenter, organization, division: Agora does not keep them
            }
        }
    }

    private void setName(AttributePath path, JsonValue value) {
        if (path.subAttribute() != null) {
            setNamePart(path.subAttribute(), value);
        } else if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            for (Map.Entry<String, JsonValue> part : object(value, "name").entrySet()) {
                setNamePart(AttributePath.lowerCase(part.getKey()), part.getValue());
            }
        }
    }

    private void setNamePart(String part, JsonValue value) {
        switch (part) {
            case "formatted" -> set.put(Field.FORMATTED_NAME, text(value, "name.formatted"));
            case "givenname" -> set.put(Field.GIVEN_NAME, text(value, "name.givenName"));
            case "familyname" -> set.put(Field.FAMILY_NAME, text(value, "name.familyName"));
            default -> {
                // middle names and honorifics are not part of the name Agora shows
            }
        }
    }

    /** Agora keeps one address, the work one: the primary address, else the first. */
    private void setEmail(Kind kind, AttributePath path, JsonValue value) {
        if (path.valueFilter() != null && !picksWorkAddress(path.valueFilter())) {
            return;
        }
        if (path.subAttribute() != null) {
            if (path.subAttribute().equals("value")) {
                set.put(Field.EMAIL, text(value, "emails.value"));
            }
            return;
        }
        List<JsonObject> emails = objects(value, "emails");
        if (path.valueFilter() != null) {
            set.put(Field.EMAIL, emails.isEmpty() ? null
                    : text(PatchOperation.member(emails.get(0), "value"), "emails.value"));
            return;
        }
        JsonObject primary = emails.stream()
                .filter(email -> isTrue(PatchOperation.member(email, "primary")))
                .findFirst().orElse(null);
        boolean haveOne = set.get(Field.EMAIL) != null || (!set.containsKey(Field.EMAIL) && base.email() != null);
        if (kind == Kind.ADD && primary == null && haveOne) {
            return; // a further address added beside the one Agora keeps
        }
        JsonObject chosen = primary != null ? primary : emails.isEmpty() ? null : emails.get(0);
        set.put(Field.EMAIL, chosen == null ? null : text(PatchOperation.member(chosen, "value"), "emails.value"));
    }

    private void remove(AttributePath path) {
        if (path.schema() == AttributePath.Schema.ENTERPRISE) {
            switch (path.attribute()) {
                case "department" -> set.put(Field.DEPARTMENT, null);
                case "manager" -> set.put(Field.MANAGER, null);
                case "employeenumber" -> throw required("employeeNumber");
                default -> {
                    // not kept, so nothing to remove
                }
            }
        } else if (path.schema() == AttributePath.Schema.CORE) {
            switch (path.attribute()) {
                case "title" -> set.put(Field.TITLE, null);
                case "username", "externalid", "active", "displayname" -> throw required(path.attribute());
                case "name" -> {
                    if (path.subAttribute() == null || NAME_PARTS.contains(path.subAttribute())) {
                        throw required("name");
                    }
                }
                case "emails" -> {
                    if (path.valueFilter() == null || picksWorkAddress(path.valueFilter())) {
                        throw required("emails");
                    }
                }
                default -> {
                    // not kept, so nothing to remove
                }
            }
        }
    }

    /**
     * Agora keeps one full name. A request that sets only a given or a family name combines it with the rest of the
     * current name, split at its first space; name.formatted, when sent, is taken as it is.
     */
    private String fullName() {
        String formatted = set.get(Field.FORMATTED_NAME);
        if (formatted != null) {
            return formatted;
        }
        if (set.get(Field.GIVEN_NAME) != null || set.get(Field.FAMILY_NAME) != null) {
            String current = base.fullName();
            int space = current == null ? -1 : current.indexOf(' ');
            String given = set.containsKey(Field.GIVEN_NAME) ? set.get(Field.GIVEN_NAME)
                    : space < 0 ? current : current.substring(0, space);
            String family = set.containsKey(Field.FAMILY_NAME) ? set.get(Field.FAMILY_NAME)
                    : space < 0 ? null : current.substring(space + 1).strip();
            List<String> parts = new ArrayList<>();
            if (given != null) {
                parts.add(given);
            }
            if (family != null && !family.isEmpty()) {
                parts.add(family);
            }
            return String.join(" ", parts);
        }
        return firstGiven(set.get(Field.DISPLAY_NAME), base.fullName());
    }

    private String kept(Field field, String current) {
        return set.containsKey(field) ? set.get(field) : current;
    }

    private static Long managerId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue("The manager is given by their id in Agora, such as \"42\", not \""
                    + id + "\".");
        }
    }

    private static boolean picksWorkAddress(ScimFilter filter) {
        AttributePath attribute = filter.attribute();
        return switch (attribute.attribute()) {
            case "type" -> "work".equalsIgnoreCase(filter.text());
            case "primary" -> isTrue(filter.value());
            case "value" -> true;
            default -> false;
        };
    }

    private static JsonValue simple(AttributePath path, JsonValue value) {
        if (path.valueFilter() != null || path.subAttribute() != null) {
            throw ScimException.invalidPath(path.attribute() + " has no sub-attributes or values to pick.");
        }
        return value;
    }

    /** Text with surrounding spaces removed; null for null or blank. Numbers are taken as their digits. */
    private static String text(JsonValue value, String attribute) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text;
        if (value instanceof JsonString string) {
            text = string.getString();
        } else if (value instanceof JsonNumber number) {
            text = number.toString();
        } else {
            throw ScimException.invalidValue(attribute + " is text, not " + value + ".");
        }
        return text.isBlank() ? null : text.strip();
    }

    /** true or false; Entra ID sends them as the strings "True" and "False". */
    private static boolean active(JsonValue value) {
        if (isTrue(value)) {
            return true;
        }
        if (is(value, JsonValue.ValueType.FALSE) || isText(value, "false")) {
            return false;
        }
        throw ScimException.invalidValue("active is true or false, not " + value + ".");
    }

    private static boolean isTrue(JsonValue value) {
        return is(value, JsonValue.ValueType.TRUE) || isText(value, "true");
    }

    private static boolean is(JsonValue value, JsonValue.ValueType type) {
        return value != null && value.getValueType() == type;
    }

    private static boolean isText(JsonValue value, String text) {
        return value instanceof JsonString string && string.getString().strip().equalsIgnoreCase(text);
    }

    private static JsonObject object(JsonValue value, String attribute) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidValue(attribute + " is an object of attributes, not " + value + ".");
        }
        return value.asJsonObject();
    }

    /** A multi-valued attribute's values; a single object is taken as the only value. */
    private static List<JsonObject> objects(JsonValue value, String attribute) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(value.asJsonObject());
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimException.invalidValue(attribute + " is a list of objects such as "
                    + "[{\"value\": \"bjensen@example.com\", \"type\": \"work\", \"primary\": true}].");
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            objects.add(object(item, attribute));
        }
        return objects;
    }

    private static ScimException required(String attribute) {
        return ScimException.mutability("Every Agora user keeps " + attribute + "; replace it rather than remove it.");
    }

    private static String firstGiven(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
