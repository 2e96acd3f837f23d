package org.agora.feed;

import org.agora.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostBodyTest {

    @Test
    void keepsFormattingListsAndLinks() {
        PostBody body = PostBody.fromUserInput("<b>Bold</b> <i>it</i><ul><li>one</li></ul><a href=\"https://example.com\">docs</a>");

        assertEquals("<b>Bold</b> <i>it</i><ul><li>one</li></ul><a href=\"https://example.com\" rel=\"nofollow\">docs</a>",
                body.html());
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() {
        PostBody body = PostBody.fromUserInput(
                "Hi<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>");

        assertEquals("Hix", body.html());
    }

    @Test
    void turnsLineBreaksIntoBreaks() {
        assertEquals("line one<br />line two", PostBody.fromUserInput("line one\nline two").html());
    }

    @Test
    void plainTextDecodesEntitiesAndDropsTags() {
        PostBody body = PostBody.fromUserInput("<p>Fish &amp; chips</p><p>5 < 6</p>");

        assertEquals("Fish & chips\n5 < 6", body.text());
    }

    @Test
    void refusesBlankInput() {
        var refused = assertThrows(InvalidInputException.class, () -> PostBody.fromUserInput(" \n\t "));
        assertEquals("Write something before you post.", refused.getMessage());
    }

    @Test
    void refusesInputThatIsOnlyScript() {
        assertThrows(InvalidInputException.class, () -> PostBody.fromUserInput("<script>alert(1)</script>"));
    }

    @Test
    void acceptsExactlyTheLimitAndRefusesOneMore() {
        assertEquals(PostBody.MAX_CHARACTERS, PostBody.fromUserInput("a".repeat(PostBody.MAX_CHARACTERS)).text().length());

        var refused = assertThrows(InvalidInputException.class,
                () -> PostBody.fromUserInput("a".repeat(PostBody.MAX_CHARACTERS + 1)));
        assertEquals("A post can be at most 5,000 characters long; this one has 5,001.", refused.getMessage());
    }

    @Test
    void countsTheLimitInVisibleCharactersNotMarkup() {
        String bolded = "<b>" + "a".repeat(PostBody.MAX_CHARACTERS) + "</b>";
        assertEquals(PostBody.MAX_CHARACTERS, PostBody.fromUserInput(bolded).text().length());
    }
}
