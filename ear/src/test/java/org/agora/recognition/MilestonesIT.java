package org.agora.recognition;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Parallel;
import org.junit.jupiter.api.Test;

import static org.agora.recognition.RecognitionFixtures.API;
import static org.agora.recognition.RecognitionFixtures.feed;
import static org.agora.recognition.RecognitionFixtures.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work anniversaries and welcomes, posted from the hire dates HR keeps: each one once, however often and however
 * concurrently the day's job runs, and none of a kind HR switched off. The people celebrated are imported by each test
 * into a department of their own, so the department's recognition feed holds only their milestones.
 */
class MilestonesIT extends DeployedAgora {

    private static final String MILESTONES = API + "/milestones";

    @Test
    void eachMilestoneIsPostedOnceHoweverOftenAndConcurrentlyTheDayIsPosted() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        RecognitionFixtures.NewColleagues colleagues = new RecognitionFixtures.NewColleagues();
        LocalDate today = LocalDate.now();
        String veteran = colleagues.add(uniqueName(), today.minusYears(3));
        String joiner = colleagues.add(uniqueName(), today);
        String notYet = colleagues.add(uniqueName(), today.minusYears(1).plusDays(1));
        Map<String, Long> ids = colleagues.importedBy(priya);

        assertPosted(priya.postJson(MILESTONES, ""));
        assertPosted(priya.postJson(MILESTONES, ""));
        Parallel.run(2, 2, n -> priya.postJson(MILESTONES, "")).forEach(MilestonesIT::assertPosted);
        HttpResponse<String> again = priya.postJson(MILESTONES, "");

        List<JsonObject> milestones = feed(priya, "&department=" + URLEncoder.encode(colleagues.department,
                StandardCharsets.UTF_8));
        assertEquals(List.of("ANNIVERSARY " + veteran, "WELCOME " + joiner), kindsAndNames(milestones),
                "each milestone once, and none for " + notYet);
        JsonObject anniversary = milestones.stream().filter(m -> m.getString("kind").equals("ANNIVERSARY")).findFirst()
                .orElseThrow();
        assertEquals(3, anniversary.getInt("years"));
        assertFalse(anniversary.containsKey("giver") || anniversary.containsKey("badge"),
                "a milestone has no giver and no badge: " + anniversary);
        JsonObject post = anniversary.getJsonObject("post");
        assertEquals(ids.get(veteran).longValue(), post.getJsonNumber("authorId").longValue(),
                "the post is the celebrated employee's own");
        assertTrue(post.getString("bodyHtml").contains("Celebrating 3 years with the company today."), post.toString());
        assertEquals("RECOGNITION", post.getString("kind"));
        assertEquals(0, AgoraClient.json(again).getInt("posted"), "nothing is left to post today");
    }

    @Test
    void noMilestoneOfAKindSwitchedOffIsPosted() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        RecognitionFixtures.NewColleagues colleagues = new RecognitionFixtures.NewColleagues();
        LocalDate today = LocalDate.now();
        String veteran = colleagues.add(uniqueName(), today.minusYears(5));
        String joiner = colleagues.add(uniqueName(), today);
        colleagues.importedBy(priya);
        String department = "&department=" + URLEncoder.encode(colleagues.department, StandardCharsets.UTF_8);
        try {
            assertEquals(204, priya.putJson(MILESTONES + "/ANNIVERSARY", "{\"on\": false}").statusCode());
            JsonObject settings = AgoraClient.json(priya.get(MILESTONES));
            assertFalse(settings.getBoolean("ANNIVERSARY"), settings.toString());
            assertTrue(settings.getBoolean("WELCOME"), settings.toString());

            assertPosted(priya.postJson(MILESTONES, ""));

            assertEquals(List.of("WELCOME " + joiner), kindsAndNames(feed(priya, department)),
                    "the welcome, and no anniversary");
        } finally {
            assertEquals(204, priya.putJson(MILESTONES + "/ANNIVERSARY", "{\"on\": true}").statusCode());
        }
        assertPosted(priya.postJson(MILESTONES, ""));
        assertEquals(List.of("ANNIVERSARY " + veteran, "WELCOME " + joiner), kindsAndNames(feed(priya, department)),
                "switched on again, the day's anniversary is posted after all");
        HttpResponse<String> badgeKind = priya.putJson(MILESTONES + "/BADGE", "{\"on\": false}");
        assertEquals(400, badgeKind.statusCode(), badgeKind.body());
    }

    private static void assertPosted(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    private static List<String> kindsAndNames(List<JsonObject> recognitions) {
        return recognitions.stream()
                .map(m -> m.getString("kind") + " " + m.getJsonArray("recipients").getJsonObject(0).getString("fullName"))
                .sorted().toList();
    }
}
