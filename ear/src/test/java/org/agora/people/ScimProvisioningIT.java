package org.agora.people;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The company's identity provider keeps employees in Agora through SCIM 2.0 (RFC 7644), as Entra ID or Okta would:
 * users created, found, changed and deactivated, and roles granted through groups, all with a provisioning token.
 */
class ScimProvisioningIT extends DeployedAgora {

    private static final String SCIM_JSON = "application/scim+json";
    private static final String USERS = "scim/v2/Users";
    private static final String GROUPS = "scim/v2/Groups";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** One token for the whole class, revoked at the end: an administrator may hold at most 20 active ones. */
    private static ProvisioningToken token;

    @AfterAll
    static void revokeTheToken() {
        if (token != null) {
            token.revoke();
        }
    }

    @Test
    void creatingAUserAnswersItAndWhereItLives() {
        NewUser barbara = new NewUser();

        HttpResponse<String> created = scim().postRaw(USERS, SCIM_JSON, barbara.json());

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Content-Type").orElse("").startsWith(SCIM_JSON));
        JsonObject user = AgoraClient.json(created);
        String id = user.getString("id");
        assertEquals(created.headers().firstValue("Location").orElse(""), user.getJsonObject("meta").getString("location"));
        assertTrue(user.getJsonObject("meta").getString("location").endsWith("/scim/v2/Users/" + id), created.body());
        assertEquals("User", user.getJsonObject("meta").getString("resourceType"));
        assertEquals(barbara.userName, user.getString("userName"));
        assertEquals(barbara.userName, user.getString("externalId"), "the externalId is the employee number");
        assertTrue(user.getBoolean("active"));
    }

