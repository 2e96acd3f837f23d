package org.agora.groups;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any employee creates a group and runs it: invitations, requests to join, owners, archiving. Only owners (and
 * administrators) manage it, and a secret group shows itself to nobody but its members and invitees.
 */
class GroupAdministrationIT extends DeployedAgora {

    @Test
    void anEmployeeCreatesAPrivateGroupAndAnInvitedColleagueJoinsAndReadsIt() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        String suffix = suffix();
        JsonObject group = create(sam, "Café Crème Club " + suffix, "PRIVATE");
        assertEquals("cafe-creme-club-" + suffix, group.getString("slug"), "the address is the name in plain words");
        assertTrue(group.getBoolean("owner"));
        assertEquals(1, group.getInt("memberCount"));
        long id = group.getInt("id");
        String word = "espresso" + suffix;
        assertEquals(201, sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "Which " + word + " beans do we order?").add("groupId", id).build().toString()).statusCode());
        assertEquals(404, tomas.get("api/v1/groups/" + id + "/posts").statusCode(), "outsiders do not read a private group");
        assertTrue(tomas.get("api/v1/groups?q=" + suffix).body().contains(group.getString("slug")),
                "but they find it in the directory");

        assertEquals(204, sam.postRaw("api/v1/groups/" + id + "/invitations", "application/json",
                "{\"employeeId\": " + tomas.employeeId() + "}").statusCode());

        JsonObject notice = AgoraClient.json(tomas.get("api/v1/notifications")).getJsonArray("latest").getJsonObject(0);
        assertEquals("GROUP_INVITATION", notice.getString("kind"));
        assertEquals("Sam Taylor invited you to join Café Crème Club " + suffix + ".", notice.getString("text"));
        assertEquals(group.getString("slug"), notice.getString("groupSlug"));
        assertEquals("INVITATION", AgoraClient.json(tomas.get("api/v1/groups/" + group.getString("slug"))).getString("pending"));
        JsonObject joined = AgoraClient.json(tomas.put("api/v1/groups/" + id + "/membership"));
        assertTrue(joined.getBoolean("member"));
        assertFalse(joined.containsKey("pending") && !joined.isNull("pending"), "the invitation is used up");
        assertTrue(tomas.get("api/v1/groups/" + id + "/posts").body().contains(word), "a member reads it at once");
        assertTrue(tomas.get("api/v1/groups?mine=true").body().contains(group.getString("slug")));
        assertEquals(2, AgoraClient.jsonArray(tomas.get("api/v1/groups/" + id + "/members")).size());
    }

    @Test
    void askingToJoinAPrivateGroupWaitsForAnOwnerWhoLetsTheColleagueIn() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String suffix = suffix();
        long id = create(sam, "Reading Circle " + suffix, "PRIVATE").getInt("id");

        JsonObject asked = AgoraClient.json(priya.put("api/v1/groups/" + id + "/membership"));

        assertFalse(asked.getBoolean("member"));
        assertEquals("REQUEST", asked.getString("pending"));
        assertEquals(404, priya.get("api/v1/groups/" + id + "/posts").statusCode(), "asking is not reading");
        assertEquals("Priya Raman asks to join Reading Circle " + suffix + ".",
                AgoraClient.json(sam.get("api/v1/notifications")).getJsonArray("latest").getJsonObject(0).getString("text"));
        assertEquals("REQUEST", AgoraClient.jsonArray(sam.get("api/v1/groups/" + id + "/pending"))
                .getJsonObject(0).getString("pending"));
        assertEquals(403, priya.get("api/v1/groups/" + id + "/pending").statusCode(), "only owners see who waits");

        assertEquals(200, sam.putJson("api/v1/groups/" + id + "/members/" + priya.employeeId(), "{}").statusCode());

        assertTrue(AgoraClient.json(priya.get("api/v1/groups/" + id)).getBoolean("member"));
        assertEquals(200, priya.get("api/v1/groups/" + id + "/posts").statusCode());
        JsonObject approved = AgoraClient.json(priya.get("api/v1/notifications")).getJsonArray("latest").getJsonObject(0);
        assertEquals("Sam Taylor let you into Reading Circle " + suffix + ".", approved.getString("text"));
    }

    @Test
    void onlyOwnersAndAdministratorsManageAGroupAndAnArchivedGroupTakesNoPosts() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        long id = create(sam, "Bike To Work " + suffix(), "PUBLIC").getInt("id");
        assertTrue(AgoraClient.json(tomas.put("api/v1/groups/" + id + "/membership")).getBoolean("member"));

        HttpResponse<String> rename = tomas.putJson("api/v1/groups/" + id, "{\"name\": \"Mine now\"}");
        assertEquals(403, rename.statusCode());
        assertTrue(AgoraClient.json(rename).getString("detail").startsWith("Only the owners of Bike To Work"));
        assertEquals(403, tomas.put("api/v1/groups/" + id + "/archive").statusCode());
        assertEquals(403, tomas.delete("api/v1/groups/" + id + "/members/" + sam.employeeId()).statusCode());
        assertEquals(403, tomas.putJson("api/v1/groups/" + id + "/members/" + tomas.employeeId(), "{\"role\": \"OWNER\"}").statusCode());

        JsonObject archived = AgoraClient.json(AgoraClient.as(base, "alex").put("api/v1/groups/" + id + "/archive"));
        assertTrue(archived.getBoolean("archived"), "an administrator may archive any group");
        HttpResponse<String> post = sam.postRaw("api/v1/posts", "application/json",
                Json.createObjectBuilder().add("body", "Anyone riding today?").add("groupId", id).build().toString());
        assertEquals(400, post.statusCode());
        assertTrue(AgoraClient.json(post).getString("detail").contains("is archived"));
        assertFalse(AgoraClient.json(sam.delete("api/v1/groups/" + id + "/archive")).getBoolean("archived"));

        assertEquals(200, sam.putJson("api/v1/groups/" + id + "/members/" + tomas.employeeId(), "{\"role\": \"OWNER\"}").statusCode());
        assertEquals(200, tomas.putJson("api/v1/groups/" + id, "{\"name\": \"Bike To Work, Together\"}").statusCode(),
                "a new owner manages it");
    }

    @Test
    void aSecretGroupShowsItselfOnlyToMembersAndInvitees() {
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        JsonObject group = create(marcus, "Launch War Room " + suffix(), "SECRET");
        String slug = group.getString("slug");
        long id = group.getInt("id");
        assertEquals(404, tomas.get("api/v1/groups/" + slug).statusCode());
        assertEquals(404, tomas.put("api/v1/groups/" + id + "/membership").statusCode(), "nobody asks to join what they cannot see");

        marcus.postRaw("api/v1/groups/" + id + "/invitations", "application/json", "{\"employeeId\": " + tomas.employeeId() + "}");

        assertEquals("INVITATION", AgoraClient.json(tomas.get("api/v1/groups/" + slug)).getString("pending"));
        assertEquals(404, tomas.get("api/v1/groups/" + id + "/posts").statusCode(), "an invitation is not membership");
        assertEquals(404, AgoraClient.as(base, "priya").get("api/v1/groups/" + slug).statusCode());
        assertEquals(204, tomas.delete("api/v1/groups/" + id + "/membership").statusCode(), "declined");
        assertEquals(404, tomas.get("api/v1/groups/" + slug).statusCode(), "and the group is invisible again");
    }

    @Test
    void badGroupsAreRefusedWithASentence() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        assertEquals("Give the group a name of at least 3 characters.", detail(sam.postRaw("api/v1/groups",
                "application/json", "{\"name\": \" x \", \"visibility\": \"PUBLIC\"}")));
        assertEquals("Unknown visibility \"open\": use PUBLIC, PRIVATE or SECRET.", detail(sam.postRaw("api/v1/groups",
                "application/json", "{\"name\": \"Open Group\", \"visibility\": \"open\"}")));
        JsonObject group = create(sam, "Only Me " + suffix(), "PRIVATE");
        long id = group.getInt("id");
        assertTrue(detail(sam.putJson("api/v1/groups/" + id, "{\"name\": \"Only Me\", \"visibility\": \"PUBLIC\"}"))
                .startsWith("A group's visibility is chosen when it is created"));
        assertTrue(detail(sam.putJson("api/v1/groups/" + id + "/members/" + sam.employeeId(), "{\"role\": \"MEMBER\"}"))
                .contains("needs an owner"));
        assertEquals("Sam Taylor is already a member of " + group.getString("name") + ".", detail(sam.postRaw(
                "api/v1/groups/" + id + "/invitations", "application/json", "{\"employeeId\": " + sam.employeeId() + "}")));
    }

    private static JsonObject create(AgoraClient client, String name, String visibility) {
        HttpResponse<String> created = client.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", name).add("description", "Made by a test").add("visibility", visibility).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return AgoraClient.json(created);
    }


    private static String detail(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return AgoraClient.json(response).getString("detail");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
