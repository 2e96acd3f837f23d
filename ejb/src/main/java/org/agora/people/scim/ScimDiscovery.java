package org.agora.people.scim;

import java.net.URI;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What Agora's SCIM service offers (RFC 7644 §4): its configuration, its two resource types and the schemas of the
 * attributes it keeps. Identity providers read these to learn what they may send.
 */
public final class ScimDiscovery {

    private ScimDiscovery() {
    }

    public static JsonObject serviceProviderConfig(URI base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.SERVICE_PROVIDER_CONFIG))
                .add("patch", supported(true))
                .add("bulk", supported(false).add("maxOperations", 0).add("maxPayloadSize", 0))
                .add("filter", supported(true).add("maxResults", ScimPage.MAX_COUNT))
                .add("changePassword", supported(false))
                .add("sort", supported(false))
                .add("etag", supported(false))
                .add("authenticationSchemes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "Provisioning token")
                        .add("description", "A SCIM token an administrator makes on Agora's access tokens page, sent as "
                                + "Authorization: Bearer agora_…")
                        .add("primary", true)))
                .add("meta", meta("ServiceProviderConfig", base.resolve("ServiceProviderConfig")))
                .build();
    }

    public static JsonObject resourceTypes(URI base) {
        return everything(List.of(userType(base), groupType(base)));
    }

    /** The resource type named {@code id}, User or Group; null for anything else. */
    public static JsonObject resourceType(String id, URI base) {
        return switch (id) {
            case "User" -> userType(base);
            case "Group" -> groupType(base);
            default -> null;
        };
    }

    public static JsonObject schemas(URI base) {
        return everything(List.of(userSchema(base), enterpriseUserSchema(base), groupSchema(base)));
    }

    /** The schema whose URN is {@code id}; null for one Agora does not keep. */
    public static JsonObject schema(String id, URI base) {
        return switch (id) {
            case ScimSchemas.USER -> userSchema(base);
            case ScimSchemas.ENTERPRISE_USER -> enterpriseUserSchema(base);
            case ScimSchemas.GROUP -> groupSchema(base);
            default -> null;
        };
    }

    private static JsonObject userType(URI base) {
        return resourceType("User", "/Users", "An employee and their account", ScimSchemas.USER, base)
                .add("schemaExtensions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("schema", ScimSchemas.ENTERPRISE_USER).add("required", false)))
                .build();
    }

    private static JsonObject groupType(URI base) {
        return resourceType("Group", "/Groups", "A role, whose members hold it, or a department, which cannot be changed",
                ScimSchemas.GROUP, base).build();
    }

    private static JsonObjectBuilder resourceType(String id, String endpoint, String description, String schema, URI base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.RESOURCE_TYPE))
                .add("id", id)
                .add("name", id)
                .add("endpoint", endpoint)
                .add("description", description)
                .add("schema", schema)
                .add("meta", meta("ResourceType", base.resolve("ResourceTypes/" + id)));
    }

    private static JsonObject userSchema(URI base) {
        JsonArrayBuilder nameParts = Json.createArrayBuilder()
                .add(text("formatted", "The full name as shown", false, "none"))
                .add(text("givenName", "Joined with familyName when no formatted name is sent", false, "none"))
                .add(text("familyName", "Joined with givenName when no formatted name is sent", false, "none"));
        JsonArrayBuilder emailParts = Json.createArrayBuilder()
                .add(text("value", "The address", true, "server"))
                .add(text("type", "work", false, "none"))
                .add(attribute("primary", "boolean", "True for the address Agora keeps", false, false, "readWrite", "none"));
        return schema(ScimSchemas.USER, "User", "An employee and their account", base, Json.createArrayBuilder()
                .add(text("userName", "What the employee signs in with; unique in any case", true, "server"))
                .add(complex("name", "The employee's full name", false, nameParts))
                .add(text("displayName", "The full name, taken when no name is sent", false, "none"))
                .add(complex("emails", "The work address: the primary one sent, else the first", true, emailParts)
                        .add("multiValued", true))
                .add(text("title", "The job title", false, "none"))
                .add(attribute("active", "boolean", "Whether the account is open; false once the employee has left",
                        false, false, "readWrite", "none")));
    }

    private static JsonObject enterpriseUserSchema(URI base) {
        JsonArrayBuilder managerParts = Json.createArrayBuilder()
                .add(text("value", "The manager's id", false, "none"))
                .add(reference("The manager's location", "readWrite"))
                .add(attribute("displayName", "string", "The manager's full name", false, false, "readOnly", "none"));
        return schema(ScimSchemas.ENTERPRISE_USER, "EnterpriseUser", "Where the employee sits in the company", base,
                Json.createArrayBuilder()
                        .add(text("employeeNumber", "The employee number, which is also the externalId", false, "server"))
                        .add(text("department", "The department, whose group the employee is in", false, "none"))
                        .add(complex("manager", "The employee's manager", false, managerParts)));
    }

    private static JsonObject groupSchema(URI base) {
        JsonArrayBuilder memberParts = Json.createArrayBuilder()
                .add(attribute("value", "string", "The user's id", false, false, "immutable", "none"))
                .add(attribute("display", "string", "The user's full name", false, false, "readOnly", "none"))
                .add(attribute("type", "string", "User", false, false, "immutable", "none"))
                .add(reference("The user's location", "immutable"));
        return schema(ScimSchemas.GROUP, "Group", "A role, whose members hold it, or a department", base,
                Json.createArrayBuilder()
                        .add(attribute("displayName", "string", "Agora's name for the group", true, false, "readOnly",
                                "server"))
                        .add(complex("members", "The users in the group; only a role group's may change", false,
                                memberParts).add("multiValued", true)));
    }

    private static JsonObject schema(String id, String name, String description, URI base, JsonArrayBuilder attributes) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.SCHEMA))
                .add("id", id)
                .add("name", name)
                .add("description", description)
                .add("attributes", attributes)
                .add("meta", meta("Schema", base.resolve("Schemas/" + id)))
                .build();
    }

    private static JsonObjectBuilder text(String name, String description, boolean required, String uniqueness) {
        return attribute(name, "string", description, required, false, "readWrite", uniqueness);
    }

    private static JsonObjectBuilder reference(String description, String mutability) {
        return attribute("$ref", "reference", description, false, true, mutability, "none")
                .add("referenceTypes", Json.createArrayBuilder().add("User"));
    }

    private static JsonObjectBuilder complex(String name, String description, boolean required,
                                             JsonArrayBuilder subAttributes) {
        return attribute(name, "complex", description, required, false, "readWrite", "none")
                .add("subAttributes", subAttributes);
    }

    private static JsonObjectBuilder attribute(String name, String type, String description, boolean required,
                                               boolean caseExact, String mutability, String uniqueness) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("type", type)
                .add("multiValued", false)
                .add("description", description)
                .add("required", required)
                .add("caseExact", caseExact)
                .add("mutability", mutability)
                .add("returned", "default")
                .add("uniqueness", uniqueness);
    }

    private static JsonObject everything(List<JsonObject> resources) {
        return new ScimPage(1, resources.size()).listResponse(resources.size(), resources);
    }

    private static JsonObjectBuilder supported(boolean supported) {
        return Json.createObjectBuilder().add("supported", supported);
    }

    private static JsonObjectBuilder meta(String resourceType, URI location) {
        return Json.createObjectBuilder().add("resourceType", resourceType).add("location", location.toString());
    }
}
