package org.agora.people.scim;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScimPageTest {

    @Test
    void startsAtTheFirstWithAHundredByDefault() {
        assertEquals(new ScimPage(1, 100), ScimPage.of(null, ""));
    }

    @Test
    void readsStartIndexBelowOneAsOneAndCountsAboveTheMaximumAsTheMaximum() {
        assertEquals(new ScimPage(1, ScimPage.MAX_COUNT), ScimPage.of("-3", "5000"));
        assertEquals(new ScimPage(4, 0), ScimPage.of("4", "-1"));
    }

    @Test
    void aNumberThatIsNoNumberIsAnInvalidValue() {
        assertEquals("invalidValue", assertThrows(ScimException.class, () -> ScimPage.of("first", "10")).scimType());
    }

    @Test
    void takesTheItemsFromTheOneBasedStartIndex() {
        List<String> all = List.of("a", "b", "c", "d", "e");

        assertEquals(List.of("b", "c"), ScimPage.of("2", "2").of(all));
        assertEquals(List.of("e"), ScimPage.of("5", "10").of(all));
        assertEquals(List.of(), ScimPage.of("9", "10").of(all));
    }

    @Test
    void theListResponseSaysHowManyThereAreAndWhichWereReturned() {
        var response = new ScimPage(3, 2).listResponse(7, List.of());

        assertEquals(7, response.getInt("totalResults"));
        assertEquals(0, response.getInt("itemsPerPage"));
        assertEquals(3, response.getInt("startIndex"));
        assertEquals(ScimSchemas.LIST_RESPONSE, response.getJsonArray("schemas").getString(0));
    }
}
