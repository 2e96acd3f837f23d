package org.agora.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Other people's ids in the URL buy nothing: a colleague who may read a post, a group or an upload still cannot
 * change, delete or administer it. The caller here is an executive, so a role is no way around ownership either.
 */
class OwnershipIT extends DeployedAgora {

    @Test
    void someoneElsesPostCannotBeEditedDeletedOrHaveItsAnswerChosen() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        HttpResponse<String> question = sam.postJson("api/v1/posts",
                "{\"body\":\"Who knows how our VPN split tunnelling works?\",\"kind\":\"QUESTION\"}");
        assertEquals(201, question.statusCode(), question.body());
        long postId = AgoraClient.json(question).getJsonNumber("id").longValue();
        HttpResponse<String> comment = marcus.postJson("api/v1/posts/" + postId + "/comments", "{\"body\":\"I do, ask me\"}");
        assertEquals(201, comment.statusCode(), comment.body());
        long commentId = AgoraClient.json(comment).getJsonNumber("id").longValue();

        assertEquals(200, marcus.get("api/v1/posts/" + postId).statusCode(), "marcus may read it");
        assertDenied(marcus.putJson("api/v1/posts/" + postId, "{\"body\":\"Rewritten by someone else\"}"));
        assertDenied(marcus.putJson("api/v1/posts/" + postId + "/accepted-answer", "{\"commentId\":" + commentId + "}"));
        assertDenied(marcus.delete("api/v1/posts/" + postId));
        assertTrue(AgoraClient.json(sam.get("api/v1/posts/" + postId)).toString().contains("VPN split tunnelling"),
                "the post is untouched");
        assertEquals(200, sam.putJson("api/v1/posts/" + postId + "/accepted-answer", "{\"commentId\":" + commentId + "}")
                .statusCode(), "its author may");
    }

    @Test
    void aGroupIsAdministeredByItsOwnersOnly() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        String name = "Climbing club " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = sam.postJson("api/v1/groups",
                "{\"name\":\"" + name + "\",\"description\":\"Weekly bouldering\",\"visibility\":\"PUBLIC\"}");
        assertEquals(201, created.statusCode(), created.body());
        long groupId = AgoraClient.json(created).getJsonNumber("id").longValue();
        long samId = sam.employeeId();

        assertEquals(200, marcus.get("api/v1/groups/" + groupId + "/members").statusCode(), "marcus may see who is in it");
        assertDenied(marcus.putJson("api/v1/groups/" + groupId, "{\"name\":\"Taken over\",\"visibility\":\"PUBLIC\"}"));
        assertDenied(marcus.put("api/v1/groups/" + groupId + "/archive"));
        assertDenied(marcus.get("api/v1/groups/" + groupId + "/pending"));
        assertDenied(marcus.postJson("api/v1/groups/" + groupId + "/invitations", "{\"employeeId\":" + samId + "}"));
        assertDenied(marcus.delete("api/v1/groups/" + groupId + "/members/" + samId));
        assertTrue(sam.get("api/v1/groups/" + groupId).body().contains(name), "the group is untouched");
    }

    @Test
    void someoneElsesUploadCannotBeDeleted() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        HttpResponse<String> uploaded = sam.postBytes("api/v1/attachments?name=notes.txt", "text/plain",
                "Meeting notes".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long attachmentId = AgoraClient.json(uploaded).getJsonNumber("id").longValue();

        assertDenied(AgoraClient.as(base, "marcus").delete("api/v1/attachments/" + attachmentId));
        assertEquals(204, sam.delete("api/v1/attachments/" + attachmentId).statusCode(), "its uploader may");
    }

    /** Refused as forbidden, or as not found where even its existence is not the caller's business. */
    private static void assertDenied(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 403 || response.statusCode() == 404,
                response.request().method() + " " + response.uri() + " answered " + response.statusCode() + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
