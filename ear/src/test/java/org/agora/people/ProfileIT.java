package org.agora.people;

import java.net.http.HttpResponse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles through the REST API: the org chart, following and the rules of endorsement. */
class ProfileIT extends DeployedAgora {

    @Test
    void orgChartClimbsFromAnEngineerToTheChiefExecutive() {
        JsonObject sam = me("sam");
        var chain = sam.getJsonArray("managerChain");

        assertTrue(chain.size() >= 2, chain.toString());
        assertEquals("Helena Virtanen", chain.getJsonObject(chain.size() - 1).getString("fullName"));
        assertTrue(names(chain).contains("Marcus Chen"), "Sam's department head is in the chain: " + chain);
        JsonObject helena = me("helena");
        assertTrue(helena.getJsonArray("managerChain").isEmpty(), "the chief executive reports to no one");
        assertTrue(names(helena.getJsonArray("directReports")).contains("Marcus Chen"));
    }

    @Test
    void endorsingTwiceCountsOnceAndWithdrawingTakesItBack() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        long marcus = marcusId();
        long before = endorsements(profile(sam, marcus), "kubernetes");

        JsonObject endorsed = AgoraClient.json(sam.put("api/v1/people/" + marcus + "/expertise/kubernetes/endorsement"));
        JsonObject again = AgoraClient.json(sam.put("api/v1/people/" + marcus + "/expertise/Kubernetes/endorsement"));
        JsonObject withdrawn = AgoraClient.json(sam.delete("api/v1/people/" + marcus + "/expertise/kubernetes/endorsement"));

        assertEquals(before + 1, endorsements(endorsed, "kubernetes"));
        assertEquals(before + 1, endorsements(again, "kubernetes"), "one endorsement per colleague and topic");
        assertEquals(before, endorsements(withdrawn, "kubernetes"));
    }

    @Test
    void nobodyEndorsesThemselves() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        long samId = me("sam").getJsonObject("person").getInt("id");

        HttpResponse<String> response = sam.put("api/v1/people/" + samId + "/expertise/java/endorsement");

        assertEquals(400, response.statusCode());
        assertEquals("You cannot endorse your own expertise.", AgoraClient.json(response).getString("detail"));
    }

    @Test
    void onlyDeclaredExpertiseCanBeEndorsed() {
        HttpResponse<String> response = AgoraClient.as(base, "sam")
                .put("api/v1/people/" + marcusId() + "/expertise/underwater-basket-weaving/endorsement");

        assertEquals(400, response.statusCode());
        assertTrue(AgoraClient.json(response).getString("detail").contains("has not declared"));
    }

    @Test
    void followingCountsOnceAndUnfollowingTakesItBack() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        long marcus = marcusId();
        long before = profile(sam, marcus).getInt("followers");

        JsonObject followed = AgoraClient.json(sam.put("api/v1/people/" + marcus + "/follow"));
        JsonObject again = AgoraClient.json(sam.put("api/v1/people/" + marcus + "/follow"));
        JsonObject unfollowed = AgoraClient.json(sam.delete("api/v1/people/" + marcus + "/follow"));

        assertTrue(followed.getBoolean("followedByMe"));
        assertEquals(before + 1, followed.getInt("followers"));
        assertEquals(before + 1, again.getInt("followers"));
        assertFalse(unfollowed.getBoolean("followedByMe"));
        assertEquals(before, unfollowed.getInt("followers"));
    }

    @Test
    void nobodyFollowsThemselves() {
        long samId = me("sam").getJsonObject("person").getInt("id");

        HttpResponse<String> response = AgoraClient.as(base, "sam").put("api/v1/people/" + samId + "/follow");

        assertEquals(400, response.statusCode());
        assertEquals("You cannot follow yourself.", AgoraClient.json(response).getString("detail"));
    }

    @Test
    void whatIWriteAboutMyselfIsOnMyProfile() {
        AgoraClient tomas = AgoraClient.as(base, "tomas");

        HttpResponse<String> saved = tomas.putJson("api/v1/people/me/details", """
                {"bio": "  Community manager for the Americas.  ", "askMeAbout": "moderation policy",
                 "languages": ["Spanish", " Portuguese", "Spanish"], "timeZone": "America/Sao_Paulo", "phone": "+55 11 5555 0100"}""");

        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject details = AgoraClient.json(AgoraClient.as(base, "sam").get("api/v1/people/" + id("tomas")))
                .getJsonObject("details");
        assertEquals("Community manager for the Americas.", details.getString("bio"));
        assertEquals("moderation policy", details.getString("askMeAbout"));
        assertEquals(List.of("Spanish", "Portuguese"), details.getJsonArray("languages").getValuesAs(JsonString::getString));
        assertEquals("America/Sao_Paulo", details.getString("timeZone"));
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndNothingChanges() {
        AgoraClient alex = AgoraClient.as(base, "alex");
        JsonObject before = AgoraClient.json(alex.get("api/v1/people/me")).getJsonObject("details");

        HttpResponse<String> refused = alex.putJson("api/v1/people/me/details",
                "{\"bio\": \"New bio\", \"timeZone\": \"Mars/Olympus_Mons\"}");

        assertEquals(400, refused.statusCode());
        assertTrue(AgoraClient.json(refused).getString("detail").contains("Mars/Olympus_Mons"));
        assertEquals(before, AgoraClient.json(alex.get("api/v1/people/me")).getJsonObject("details"));
    }

    @Test
    void anUploadedPhotoIsCroppedToASmallSquareAndShownToColleagues() throws IOException {
        BufferedImage landscape = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(landscape, "png", png);

        HttpResponse<String> uploaded = AgoraClient.as(base, "helena").putBytes("api/v1/people/me/photo", "image/png",
                png.toByteArray());

        assertEquals(200, uploaded.statusCode(), uploaded.body());
        JsonObject person = AgoraClient.json(uploaded).getJsonObject("person");
        assertTrue(person.containsKey("photoVersion"));
        HttpResponse<byte[]> photo = AgoraClient.as(base, "sam").getBytes("people/photo/" + person.getInt("id")
                + "?v=" + person.getJsonNumber("photoVersion").longValue());
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(256, served.getWidth());
        assertEquals(256, served.getHeight());
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedWhateverItClaims() {
        HttpResponse<String> refused = AgoraClient.as(base, "sam").putBytes("api/v1/people/me/photo", "image/png",
                "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(400, refused.statusCode());
        assertEquals("Choose a JPEG, PNG or GIF picture.", AgoraClient.json(refused).getString("detail"));
    }

    @Test
    void unknownColleagueIsNotFound() {
        HttpResponse<String> response = AgoraClient.as(base, "sam").get("api/v1/people/999999999");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    private JsonObject me(String username) {
        return AgoraClient.json(AgoraClient.as(base, username).get("api/v1/people/me"));
    }

    private long id(String username) {
        return me(username).getJsonObject("person").getInt("id");
    }

    private long marcusId() {
        return me("marcus").getJsonObject("person").getInt("id");
    }

    private static JsonObject profile(AgoraClient client, long id) {
        return AgoraClient.json(client.get("api/v1/people/" + id));
    }

    private static long endorsements(JsonObject profile, String tag) {
        return profile.getJsonArray("expertise").stream().map(JsonValue::asJsonObject)
                .filter(topic -> topic.getString("tag").equals(tag))
                .findFirst().orElseThrow().getInt("endorsements");
    }

    private static java.util.List<String> names(jakarta.json.JsonArray people) {
        return people.stream().map(person -> person.asJsonObject().getString("fullName")).toList();
    }
}
