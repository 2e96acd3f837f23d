package org.agora.recognition;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.Parallel;
import org.agora.testing.SearchAnswers;
import org.junit.jupiter.api.Test;

import static org.agora.recognition.RecognitionFixtures.API;
import static org.agora.recognition.RecognitionFixtures.badge;
import static org.agora.recognition.RecognitionFixtures.badgeJson;
import static org.agora.recognition.RecognitionFixtures.directReports;
import static org.agora.recognition.RecognitionFixtures.feed;
import static org.agora.recognition.RecognitionFixtures.give;
import static org.agora.recognition.RecognitionFixtures.given;
import static org.agora.recognition.RecognitionFixtures.inFeed;
import static org.agora.recognition.RecognitionFixtures.managerOf;
import static org.agora.recognition.RecognitionFixtures.noticesAbout;
import static org.agora.recognition.RecognitionFixtures.programme;
import static org.agora.recognition.RecognitionFixtures.uniqueName;
import static org.agora.recognition.RecognitionFixtures.username;
import static org.agora.testing.SearchAnswers.hits;
import static org.agora.testing.SearchAnswers.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recognition as employees and HR use it: HR runs programmes and badges, colleagues recognise each other within the
 * badges' rules and allowances, the people recognised and their managers hear of it, a team recognition stays with
 * the team, and HR reads and exports where recognition went. Each test gives badges of a programme of its own.
 */
class RecognitionIT extends DeployedAgora {

    private static final Duration INDEXED = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    @Test
    void hrRunsProgrammesAndBadgesAndEveryHrActionIsRefusedToOthers() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        String name = "Programme " + uniqueWord();
        long programmeId = programme(priya, name);

        HttpResponse<String> changed = priya.putJson(API + "/programmes/" + programmeId, "{\"name\": \"" + name
                + "\", \"description\": \"Thanks that matter\", \"startsOn\": \"" + LocalDate.now().minusMonths(1) + "\"}");
        HttpResponse<String> added = priya.postJson(API + "/programmes/" + programmeId + "/badges",
                badgeJson("Bright idea", "Curiosity", "everyone", 5));
        assertEquals(201, added.statusCode(), added.body());
        long badgeId = AgoraClient.json(added).getJsonNumber("id").longValue();
        HttpResponse<String> badgeChanged = priya.putJson(API + "/badges/" + badgeId,
                badgeJson("Brightest idea", "Curiosity", "MANAGERS", 2));

        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Thanks that matter", AgoraClient.json(changed).getString("description"));
        assertTrue(AgoraClient.json(changed).getBoolean("running"), changed.body());
        assertEquals(200, badgeChanged.statusCode(), badgeChanged.body());
        JsonObject listed = AgoraClient.jsonArray(priya.get(API + "/programmes")).stream().map(JsonValue::asJsonObject)
                .filter(programme -> programme.getJsonNumber("id").longValue() == programmeId)
                .findFirst().orElseThrow(() -> new AssertionError("the new programme is listed"));
        JsonObject badge = listed.getJsonArray("badges").getJsonObject(0);
        assertEquals("Brightest idea", badge.getString("name"));
        assertEquals("MANAGERS", badge.getString("givers"));
        assertEquals(2, badge.getInt("monthlyAllowance"));
        assertEquals("Curiosity", badge.getString("companyValue"));

