package org.agora.feed;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing posts through the REST API: stored, shown in the feed, found by search, bad input refused clearly. */
class PostPublishingIT extends DeployedAgora {

    @Test
    void publishedPostIsInTheAuthorsFeedAndFoundBySearchWithinSeconds() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = "zeppelin" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = sam.publish("Our " + word + " rollout is done, thanks everyone!");

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/api/v1/posts/"));
        assertTrue(sam.get("api/v1/posts?size=5").body().contains(word), "the new post heads the author's feed");
        AgoraClient helena = AgoraClient.as(base, "helena");
        Eventually.within(Duration.ofSeconds(15), "a colleague finds the post in search",
                () -> helena.search(word).body().contains("Sam Taylor"));
    }

    @Test
    void searchToleratesATypo() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = "kaleidoscope" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        assertEquals(201, sam.publish("The " + word + " dashboard is live.").statusCode());

        String misspelled = word.substring(0, 3) + word.substring(4); // one letter left out
        Eventually.within(Duration.ofSeconds(15), "the misspelled query finds the post",
                () -> sam.search(misspelled).body().contains(word));
    }

    @Test
    void emptyPostIsRefusedWithProblemDetails() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").publish("   ");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = AgoraClient.json(response);
        assertAll(
                () -> assertEquals(400, problem.getInt("status")),
                () -> assertEquals("Write something before you post.", problem.getString("detail")));
    }

    @Test
    void postOverTheLengthLimitIsRefusedWithItsLength() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").publish("a".repeat(5001));

        assertEquals(400, response.statusCode());
        assertEquals("A post can be at most 5,000 characters long; this one has 5,001.",
                AgoraClient.json(response).getString("detail"));
    }

    @Test
    void scriptsAreRemovedAndFormattingKept() {
        HttpResponse<String> response = AgoraClient.as(base, "sam")
                .publish("<b>Release notes</b><script>alert('x')</script><img src=x onerror=alert(1)>");

        assertEquals(201, response.statusCode(), response.body());
        String html = AgoraClient.json(response).getString("bodyHtml");
        assertAll(
                () -> assertEquals("<b>Release notes</b>", html),
                () -> assertFalse(html.contains("script")));
    }

    @Test
    void postMadeOnlyOfScriptIsRefused() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").publish("<script>alert('x')</script>");

        assertEquals(400, response.statusCode());
        assertTrue(AgoraClient.json(response).getString("detail").startsWith("Nothing is left to post"));
    }

    @Test
    void malformedJsonGetsProblemDetailsNotAStackTrace() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").postRaw("api/v1/posts", "application/json", "{\"body\": ");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void apiWithoutCredentialsAnswers401WithProblemDetails() {
        HttpResponse<String> response = AgoraClient.anonymous(base).get("api/v1/posts");

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertTrue(challenge.contains("Bearer") && challenge.contains("Basic"), "a token or a password: " + challenge);
    }

    @Test
    void apiWithAWrongPasswordAnswers401() {
        HttpResponse<String> response = AgoraClient.withPassword(base, "sam", "not-the-password").get("api/v1/posts");

        assertEquals(401, response.statusCode());
        assertFalse(response.body().contains("\"posts\""));
    }

    @Test
    void publishedPostCanBeReadAtItsLocation() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        HttpResponse<String> created = sam.publish("Reading list for the platform team");
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> read = sam.get(location.substring(location.indexOf("api/v1/posts/")));

        assertEquals(200, read.statusCode(), read.body());
        assertEquals(AgoraClient.json(created).getInt("id"), AgoraClient.json(read).getInt("id"));
    }

    @Test
    void feedPagesContinueWhereThePreviousEndedWithoutRepeats() {
        AgoraClient helena = AgoraClient.as(base, "helena");
        JsonObject first = AgoraClient.json(helena.get("api/v1/posts?scope=all&size=5"));
        String next = first.getString("next");

        JsonObject second = AgoraClient.json(helena.get("api/v1/posts?scope=all&size=5&cursor=" + next));

        List<Integer> firstIds = ids(first);
        List<Integer> secondIds = ids(second);
        assertEquals(5, firstIds.size());
        assertEquals(5, secondIds.size());
        assertTrue(Collections.disjoint(firstIds, secondIds), firstIds + " then " + secondIds);
        String lastOfFirst = first.getJsonArray("posts").getJsonObject(4).getString("createdAt");
        String firstOfSecond = second.getJsonArray("posts").getJsonObject(0).getString("createdAt");
        assertTrue(Instant.parse(firstOfSecond).compareTo(Instant.parse(lastOfFirst)) <= 0, "newest first across pages");
    }

    @Test
    void aPageBeyondTheDeepestSearchPageIsEmptyNotAnOutage() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").get("api/v1/search?q=kubernetes&page=100000");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, AgoraClient.json(response).getJsonArray("hits").size());
    }

    @Test
    void aBadCursorIsRefusedClearly() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").get("api/v1/posts?cursor=yesterday");

        assertEquals(400, response.statusCode());
        assertEquals("The feed position 'yesterday' is not valid.", AgoraClient.json(response).getString("detail"));
    }

    @Test
    void searchSnippetsShowTypedMarkupAsTextNeverAsHtml() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String word = "snippet" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, sam.publish(word + " &lt;img src=x onerror=alert(1)&gt; is what the scanner found").statusCode());

        Eventually.within(Duration.ofSeconds(15), "the post is searchable",
                () -> AgoraClient.json(sam.search(word)).getInt("total") == 1);
        String snippet = AgoraClient.json(sam.search(word)).getJsonArray("hits").getJsonObject(0).getString("snippetHtml");

        assertTrue(snippet.contains("&lt;img src=x onerror=alert(1)&gt;"), snippet);
        assertFalse(snippet.contains("<img"), snippet);
    }

    private static List<Integer> ids(JsonObject page) {
        return page.getJsonArray("posts").stream().map(post -> post.asJsonObject().getInt("id")).toList();
    }
}