    @Test
    void aUserIsReadBackByTheirId() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());

        HttpResponse<String> read = scim().get(USERS + "/" + id);

        assertEquals(200, read.statusCode(), read.body());
        JsonObject user = AgoraClient.json(read);
        assertEquals(id, user.getString("id"));
        assertEquals("Ms. Barbara J Jensen III", user.getJsonObject("name").getString("formatted"));
        assertEquals(barbara.email, user.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertEquals(barbara.userName, user.getJsonObject(ENTERPRISE).getString("employeeNumber"));
    }

    @Test
    void aUserIsFoundByTheirUserNameInAnyCase() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());

        JsonObject found = list("filter=" + encode("userName eq \"" + barbara.userName.toUpperCase() + "\""));

        assertEquals(1, found.getInt("totalResults"), found.toString());
        assertEquals(id, found.getJsonArray("Resources").getJsonObject(0).getString("id"));
    }

    @Test
    void aFilterThatMatchesNobodyFindsNothing() {
        JsonObject found = list("filter=" + encode("userName eq \"nobody-" + new NewUser().suffix + "\""));

        assertEquals(0, found.getInt("totalResults"), found.toString());
    }

    @Test
    void usersComeInPagesFromAOneBasedStartIndex() {
        List<String> created = IntStream.range(0, 3).mapToObj(i -> create(new NewUser().json())).toList();
        int total = list("count=0").getInt("totalResults");

        JsonObject lastThree = list("startIndex=" + (total - 2) + "&count=3");
        JsonObject middleOne = list("startIndex=" + (total - 1) + "&count=1");

        assertEquals(created, ids(lastThree), "users come in the order of their ids, so the newest last");
        assertEquals(total - 2, lastThree.getInt("startIndex"));
        assertEquals(3, lastThree.getInt("itemsPerPage"));
        assertEquals(total, lastThree.getInt("totalResults"));
        assertEquals(List.of(created.get(1)), ids(middleOne));
        assertEquals(Math.min(total, 200), list("count=500").getInt("itemsPerPage"), "at most 200 a page");
    }

    @Test
    void putReplacesTheUser() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());

        HttpResponse<String> replaced = scim().putRaw(USERS + "/" + id, SCIM_JSON, """
                {"schemas": ["%s", "%s"], "userName": "%s", "externalId": "%s",
                 "name": {"givenName": "Barbara", "familyName": "Jensen-Smith"},
                 "title": "Head of Tours", "emails": [{"value": "%s", "type": "work", "primary": true}],
                 "%s": {"department": "Tours %s"}}"""
                .formatted(USER_SCHEMA, ENTERPRISE, barbara.userName, barbara.userName, barbara.email, ENTERPRISE,
                        barbara.suffix));

        assertEquals(200, replaced.statusCode(), replaced.body());
        JsonObject user = read(id);
        assertEquals("Barbara Jensen-Smith", user.getJsonObject("name").getString("formatted"));
        assertEquals("Head of Tours", user.getString("title"));
        assertEquals("Tours " + barbara.suffix, user.getJsonObject(ENTERPRISE).getString("department"));
    }

    @Test
    void entraIdsPatchDeactivatesTheUserAndClosesTheirAccount() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());

        HttpResponse<String> patched = scim().patchRaw(USERS + "/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}"""
                .formatted(PATCH_OP));

        assertEquals(200, patched.statusCode(), patched.body());
        assertFalse(read(id).getBoolean("active"));
        assertFalse(account(barbara.userName).getBoolean("enabled"), "the account is closed");
    }

    @Test
    void patchChangesAttributesByPathAndWithoutOne() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());
        String managerId = create(new NewUser().json());
        String newEmail = "babs." + barbara.suffix + "@example.com";

        HttpResponse<String> patched = scim().patchRaw(USERS + "/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [
                  {"op": "Replace", "path": "name.givenName", "value": "Babs"},
                  {"op": "Replace", "path": "name.familyName", "value": "Jensen"},
                  {"op": "Replace", "path": "emails[type eq \\"work\\"].value", "value": "%s"},
                  {"op": "Replace", "path": "title", "value": "Senior Tour Guide"},
                  {"op": "Replace", "path": "%s:department", "value": "Tours"},
                  {"op": "Add", "value": {"%s": {"manager": {"value": "%s"}}}}]}"""
                .formatted(PATCH_OP, newEmail, ENTERPRISE, ENTERPRISE, managerId));

        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject user = read(id);
        assertEquals("Babs Jensen", user.getJsonObject("name").getString("formatted"));
        assertEquals(newEmail, user.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertEquals("Senior Tour Guide", user.getString("title"));
        assertEquals("Tours", user.getJsonObject(ENTERPRISE).getString("department"));
        assertEquals(managerId, user.getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"));
    }

    @Test
    void deleteDeactivatesTheUserAndKeepsThem() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());

        HttpResponse<String> deleted = scim().delete(USERS + "/" + id);

        assertEquals(204, deleted.statusCode(), deleted.body());
        assertFalse(read(id).getBoolean("active"), "still there, for what they wrote, but inactive");
        assertFalse(account(barbara.userName).getBoolean("enabled"));
    }

    @Test
    void aUserNameTakenInAnotherCaseIsAUniquenessConflict() {
        NewUser barbara = new NewUser();
        create(barbara.json());
        NewUser namesake = new NewUser();

        HttpResponse<String> refused = scim().postRaw(USERS, SCIM_JSON,
                namesake.json().replace("\"userName\": \"" + namesake.userName + "\"",
                        "\"userName\": \"" + barbara.userName.toUpperCase() + "\""));

        assertEquals(409, refused.statusCode(), refused.body());
        assertError(refused, "409", "uniqueness");
    }

    @Test
    void aFilterAgoraCannotAnswerIsAnInvalidFilter() {
        HttpResponse<String> refused = scim().get(USERS + "?filter=" + encode("userName co \"jensen\""));

        assertEquals(400, refused.statusCode(), refused.body());
        assertError(refused, "400", "invalidFilter");
    }

    @Test
    void anUnknownUserIsNotFound() {
        HttpResponse<String> missing = scim().get(USERS + "/999999999999");

        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith(SCIM_JSON));
        assertError(missing, "404", null);
    }

    @Test
    void withoutATokenScimAnswers401() {
        assertEquals(401, AgoraClient.anonymous(base).get(USERS).statusCode());
        assertEquals(401, AgoraClient.as(base, "alex").get(USERS).statusCode(), "a password is not a provisioning token");
    }

    @Test
    void aPersonalReadTokenMayNotProvision() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        HttpResponse<String> made = sam.postRaw("api/v1/tokens", "application/json",
                "{\"name\":\"SCIM test read\",\"scope\":\"READ\",\"days\":1}");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject readToken = AgoraClient.json(made);
        try {
            HttpResponse<String> refused = AgoraClient.withBearer(base, readToken.getString("secret")).get(USERS);

            assertEquals(403, refused.statusCode(), refused.body());
        } finally {
            sam.delete("api/v1/tokens/" + readToken.getJsonObject("token").getJsonNumber("id").longValue());
        }
    }

    @Test
    void onlyAdministratorsMakeProvisioningTokens() {
        HttpResponse<String> refused = AgoraClient.as(base, "sam").postRaw("api/v1/tokens", "application/json",
                "{\"name\":\"SCIM test\",\"scope\":\"SCIM\",\"days\":1}");

        assertEquals(403, refused.statusCode(), refused.body());
    }

    @Test
    void joiningTheModeratorsGroupMakesAUserAModeratorAndLeavingItUndoesIt() {
        NewUser barbara = new NewUser();
        String id = create(barbara.json());
        JsonObject found = AgoraClient.json(scim().get(GROUPS + "?filter=" + encode("displayName eq \"Agora moderators\"")
                + "&excludedAttributes=members"));
        assertEquals(1, found.getInt("totalResults"), found.toString());
        JsonObject moderators = found.getJsonArray("Resources").getJsonObject(0);
        assertFalse(moderators.containsKey("members"), "members were excluded");
        String group = GROUPS + "/" + moderators.getString("id");

        HttpResponse<String> added = scim().patchRaw(group, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "Add", "path": "members", "value": [{"value": "%s"}]}]}"""
                .formatted(PATCH_OP, id));
        List<String> rolesAfterJoining = roles(barbara.userName);
        HttpResponse<String> removed = scim().patchRaw(group, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "remove", "path": "members[value eq \\"%s\\"]"}]}"""
                .formatted(PATCH_OP, id));

        assertEquals(200, added.statusCode(), added.body());
        assertTrue(rolesAfterJoining.contains("MODERATOR"), rolesAfterJoining.toString());
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of("EMPLOYEE"), roles(barbara.userName));
    }

    @Test
    void aDepartmentIsAGroupOfItsEmployeesThatOnlyTheirRecordsChange() {
        NewUser barbara = new NewUser();
        String department = "Guided Tours " + barbara.suffix;
        String id = create(barbara.json().replace("\"externalId\"",
                "\"" + ENTERPRISE + "\": {\"department\": \"" + department + "\"}, \"externalId\""));

        JsonObject found = AgoraClient.json(
                scim().get(GROUPS + "?filter=" + encode("displayName eq \"" + department + "\"")));
        JsonObject group = found.getJsonArray("Resources").getJsonObject(0);
        HttpResponse<String> refused = scim().patchRaw(GROUPS + "/" + group.getString("id"), SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "remove", "path": "members"}]}""".formatted(PATCH_OP));

        assertEquals("department-guided-tours-" + barbara.suffix, group.getString("id"));
        assertEquals(List.of(id), group.getJsonArray("members").stream()
                .map(member -> member.asJsonObject().getString("value")).toList());
        assertEquals(400, refused.statusCode(), refused.body());
        assertError(refused, "400", "mutability");
    }

    @Test
    void theRestApiAndScimDoNotAnswerForEachOther() {
        AgoraClient alex = AgoraClient.as(base, "alex");

        HttpResponse<String> apiUnderScim = scim().get("scim/v2/v1/accounts");
        HttpResponse<String> scimUnderApi = alex.get("api/Users");

        assertEquals(404, apiUnderScim.statusCode(), apiUnderScim.body());
        assertError(apiUnderScim, "404", null);
        assertEquals(404, scimUnderApi.statusCode(), scimUnderApi.body());
        assertTrue(scimUnderApi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "the REST API's own problem details, not SCIM's error");
        assertEquals(404, alex.get("api/ServiceProviderConfig").statusCode());
        assertEquals(404, scim().get("scim/v2/health").statusCode());
    }

    @Test
    void theServiceDescribesWhatItSupports() {
        JsonObject config = AgoraClient.json(scim().get("scim/v2/ServiceProviderConfig"));
        JsonObject types = AgoraClient.json(scim().get("scim/v2/ResourceTypes"));
        JsonObject schemas = AgoraClient.json(scim().get("scim/v2/Schemas"));

        assertTrue(config.getJsonObject("patch").getBoolean("supported"));
        assertEquals(200, config.getJsonObject("filter").getInt("maxResults"));
        assertEquals(List.of("User", "Group"), types.getJsonArray("Resources").stream()
                .map(type -> type.asJsonObject().getString("id")).toList());
        assertTrue(schemas.getJsonArray("Resources").stream()
                .anyMatch(schema -> USER_SCHEMA.equals(schema.asJsonObject().getString("id"))));
    }

    /** Barbara Jensen of RFC 7644 §3.3, made unique; with an e-mail address, which every employee needs. */
    private static final class NewUser {
        final String suffix = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        final String userName = "bjensen-" + suffix;
        final String email = "bjensen." + suffix + "@example.com";

        String json() {
            return """
                    {"schemas": ["%s"], "userName": "%s", "externalId": "%s",
                     "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen", "givenName": "Barbara"},
                     "emails": [{"value": "%s", "type": "work", "primary": true}]}"""
                    .formatted(USER_SCHEMA, userName, userName, email);
        }
    }

    /** A provisioning token of the demo administrator. */
    private record ProvisioningToken(URL base, long id, String secret) {

        static ProvisioningToken make(URL base) {
            HttpResponse<String> made = AgoraClient.as(base, "alex").postRaw("api/v1/tokens", "application/json",
                    "{\"name\":\"SCIM test\",\"scope\":\"SCIM\",\"days\":1}");
            assertEquals(201, made.statusCode(), made.body());
            JsonObject json = AgoraClient.json(made);
            return new ProvisioningToken(base, json.getJsonObject("token").getJsonNumber("id").longValue(),
                    json.getString("secret"));
        }

        void revoke() {
            AgoraClient.as(base, "alex").delete("api/v1/tokens/" + id);
        }
    }

    private AgoraClient scim() {
        if (token == null) {
            token = ProvisioningToken.make(base);
        }
        return AgoraClient.withBearer(base, token.secret());
    }

    /** Creates a user and answers their id. */
    private String create(String json) {
        HttpResponse<String> created = scim().postRaw(USERS, SCIM_JSON, json);
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created).getString("id");
    }

    private JsonObject read(String id) {
        HttpResponse<String> read = scim().get(USERS + "/" + id);
        assertEquals(200, read.statusCode(), read.body());
        return AgoraClient.json(read);
    }

    private JsonObject list(String query) {
        HttpResponse<String> listed = scim().get(USERS + "?" + query);
        assertEquals(200, listed.statusCode(), listed.body());
        return AgoraClient.json(listed);
    }

    /** The account as administrators see it through the REST API. */
    private JsonObject account(String username) {
        HttpResponse<String> found = AgoraClient.as(base, "alex").get("api/v1/accounts?q=" + encode(username));
        assertEquals(200, found.statusCode(), found.body());
        return AgoraClient.jsonArray(found).stream().map(JsonValue::asJsonObject)
                .filter(account -> account.getString("username").equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no account " + username + " in " + found.body()));
    }

    private List<String> roles(String username) {
        return account(username).getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).sorted().toList();
    }

    private static List<String> ids(JsonObject listResponse) {
        return listResponse.getJsonArray("Resources").stream()
                .map(user -> user.asJsonObject().getString("id")).toList();
    }

    private static void assertError(HttpResponse<String> response, String status, String scimType) {
        JsonObject error = AgoraClient.json(response);
        assertEquals(ERROR, error.getJsonArray("schemas").getString(0), response.body());
        assertEquals(status, error.getString("status"));
        if (scimType == null) {
            assertFalse(error.containsKey("scimType"), response.body());
        } else {
            assertEquals(scimType, error.getString("scimType"), response.body());
        }
        assertTrue(error.containsKey("detail"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