        String period = "?from=" + LocalDate.now().withDayOfYear(1) + "&to=" + LocalDate.now();
        String validProgramme = "{\"name\": \"Taken over\", \"startsOn\": \"" + LocalDate.now() + "\"}";
        Map<String, Function<AgoraClient, HttpResponse<String>>> hrActions = Map.ofEntries(
                Map.entry("GET programmes", client -> client.get(API + "/programmes")),
                Map.entry("POST programmes", client -> client.postJson(API + "/programmes", validProgramme)),
                Map.entry("PUT programme", client -> client.putJson(API + "/programmes/" + programmeId, validProgramme)),
                Map.entry("POST badge", client -> client.postJson(API + "/programmes/" + programmeId + "/badges",
                        badgeJson("Sneaky", "Stealth", "EVERYONE", null))),
                Map.entry("PUT badge", client -> client.putJson(API + "/badges/" + badgeId,
                        badgeJson("Sneaky", "Stealth", "EVERYONE", null))),
                Map.entry("GET statistics", client -> client.get(API + "/statistics" + period)),
                Map.entry("GET export", client -> client.get(API + "/export" + period)),
                Map.entry("GET milestones", client -> client.get(API + "/milestones")),
                Map.entry("PUT milestones", client -> client.putJson(API + "/milestones/ANNIVERSARY", "{\"on\": true}")),
                Map.entry("POST milestones", client -> client.postJson(API + "/milestones", "")));
        hrActions.forEach((action, call) -> {
            HttpResponse<String> refused = call.apply(sam);
            assertEquals(403, refused.statusCode(), action + ": " + refused.body());
            assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""), action);
            assertTrue(AgoraClient.json(refused).getString("detail").contains("HR only"), action + ": " + refused.body());
        });
        assertEquals("Managing recognition programmes is for HR only.",
                AgoraClient.json(hrActions.get("POST badge").apply(sam)).getString("detail"));
        assertEquals("Recognition insights are for HR only.",
                AgoraClient.json(hrActions.get("GET statistics").apply(sam)).getString("detail"));
        assertEquals("Milestone posts are for HR only.",
                AgoraClient.json(hrActions.get("POST milestones").apply(sam)).getString("detail"));
        JsonObject after = AgoraClient.jsonArray(priya.get(API + "/programmes")).stream().map(JsonValue::asJsonObject)
                .filter(programme -> programme.getJsonNumber("id").longValue() == programmeId).findFirst().orElseThrow();
        assertEquals(name, after.getString("name"), "the refused change changed nothing");
        assertEquals(List.of("Brightest idea"), after.getJsonArray("badges").stream()
                .map(b -> b.asJsonObject().getString("name")).toList(), "no badge was added or renamed");
    }

    @Test
    void recognisedColleaguesAndTheirManagersAreToldButNotTheGiver() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        AgoraClient alex = AgoraClient.signedIn(base, "alex");
        long badgeId = badge(priya, programme(priya, "Programme " + uniqueWord()), "Team player", "Together",
                "EVERYONE", null);
        long samId = sam.employeeId();
        long alexId = alex.employeeId();
        long samsManagerId = managerOf(sam, samId);
        long alexsManagerId = managerOf(sam, alexId);
        assertNotEquals(samsManagerId, alexsManagerId);
        String message = "Thank you both for the " + uniqueWord() + " rollout";

        HttpResponse<String> response = give(tomas, badgeId, message, null, samId, alexId);

        assertEquals(201, response.statusCode(), response.body());
        JsonObject recognition = AgoraClient.json(response);
        long id = recognition.getJsonObject("post").getJsonNumber("id").longValue();
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/posts/" + id), response.headers().map().toString());
        assertEquals("BADGE", recognition.getString("kind"));
        assertEquals("COMPANY", recognition.getString("visibility"));
        assertEquals("Tomás Álvarez", recognition.getJsonObject("giver").getString("fullName"));
        assertEquals(List.of("Alex Morgan", "Sam Taylor"), recognition.getJsonArray("recipients").stream()
                .map(person -> person.asJsonObject().getString("fullName")).toList());
        JsonObject inFeed = feed(AgoraClient.signedIn(base, "helena"), "").stream()
                .filter(r -> r.getJsonObject("post").getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("the recognition is in the recognition feed"));
        assertEquals(badgeId, inFeed.getJsonObject("badge").getJsonNumber("id").longValue());
        assertTrue(inFeed.getJsonObject("post").getString("bodyHtml").contains(message), inFeed.toString());

        for (AgoraClient recipient : List.of(sam, alex)) {
            List<JsonObject> notices = noticesAbout(recipient, id);
            assertEquals(1, notices.size(), "one notice for each person recognised: " + notices);
            assertEquals("RECOGNISED", notices.get(0).getString("kind"));
            assertEquals("Tomás Álvarez recognised you with \u201CTeam player\u201D.", notices.get(0).getString("text"));
        }
        Map<Long, String> reportNamed = Map.of(samsManagerId, "Sam Taylor", alexsManagerId, "Alex Morgan");
        reportNamed.forEach((managerId, report) -> {
            List<JsonObject> notices = noticesAbout(AgoraClient.as(base, username(sam, managerId)), id);
            assertEquals(1, notices.size(), "one notice for " + report + "'s manager: " + notices);
            assertEquals("REPORT_RECOGNISED", notices.get(0).getString("kind"));
            assertEquals("Tomás Álvarez recognised " + report + ", who reports to you, with \u201CTeam player\u201D.",
                    notices.get(0).getString("text"));
        });
        assertEquals(List.of(), noticesAbout(tomas, id), "the giver is not told of their own recognition");
    }

    @Test
    void recognitionsAgainstTheRulesAreRefusedWithAReason() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        long programmeId = programme(priya, "Programme " + uniqueWord());
        long everyone = badge(priya, programmeId, "Helping hand", "Kindness", "EVERYONE", null);
        long managers = badge(priya, programmeId, "Leader's pick", "Ownership", "MANAGERS", null);
        long hrOnly = badge(priya, programmeId, "Culture award", "Culture", "HR", null);
        long samId = sam.employeeId();
        long samsManagerId = managerOf(sam, samId);
        AgoraClient samsManager = AgoraClient.signedIn(base, username(sam, samsManagerId));
        String word = uniqueWord();

        assertRefused(400, "You cannot recognise yourself", give(sam, everyone, "Me " + word, null, samId));
        assertRefused(400, "You cannot recognise yourself",
                give(sam, everyone, "Us " + word, null, samsManagerId, samId));
        assertRefused(403, "managers only", give(sam, managers, "Lead " + word, null, samsManagerId));
        assertRefused(403, "HR only", give(sam, hrOnly, "Culture " + word, null, samsManagerId));
        assertRefused(400, "needs a message", give(sam, everyone, "   ", null, samsManagerId));
        assertRefused(400, "at least one colleague", give(sam, everyone, "Nobody " + word, null));
        assertRefused(400, "Recognise colleagues with a badge", sam.postJson("api/v1/posts",
                "{\"body\": \"Badge-less " + word + "\", \"kind\": \"RECOGNITION\"}"));

        assertFalse(feed(sam, "").stream().anyMatch(r -> r.getJsonObject("post").getString("bodyHtml").contains(word)),
                "nothing refused was published");
        given(samsManager, managers, "Great leadership on the migration", null, samId);
        given(priya, hrOnly, "Our culture at its best", null, samId);
        assertEquals(List.of("Helping hand"), AgoraClient.jsonArray(sam.get(API + "/badges")).stream()
                .map(JsonValue::asJsonObject)
                .filter(badge -> badge.getJsonNumber("programmeId").longValue() == programmeId)
                .filter(badge -> badge.getBoolean("mayGive"))
                .map(badge -> badge.getString("name")).toList(), "sam may give only the badge for everyone");
    }

    @Test
    void concurrentGiversNeverExceedTheMonthlyAllowance() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        long tomasId = tomas.employeeId();
        long badgeId = badge(priya, programme(priya, "Programme " + uniqueWord()), "Rare gem", "Excellence",
                "EVERYONE", 3);
        RecognitionFixtures.NewColleagues colleagues = new RecognitionFixtures.NewColleagues();
        for (int i = 0; i < 8; i++) {
            colleagues.add(uniqueName(), LocalDate.now().minusYears(2).minusDays(40));
        }
        List<Long> recipients = List.copyOf(colleagues.importedBy(priya).values());

        List<HttpResponse<String>> answers = Parallel.run(8, 8, n -> give(tomas, badgeId, "Gem number " + n, null,
                recipients.get(n)));

        List<HttpResponse<String>> accepted = answers.stream().filter(answer -> answer.statusCode() == 201).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() != 201).toList();
        assertEquals(3, accepted.size(), "exactly the allowance is given: "
                + answers.stream().map(a -> a.statusCode() + " " + a.body()).toList());
        for (HttpResponse<String> answer : refused) {
            assertEquals(400, answer.statusCode(), answer.body());
            assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(""));
            assertTrue(AgoraClient.json(answer).getString("detail").contains("can be given to 3 colleagues a month"),
                    answer.body());
        }
        long inFeed = feed(tomas, "").stream()
                .filter(r -> r.containsKey("badge") && r.getJsonObject("badge").getJsonNumber("id").longValue() == badgeId)
                .filter(r -> r.getJsonObject("giver").getJsonNumber("id").longValue() == tomasId)
                .count();
        assertEquals(3, inFeed, "the feed holds the three given");
        JsonObject offered = AgoraClient.jsonArray(tomas.get(API + "/badges")).stream().map(JsonValue::asJsonObject)
                .filter(badge -> badge.getJsonNumber("id").longValue() == badgeId).findFirst().orElseThrow();
        assertEquals(0, offered.getInt("leftThisMonth"), offered.toString());
    }

    @Test
    void aTeamRecognitionIsReadByTheTeamAndHiddenFromEveryoneElse() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        long samId = sam.employeeId();
        long managerId = managerOf(sam, samId);
        AgoraClient manager = AgoraClient.signedIn(base, username(sam, managerId));
        JsonObject teammate = directReports(sam, managerId).stream()
                .filter(person -> person.getJsonNumber("id").longValue() != samId)
                .filter(person -> "Engineering".equals(person.getString("department", null)))
                .findFirst().orElseThrow(() -> new AssertionError("sam has a teammate"));
        AgoraClient colleague = AgoraClient.signedIn(base, username(sam, teammate.getJsonNumber("id").longValue()));
        AgoraClient outsider = AgoraClient.signedIn(base, username(sam, legalTeamMember(sam, samId)));
        long badgeId = badge(priya, programme(priya, "Programme " + uniqueWord()), "Quiet hero", "Care",
                "EVERYONE", null);
        String word = uniqueWord();

        long id = given(tomas, badgeId, "For the " + word + " fix nobody noticed", "TEAM", samId);

        for (AgoraClient reader : List.of(sam, manager, colleague, tomas)) {
            assertTrue(inFeed(reader, id), "in the recognition feed of a reader");
            HttpResponse<String> post = reader.get("api/v1/posts/" + id);
            assertEquals(200, post.statusCode(), post.body());
            assertEquals("RECOGNITION", AgoraClient.json(post).getString("kind"));
            Eventually.within(INDEXED, "a reader finds the team recognition", () -> hits(SearchAnswers.search(reader, word))
                    .stream().anyMatch(hit -> hit.getJsonNumber("postId").longValue() == id));
        }
        assertFalse(inFeed(outsider, id), "not in the recognition feed of someone from another department");
        assertFalse(AgoraClient.json(outsider.get("api/v1/posts?scope=all&size=50")).getJsonArray("posts").stream()
                .anyMatch(post -> post.asJsonObject().getJsonNumber("id").longValue() == id), "nor in their home feed");
        HttpResponse<String> post = outsider.get("api/v1/posts/" + id);
        assertEquals(404, post.statusCode(), post.body());
        assertEquals(List.of(), hits(SearchAnswers.search(outsider, word)), "nor in their search");
        assertEquals(404, outsider.postJson("api/v1/posts/" + id + "/comments", "{\"body\": \"Congrats!\"}").statusCode(),
                "nor can they comment on it");
    }

    @Test
    void aCompanyRecognitionIsFoundByItsBadgeAndByThePeopleRecognised() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        String badgeWord = uniqueWord();
        long badgeId = badge(priya, programme(priya, "Programme " + uniqueWord()), "Star " + badgeWord, "Brilliance",
                "EVERYONE", null);
        RecognitionFixtures.NewColleagues colleagues = new RecognitionFixtures.NewColleagues();
        String surname = uniqueName();
        String recipient = colleagues.add(surname, LocalDate.now().minusYears(3).minusDays(10));
        long recipientId = colleagues.importedBy(priya).get(recipient);

        long id = given(tomas, badgeId, "Thanks for carrying the launch", "COMPANY", recipientId);

        AgoraClient marcus = AgoraClient.as(base, "marcus");
        Eventually.within(INDEXED, "the recognition is indexed", () -> hits(SearchAnswers.search(marcus, badgeWord))
                .stream().anyMatch(hit -> hit.getJsonNumber("postId").longValue() == id));
        for (String query : List.of(badgeWord, surname)) {
            List<JsonObject> found = hits(SearchAnswers.search(marcus, query, "&type=RECOGNITION"));
            assertEquals(1, found.size(), query + ": " + found);
            assertEquals(id, found.get(0).getJsonNumber("postId").longValue());
            assertEquals("RECOGNITION", found.get(0).getString("type"));
        }
    }

    @Test
    void hrExportsAPeriodAsCsvThatASpreadsheetCannotRunAndTheExportIsAudited() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        AgoraClient alex = AgoraClient.signedIn(base, "alex");
        String word = uniqueWord();
        String badgeName = "Export " + word;
        long badgeId = badge(priya, programme(priya, "Programme " + uniqueWord()), badgeName, "Value " + word,
                "EVERYONE", null);
        long samId = AgoraClient.as(base, "sam").employeeId();
        long plain = given(tomas, badgeId, "Thanks for the " + word + " review", null, samId);
        long formula = given(tomas, badgeId, "=HYPERLINK(\"http://evil.example\") " + word, null, samId);
        long newestBefore = exports(alex).stream().mapToLong(entry -> entry.getJsonNumber("id").longValue()).max().orElse(0);
        String today = LocalDate.now().toString();

        HttpResponse<String> export = priya.get(API + "/export?from=" + today + "&to=" + today);

        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = export.body().lines().toList();
        assertEquals("Date,Giver,Giver department,Recognised,Department,Badge,Value,Programme,Shared with,Message,Post",
                lines.get(0));
        String plainRow = lines.stream().filter(line -> line.endsWith("," + plain)).findFirst()
                .orElseThrow(() -> new AssertionError("a row for the recognition: " + export.body()));
        assertTrue(plainRow.startsWith(today + ",Tomás Álvarez,Marketing,Sam Taylor,Engineering," + badgeName
                + ",Value " + word + ","), plainRow);
        assertTrue(plainRow.contains(",Company,Thanks for the " + word + " review,"), plainRow);
        String formulaRow = lines.stream().filter(line -> line.endsWith("," + formula)).findFirst().orElseThrow();
        assertTrue(formulaRow.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\") " + word + "\","), formulaRow);
        JsonObject audited = exports(alex).get(0);
        assertTrue(audited.getJsonNumber("id").longValue() > newestBefore, "the export is in the audit log: " + audited);
        assertEquals("priya", audited.getString("actor"), audited.toString());
        assertEquals("Recognitions " + today + " to " + today, audited.getString("subject"));
        assertTrue(audited.getString("details").matches("\\d+ rows"), audited.toString());
    }

    @Test
    void statisticsCountTheNewRecognitionsAndLeaveOutWhoOptedOutOfLeaderboards() {
        AgoraClient priya = AgoraClient.signedIn(base, "priya");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        long samId = sam.employeeId();
        String value = "Grit " + uniqueWord();
        long badgeId = badge(priya, programme(priya, "Programme " + uniqueWord()), "Grit", value, "EVERYONE", null);
        String statistics = API + "/statistics?from=" + LocalDate.now().withDayOfYear(1) + "&to=" + LocalDate.now();
        String month = LocalDate.now().toString().substring(0, 7);
        try {
            assertEquals(204, sam.putJson(API + "/leaderboards", "{\"leftOut\": false}").statusCode());
            assertEquals(204, tomas.putJson(API + "/leaderboards", "{\"leftOut\": false}").statusCode());
            JsonObject before = json(priya.get(statistics));

            for (int i = 0; i < 3; i++) {
                given(tomas, badgeId, "Grit, day " + i, null, samId);
            }

            JsonObject after = json(priya.get(statistics));
            assertEquals(before.getJsonNumber("recognitions").longValue() + 3, after.getJsonNumber("recognitions").longValue());
            assertEquals(3, count(after, "byValue", value), after.toString());
            assertEquals(count(before, "byDepartment", "Engineering") + 3, count(after, "byDepartment", "Engineering"));
            assertEquals(count(before, "byMonth", month) + 3, count(after, "byMonth", month));
            assertTrue(labels(after, "topReceivers").contains("Sam Taylor"), after.toString());
            assertTrue(labels(after, "topGivers").contains("Tomás Álvarez"), after.toString());

            assertEquals(204, sam.putJson(API + "/leaderboards", "{\"leftOut\": true}").statusCode());
            assertEquals(204, tomas.putJson(API + "/leaderboards", "{\"leftOut\": true}").statusCode());
            JsonObject leftOut = json(priya.get(statistics));

            assertFalse(labels(leftOut, "topReceivers").contains("Sam Taylor"), leftOut.toString());
            assertFalse(labels(leftOut, "topGivers").contains("Tomás Álvarez"), leftOut.toString());
            assertEquals(after.getJsonNumber("recognitions").longValue(), leftOut.getJsonNumber("recognitions").longValue(),
                    "still counted");
            assertEquals(3, count(leftOut, "byValue", value));
        } finally {
            sam.putJson(API + "/leaderboards", "{\"leftOut\": false}");
            tomas.putJson(API + "/leaderboards", "{\"leftOut\": false}");
        }
    }

    private static void assertRefused(int status, String reason, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        assertTrue(AgoraClient.json(answer).getString("detail").contains(reason), answer.body());
    }

    private static List<JsonObject> exports(AgoraClient admin) {
        HttpResponse<String> audit = admin.get("api/v1/audit?action=RECOGNITIONS_EXPORTED&max=50");
        assertEquals(200, audit.statusCode(), audit.body());
        return AgoraClient.jsonArray(audit).stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response);
    }

    private static long count(JsonObject statistics, String list, String label) {
        return statistics.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                .filter(count -> label.equals(count.getString("label")))
                .mapToLong(count -> count.getJsonNumber("count").longValue()).sum();
    }

    private static List<String> labels(JsonObject statistics, String list) {
        return statistics.getJsonArray(list).stream().map(count -> count.asJsonObject().getString("label")).toList();
    }

    /** Someone in Legal, who neither works in Engineering nor manages anyone in sam's chain. */
    private static long legalTeamMember(AgoraClient reader, long samId) {
        List<JsonValue> chain = RecognitionFixtures.profile(reader, samId).getJsonArray("managerChain");
        long helenaId = chain.get(chain.size() - 1).asJsonObject().getJsonNumber("id").longValue();
        JsonObject legalHead = directReports(reader, helenaId).stream()
                .filter(person -> "Legal".equals(person.getString("department", null)))
                .findFirst().orElseThrow(() -> new AssertionError("the demo company has a head of Legal"));
        return directReports(reader, legalHead.getJsonNumber("id").longValue()).stream()
                .filter(person -> "Legal".equals(person.getString("department", null)))
                .findFirst().orElseThrow(() -> new AssertionError("the head of Legal has a team"))
                .getJsonNumber("id").longValue();
    }
}
