package org.agora.people.scim;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDraftTest {

    private static final ScimUser BARBARA = new ScimUser("bjensen", "701984", "Barbara Jensen", "bjensen@example.com",
            "Tour Guide", "Tours", 7L, true);

    @Test
    void createsTheUserOfRfc7644WithAnEmailAddress() {
        ScimUser user = UserDraft.creating().read(json("""
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName": "bjensen", "externalId": "bjensen",
                 "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen", "givenName": "Barbara"},
                 "emails": [{"value": "BJensen@Example.com", "type": "work"}]}""")).result();

        assertEquals(new ScimUser("bjensen", "bjensen", "Ms. Barbara J Jensen III", "bjensen@example.com", null, null,
                null, true), user);
    }

    @Test
    void anAddressAsUserNameServesAsTheEmailAddressWhenNoneIsSent() {
        ScimUser user = UserDraft.creating().read(json("""
                {"userName": "Barbara.Jensen@example.com", "externalId": "701984", "displayName": "Barbara Jensen"}""")).result();

        assertEquals("barbara.jensen@example.com", user.email());
        assertEquals("Barbara Jensen", user.fullName());
    }

    @Test
    void aUserWithoutEmployeeNumberIsRefused() {
        ScimException refused = assertThrows(ScimException.class, () -> UserDraft.creating().read(json("""
                {"userName": "bjensen", "displayName": "Barbara Jensen", "emails": [{"value": "bjensen@example.com"}]}"""))
                .result());

        assertEquals("invalidValue", refused.scimType());
    }

    @Test
    void theEnterpriseEmployeeNumberWinsOverExternalId() {
        ScimUser user = UserDraft.creating().read(json("""
                {"userName": "bjensen", "externalId": "bjensen", "displayName": "Barbara Jensen",
                 "emails": [{"value": "bjensen@example.com"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984",
                   "department": "Tours", "manager": {"value": "42"}}}""")).result();

        assertEquals("701984", user.employeeNumber());
        assertEquals("Tours", user.department());
        assertEquals(42L, user.managerId());
    }

    @Test
    void thePrimaryAddressIsTheOneKept() {
        ScimUser user = UserDraft.patching(BARBARA).read(json("""
                {"emails": [{"value": "babs@home.example.com", "type": "home"},
                            {"value": "barbara@example.com", "type": "work", "primary": true}]}""")).result();

        assertEquals("barbara@example.com", user.email());
    }

    @Test
    void attributesAgoraDoesNotKeepAreIgnored() {
        ScimUser user = UserDraft.patching(BARBARA).read(json("""
                {"phoneNumbers": [{"value": "555-555-8377", "type": "work"}], "preferredLanguage": "en-US",
                 "urn:example:params:scim:schemas:extension:custom:2.0:User": {"badge": "12"}}""")).result();

        assertEquals(BARBARA, user);
    }

    @Test
    void replacingClearsTheTitleDepartmentAndManagerItLeavesOut() {
        ScimUser user = UserDraft.replacing(BARBARA).read(json("""
                {"userName": "bjensen", "name": {"formatted": "Barbara Jensen"}}""")).result();

        assertNull(user.title());
        assertNull(user.department());
        assertNull(user.managerId());
        assertEquals("bjensen@example.com", user.email(), "the e-mail address stays: an employee always has one");
    }

    @Test
    void entraIdDeactivatesWithACapitalisedOpAndAStringBoolean() {
        ScimUser user = UserDraft.patching(BARBARA).patch(json("""
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}""")).result();

        assertFalse(user.active());
    }

    @Test
    void pathsReachSubAttributesFilteredValuesAndTheEnterpriseExtension() {
        ScimUser user = UserDraft.patching(BARBARA).patch(json("""
                {"Operations": [
                  {"op": "replace", "path": "Title", "value": "Senior Tour Guide"},
                  {"op": "replace", "path": "emails[type eq \\"work\\"].value", "value": "barbara@example.com"},
                  {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                   "value": "Guided Tours"},
                  {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                   "value": "26"}]}""")).result();

        assertEquals(new ScimUser("bjensen", "701984", "Barbara Jensen", "barbara@example.com", "Senior Tour Guide",
                "Guided Tours", 26L, true), user);
    }

    @Test
    void anOperationWithoutPathSetsEachAttributeOfItsValue() {
        ScimUser user = UserDraft.patching(BARBARA).patch(json("""
                {"Operations": [{"op": "replace", "value": {"active": false, "name.familyName": "Smith",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701985"}}}]}"""))
                .result();

        assertFalse(user.active());
        assertEquals("Barbara Smith", user.fullName());
        assertEquals("701985", user.employeeNumber());
    }

    @Test
    void aGivenNameAloneKeepsTheRestOfTheName() {
        ScimUser user = UserDraft.patching(BARBARA.withoutOptionalAttributes()).patch(json("""
                {"Operations": [{"op": "replace", "path": "name.givenName", "value": "Babs"}]}""")).result();

        assertEquals("Babs Jensen", user.fullName());
    }

    @Test
    void removingTheTitleOrManagerClearsThem() {
        ScimUser user = UserDraft.patching(BARBARA).patch(json("""
                {"Operations": [{"op": "remove", "path": "title"},
                  {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}]}"""))
                .result();

        assertNull(user.title());
        assertNull(user.managerId());
    }

    @Test
    void removingWhatEveryUserKeepsIsRefused() {
        for (String path : new String[]{"userName", "emails", "emails[type eq \\\"work\\\"].value", "name.givenName",
                "externalId"}) {
            ScimException refused = assertThrows(ScimException.class, () -> UserDraft.patching(BARBARA).patch(json(
                    "{\"Operations\": [{\"op\": \"remove\", \"path\": \"" + path + "\"}]}")), path);
            assertEquals("mutability", refused.scimType(), path);
        }
    }

    @Test
    void anUnknownOpIsInvalidSyntax() {
        ScimException refused = assertThrows(ScimException.class, () -> UserDraft.patching(BARBARA).patch(json("""
                {"Operations": [{"op": "move", "path": "title", "value": "x"}]}""")));

        assertEquals("invalidSyntax", refused.scimType());
    }

    @Test
    void aUserNameWithAColonIsRefused() {
        ScimException refused = assertThrows(ScimException.class, () -> UserDraft.patching(BARBARA).read(json("""
                {"userName": "b:jensen"}""")).result());

        assertEquals("invalidValue", refused.scimType());
        assertTrue(refused.getMessage().contains("colon"));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
