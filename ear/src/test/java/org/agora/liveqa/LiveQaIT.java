package org.agora.liveqa;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.LiveQaSocket;
import org.agora.testing.Parallel;
import org.junit.jupiter.api.Test;

import static org.agora.testing.LiveQaFixtures.HOST;
import static org.agora.testing.LiveQaFixtures.ask;
import static org.agora.testing.LiveQaFixtures.colleagues;
import static org.agora.testing.LiveQaFixtures.id;
import static org.agora.testing.LiveQaFixtures.liveSession;
import static org.agora.testing.LiveQaFixtures.question;
import static org.agora.testing.LiveQaFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live Q&A over the REST API and the session's WebSocket: votes count once per person, moderation, catching up. */
class LiveQaIT extends DeployedAgora {

    @Test
    void anEmployeeUpvotingEightTimesAtOnceCountsOnce() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, false);
        long question = id(ask(AgoraClient.signedIn(base, "tomas"), session, "Where do we stand on hiring?", false));
        AgoraClient sam = AgoraClient.signedIn(base, "sam");

        List<Integer> answers = Parallel.run(8, 8,
                n -> sam.postRaw("api/v1/live-sessions/questions/" + question + "/votes", "application/json", "")
                        .statusCode());

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), answers, "a repeated upvote is no error");
        JsonObject counted = question(sam, session, question);
        assertEquals(1, counted.getInt("votes"), counted.toString());
        assertTrue(counted.getBoolean("votedByMe"), counted.toString());
    }

    @Test
    void twentyColleaguesUpvotingAtOnceCountTwenty() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, false);
        long question = id(ask(AgoraClient.signedIn(base, "tomas"), session, "Will the office move next year?", false));
        List<String> voters = colleagues(base, 20, Set.of(HOST, "tomas"));
        assertEquals(20, voters.size(), "twenty colleagues to vote: " + voters);
        List<AgoraClient> clients = voters.stream().map(voter -> AgoraClient.signedIn(base, voter)).toList();

        List<Integer> answers = Parallel.run(20, 20, n -> clients.get(n)
                .postRaw("api/v1/live-sessions/questions/" + question + "/votes", "application/json", "").statusCode());

        assertTrue(answers.stream().allMatch(status -> status == 200), answers.toString());
        assertEquals(20, question(host, session, question).getInt("votes"));
    }

    @Test
    void aQuestionAskerCannotUpvoteTheirOwnQuestion() {
        long session = liveSession(AgoraClient.signedIn(base, HOST), false, false);
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        long question = id(ask(tomas, session, "Can I vote for this?", false));

        HttpResponse<String> refused = tomas.postRaw("api/v1/live-sessions/questions/" + question + "/votes",
                "application/json", "");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("your own question"), refused.body());
    }

    @Test
    void mergingADuplicateCountsEachVoterOnceOnTheQuestionKept() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, false);
        long kept = id(ask(AgoraClient.signedIn(base, "tomas"), session, "What is the plan for remote work?", false));
        long duplicate = id(ask(AgoraClient.signedIn(base, "priya"), session, "Will remote work stay?", false));
        List<String> voters = colleagues(base, 3, Set.of(HOST, "tomas", "priya"));
        AgoraClient a = AgoraClient.signedIn(base, voters.get(0));
        AgoraClient b = AgoraClient.signedIn(base, voters.get(1));
        AgoraClient c = AgoraClient.signedIn(base, voters.get(2));
        upvote(a, kept);
        upvote(b, kept);
        upvote(b, duplicate);
        upvote(c, duplicate);

        HttpResponse<String> merged = host.postJson("api/v1/live-sessions/questions/" + duplicate + "/merge",
                "{\"into\": " + kept + "}");

        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals(3, question(host, session, kept).getInt("votes"), "a, b and c, b once");
        assertNull(question(a, session, duplicate), "an attendee no longer sees the duplicate");
        JsonObject forModerators = question(host, session, duplicate);
        assertEquals("MERGED", forModerators.getString("state"));
        assertEquals(kept, forModerators.getJsonNumber("mergedIntoId").longValue());
        assertEquals(200, upvote(c, kept), "c's vote moved: voting again changes nothing");
        assertEquals(3, question(host, session, kept).getInt("votes"));
    }

    @Test
    void aModeratedQuestionIsSeenOnlyByItsAskerAndModeratorsUntilApproved() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, true, false);
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        AgoraClient marcus = AgoraClient.signedIn(base, "marcus");
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        long question = id(ask(sam, session, "Is the travel budget frozen?", false));

        assertEquals("PENDING", question(sam, session, question).getString("state"), "the asker sees it waiting");
        assertNull(question(marcus, session, question), "another attendee does not");
        assertNotNull(question(tomas, session, question), "a moderator does");
        assertNotNull(question(host, session, question), "the host does");
        assertEquals(403, marcus.postRaw("api/v1/live-sessions/questions/" + question + "/approval",
                "application/json", "").statusCode(), "an attendee cannot approve");
        assertEquals(404, marcus.postRaw("api/v1/live-sessions/questions/" + question + "/votes",
                "application/json", "").statusCode(), "nor can they vote for what they cannot see");

        assertEquals(200, tomas.postRaw("api/v1/live-sessions/questions/" + question + "/approval",
                "application/json", "").statusCode());

        assertEquals("OPEN", question(marcus, session, question).getString("state"), "approved, everyone sees it");
    }

    @Test
    void onlyTheHostMarksAQuestionAnsweringNowAndOneAtATime() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, false);
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        long first = id(ask(tomas, session, "First question", false));
        long second = id(ask(tomas, session, "Second question", false));

        assertEquals(403, tomas.postRaw("api/v1/live-sessions/questions/" + first + "/answering",
                "application/json", "").statusCode(), "a moderator is not the host");
        assertEquals(200, host.postRaw("api/v1/live-sessions/questions/" + first + "/answering",
                "application/json", "").statusCode());
        assertEquals(200, host.postRaw("api/v1/live-sessions/questions/" + second + "/answering",
                "application/json", "").statusCode());

        JsonObject queue = session(tomas, session);
        List<JsonObject> questions = queue.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(second, id(questions.get(0)), "the question answered now leads the queue");
        assertEquals("ANSWERING", questions.get(0).getString("state"));
        assertEquals("OPEN", question(tomas, session, first).getString("state"), "the first returned to the queue");

        assertEquals(200, host.postJson("api/v1/live-sessions/questions/" + second + "/answer",
                "{\"text\": \"Yes, next spring.\"}").statusCode());
        JsonObject answered = question(tomas, session, second);
        assertEquals("ANSWERED", answered.getString("state"));
        assertEquals("Yes, next spring.", answered.getString("answerText"));
    }

    @Test
    void schedulingIsForExecutivesAndRefusesAnEndBeforeTheStartAndAStreamThatIsNotHttp() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient host = AgoraClient.as(base, HOST);
        String session = "{\"title\": \"T\", \"startsAt\": \"2030-01-01T10:00:00Z\", \"endsAt\": \"2030-01-01T11:00:00Z\"}";
        assertEquals(403, sam.postJson("api/v1/live-sessions", session).statusCode());

        HttpResponse<String> backwards = host.postJson("api/v1/live-sessions",
                "{\"title\": \"T\", \"startsAt\": \"2030-01-01T10:00:00Z\", \"endsAt\": \"2030-01-01T09:00:00Z\"}");
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("end after it starts"), backwards.body());

        HttpResponse<String> script = host.postJson("api/v1/live-sessions", "{\"title\": \"T\","
                + " \"startsAt\": \"2030-01-01T10:00:00Z\", \"endsAt\": \"2030-01-01T11:00:00Z\","
                + " \"streamUrl\": \"javascript:alert(1)\"}");
        assertEquals(400, script.statusCode());
        assertTrue(script.body().contains("http or https"), script.body());

        HttpResponse<String> untitled = host.postJson("api/v1/live-sessions",
                "{\"startsAt\": \"2030-01-01T10:00:00Z\", \"endsAt\": \"2030-01-01T11:00:00Z\"}");
        assertEquals(400, untitled.statusCode());
        assertTrue(untitled.body().contains("title"), untitled.body());
    }

    @Test
    void theSessionPageShowsTheQueueAndTheLeadershipPageListsTheSessions() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, false);
        long question = id(ask(AgoraClient.signedIn(base, "tomas"), session, "Rendered on the page?", false));
        AgoraClient sam = AgoraClient.signedIn(base, "sam");

        String page = sam.get("leadership/live.xhtml?id=" + session).body();
        assertTrue(page.contains("data-id=\"" + question + "\""), "the queue is rendered with the page");
        assertTrue(page.contains("Rendered on the page?"));
        assertTrue(page.contains("data-seq=\"1\""), "live updates continue after the change it shows");
        assertTrue(page.contains("id=\"qaAsk\""), "a live session takes questions");
        assertFalse(java.util.regex.Pattern.compile("\\son(click|change|submit|keyup)=\"").matcher(page).find(),
                "no inline handler the Content-Security-Policy would refuse");

        String leadership = sam.get("leadership/index.xhtml").body();
        assertTrue(leadership.contains("live.xhtml?id=" + session + "\""), "the new session is listed");
        assertTrue(leadership.contains("Ask me anything: our strategy for next year"), "and the demo's finished one");
    }

    @Test
    void aReconnectingPageReceivesEachMissedChangeExactlyOnce() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, false);
        AgoraClient tomas = AgoraClient.signedIn(base, "tomas");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        String cookie = LiveQaSocket.sessionCookie(base, "marcus");
        long first = id(ask(tomas, session, "Before the page opened", false));

        long seen;
        try (LiveQaSocket page = LiveQaSocket.open(base, cookie, session, 0)) {
            List<JsonObject> replayed = page.drain(Duration.ofSeconds(5), Duration.ofMillis(500));
            assertEquals(List.of(1L), seqs(replayed), "the change before the page opened, replayed");
            upvote(sam, first);
            JsonObject vote = page.next(Duration.ofSeconds(5));
            assertNotNull(vote, "the vote arrives live");
            seen = vote.getJsonNumber("seq").longValue();
            assertEquals(2, seen);
        }

        long missed = id(ask(tomas, session, "While the page was away", false));
        upvote(sam, missed);
        host.postRaw("api/v1/live-sessions/questions/" + first + "/answering", "application/json", "");

        try (LiveQaSocket page = LiveQaSocket.open(base, cookie, session, seen)) {
            List<JsonObject> caughtUp = page.drain(Duration.ofSeconds(5), Duration.ofMillis(500));
            assertEquals(List.of(3L, 4L, 5L), seqs(caughtUp), "each missed change once, in order");
            upvote(AgoraClient.signedIn(base, "priya"), missed);
            List<JsonObject> live = page.drain(Duration.ofSeconds(5), Duration.ofMillis(500));
            assertEquals(List.of(6L), seqs(live), "then live changes, once");
            JsonObject votes = live.get(0).getJsonArray("questions").getJsonObject(0);
            assertEquals(missed, id(votes));
            assertEquals(2, votes.getInt("votes"));
        }
    }

    @Test
    void aPageOfAnotherSiteCannotOpenTheSessionSocket() {
        long session = liveSession(AgoraClient.signedIn(base, HOST), false, false);
        String cookie = LiveQaSocket.sessionCookie(base, "sam");
        boolean refused;
        try (LiveQaSocket page = LiveQaSocket.open(java.net.http.HttpClient.newHttpClient(), base, cookie, session, 0,
                "https://evil.example")) {
            refused = page.closedWith(Duration.ofSeconds(2)) != null;
        } catch (RuntimeException e) {
            refused = true; // the upgrade itself was refused
        }
        assertTrue(refused, "a cross-site upgrade is refused");
    }

    private static int upvote(AgoraClient voter, long question) {
        return voter.postRaw("api/v1/live-sessions/questions/" + question + "/votes", "application/json", "").statusCode();
    }

    private static List<Long> seqs(List<JsonObject> messages) {
        List<Long> seqs = new ArrayList<>();
        messages.forEach(message -> seqs.add(message.getJsonNumber("seq").longValue()));
        return seqs;
    }
}
