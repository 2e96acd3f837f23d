package org.agora.feed;

import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.agora.feed.PostEditingIT.publish;
import static org.agora.feed.PostEditingIT.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @username} links to the colleague and tells them, unless they may not read the post; {@code #topic} files
 * the post under the topic page that expertise shares.
 */
class MentionsAndHashtagsIT extends DeployedAgora {

    @Test
    void aMentionLinksTheColleagueAndTellsThemOnceEvenAfterAnEdit() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        long id = publish(sam, "Thanks @tomas for the launch video! Write to sam@example.com, not @nobody" + suffix() + ".");

        String html = AgoraClient.json(sam.get("api/v1/posts/" + id)).getString("bodyHtml");
        assertTrue(html.contains("class=\"agora-mention\">@Tomás Álvarez</a>"), html);
        assertFalse(html.contains("@Sam"), "an e-mail address is not a mention: " + html);
        assertTrue(html.contains("&#64;nobody") || html.contains("@nobody"), "an unknown name stays text: " + html);
        JsonObject notice = latestNotice(tomas);
        assertEquals("MENTION", notice.getString("kind"));
        assertEquals("Sam Taylor mentioned you in a post.", notice.getString("text"));
        assertEquals(id, notice.getJsonNumber("postId").longValue());

        long tomasNotices = notices(tomas, id);
        sam.putJson("api/v1/posts/" + id, Json.createObjectBuilder()
                .add("body", "Thanks @tomas and @priya for the launch video!").build().toString());

        assertEquals(tomasNotices, notices(tomas, id), "someone already mentioned is not told twice");
        assertEquals(1, notices(priya, id), "someone newly mentioned is told");
    }

    @Test
    void aMentionInACommentIsLinkedAndTold() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        long id = publish(sam, "Who runs the onboarding week? " + suffix());

        HttpResponse<String> commented = tomas.postRaw("api/v1/posts/" + id + "/comments", "application/json",
                "{\"body\": \"@priya knows, see #onboarding\"}");

        assertEquals(201, commented.statusCode(), commented.body());
        String html = AgoraClient.json(commented).getString("bodyHtml");
        assertTrue(html.contains("class=\"agora-mention\">@Priya Raman</a>") && html.contains("class=\"agora-hashtag\""), html);
        JsonObject notice = latestNotice(priya);
        assertEquals("Tomás Álvarez mentioned you in a comment.", notice.getString("text"));
        assertEquals(id, notice.getJsonNumber("postId").longValue());
    }

    @Test
    void someoneMentionedInAPrivateGroupTheyAreNotInIsNotTold() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        HttpResponse<String> created = sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Release Crew " + suffix()).add("visibility", "PRIVATE").build().toString());
        long group = AgoraClient.json(created).getInt("id");
        sam.postRaw("api/v1/groups/" + group + "/invitations", "application/json", "{\"employeeId\": " + priya.employeeId() + "}");
        priya.put("api/v1/groups/" + group + "/membership");

        HttpResponse<String> posted = sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "@priya @tomas the secret date is set").add("groupId", group).build().toString());
        long id = AgoraClient.json(posted).getJsonNumber("id").longValue();

        assertEquals(1, notices(priya, id), "a member is told");
        assertEquals(0, notices(tomas, id), "an outsider hears nothing of a group they cannot read");
        assertEquals(404, tomas.get("api/v1/posts/" + id).statusCode());
    }

    @Test
    void aHashtagFilesThePostUnderItsTopicForThoseWhoMayReadIt() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String topic = "launch" + suffix();
        long open = publish(sam, "Ready for #" + topic.toUpperCase() + "? Issue #42 and <code>#" + topic + "</code> are not tags.");
        HttpResponse<String> created = sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Launch Room " + suffix()).add("visibility", "SECRET").build().toString());
        long group = AgoraClient.json(created).getInt("id");
        sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Secret #" + topic + " details").add("groupId", group).build().toString());

        String html = AgoraClient.json(sam.get("api/v1/posts/" + open)).getString("bodyHtml");
        assertTrue(html.contains("<a href=\"/people/tag.xhtml?tag=" + topic + "\" class=\"agora-hashtag\">#"
                + topic.toUpperCase() + "</a>"), html);
        assertFalse(html.contains("tag=42"), "a number is not a topic");
        assertTrue(html.contains("<code>#" + topic + "</code>"), "code is left as written: " + html);

        JsonArray forTomas = AgoraClient.json(tomas.get("api/v1/posts?tag=" + topic)).getJsonArray("posts");
        assertEquals(1, forTomas.size(), "an outsider sees the open post only");
        assertEquals(open, forTomas.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, AgoraClient.json(sam.get("api/v1/posts?tag=" + topic)).getJsonArray("posts").size(),
                "a member sees both");
    }

    private static JsonObject latestNotice(AgoraClient client) {
        return AgoraClient.json(client.get("api/v1/notifications")).getJsonArray("latest").getJsonObject(0);
    }

    private static long notices(AgoraClient client, long postId) {
        return AgoraClient.json(client.get("api/v1/notifications")).getJsonArray("latest").stream()
                .map(JsonObject.class::cast)
                .filter(notice -> notice.getString("kind").equals("MENTION")
                        && notice.containsKey("postId") && notice.getJsonNumber("postId").longValue() == postId)
                .count();
    }

}
