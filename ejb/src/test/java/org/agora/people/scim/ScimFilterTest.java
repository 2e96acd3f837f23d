package org.agora.people.scim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScimFilterTest {

    @Test
    void readsOneAttributeComparedWithEq() {
        ScimFilter filter = ScimFilter.parse("userName eq \"bjensen\"");

        assertEquals("username", filter.attribute().attribute());
        assertEquals("bjensen", filter.text());
    }

    @Test
    void attributeNamesAndTheOperatorAreCaseInsensitive() {
        ScimFilter filter = ScimFilter.parse("  UserName EQ \"BJensen\" ");

        assertEquals("username", filter.attribute().attribute());
        assertEquals("BJensen", filter.text());
    }

    @Test
    void aValueMayHoldSpacesAndEscapedQuotes() {
        assertEquals("Agora \"HR\" team", ScimFilter.parse("displayName eq \"Agora \\\"HR\\\" team\"").text());
    }

    @Test
    void anAttributeMayBeNamedWithItsSchema() {
        ScimFilter filter = ScimFilter.parse(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"");

        assertEquals(AttributePath.Schema.ENTERPRISE, filter.attribute().schema());
        assertEquals("employeenumber", filter.attribute().attribute());
    }

    @Test
    void aSubAttributeIsKeptApart() {
        AttributePath attribute = ScimFilter.parse("emails.value eq \"bjensen@example.com\"").attribute();

        assertEquals("emails", attribute.attribute());
        assertEquals("value", attribute.subAttribute());
    }

    @Test
    void otherOperatorsCombinationsAndBrokenValuesAreInvalidFilters() {
        for (String filter : new String[]{"userName co \"jen\"", "title pr", "userName eq \"a\" and title eq \"b\"",
                "userName eq", "userName eq \"unterminated", "userName eq bjensen", "(userName eq \"a\")",
                "emails[type eq \"work\"] eq \"x\""}) {
            ScimException refused = assertThrows(ScimException.class, () -> ScimFilter.parse(filter), filter);
            assertEquals("invalidFilter", refused.scimType(), filter);
        }
    }
}
