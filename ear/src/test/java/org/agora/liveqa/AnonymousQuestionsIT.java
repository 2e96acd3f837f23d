package org.agora.liveqa;

import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.LiveQaSocket;
import org.junit.jupiter.api.Test;

import static org.agora.testing.LiveQaFixtures.HOST;
import static org.agora.testing.LiveQaFixtures.ask;
import static org.agora.testing.LiveQaFixtures.id;
import static org.agora.testing.LiveQaFixtures.liveSession;
import static org.agora.testing.LiveQaFixtures.question;
import static org.agora.testing.LiveQaFixtures.session;
import static org.agora.testing.SearchAnswers.hits;
import static org.agora.testing.SearchAnswers.search;
import static org.agora.testing.SearchAnswers.total;
import static org.agora.testing.SearchAnswers.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The asker of an anonymous question is shown nowhere, to anyone, the host and moderators included: not in the
 * session page, the REST API, the WebSocket messages or search (hits, facets, suggestions). Only the audit log,
 * which administrators read, says who asked.
 */
class AnonymousQuestionsIT extends DeployedAgora {

    private static final String ASKER = "priya";
    private static final String ASKER_NAME = "Priya Raman";
    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Test
    void anAnonymousAskerAppearsOnlyInTheAuditLog() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, true);
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        AgoraClient moderator = AgoraClient.signedIn(base, "tomas");
        AgoraClient asker = AgoraClient.signedIn(base, ASKER);
        String askerId = String.valueOf(asker.employeeId());
        String word = uniqueWord();
        String samsCookie = LiveQaSocket.sessionCookie(base, "sam");
        String hostsCookie = LiveQaSocket.sessionCookie(base, HOST);

        try (LiveQaSocket attendee = LiveQaSocket.open(base, samsCookie, session, 0);
             LiveQaSocket hosting = LiveQaSocket.open(base, hostsCookie, session, 0)) {
            JsonObject asked = ask(asker, session, "Is the " + word + " reorganisation final?", true);
            long question = id(asked);
            assertEquals("Anonymous", asked.getString("askerName"));
            assertTrue(asked.getBoolean("mine"), "the asker is told the question is theirs");
            AgoraClient.signedIn(base, "marcus").postRaw("api/v1/live-sessions/questions/" + question + "/votes",
                    "application/json", "");
            host.postRaw("api/v1/live-sessions/questions/" + question + "/answering", "application/json", "");
            host.postJson("api/v1/live-sessions/questions/" + question + "/answer", "{\"text\": \"It is, for now.\"}");

            // REST, for an attendee, a moderator and the host
            for (AgoraClient viewer : List.of(sam, moderator, host)) {
                JsonObject shown = question(viewer, session, question);
                assertNotNull(shown);
                assertEquals("Anonymous", shown.getString("askerName"));
                assertTrue(!shown.containsKey("askerId") || shown.isNull("askerId"), shown.toString());
                assertFalse(session(viewer, session).toString().contains(ASKER_NAME));
            }

            // the session page
            for (AgoraClient viewer : List.of(sam, moderator, host)) {
                String page = viewer.get("leadership/live.xhtml?id=" + session).body();
                assertTrue(page.contains(word), "the page shows the question");
                assertFalse(page.contains(ASKER_NAME), "but not who asked it");
                assertFalse(page.contains("profile.xhtml?id=" + askerId + "\""), "nor links to them");
            }

            // the WebSocket messages, an attendee's and the host's
            for (LiveQaSocket socket : List.of(attendee, hosting)) {
                List<JsonObject> messages = socket.drain(Duration.ofSeconds(5), Duration.ofMillis(500));
                assertEquals(4, messages.size(), "asked, voted, answering, answered: " + socket.raw());
                for (String message : socket.raw()) {
                    assertFalse(message.contains(ASKER_NAME), message);
                    assertFalse(message.contains("askerId"), message);
                }
            }
        }

        // search: hits, facets and suggestions
        Eventually.within(INDEXED, "the session is found by the question's words", () -> total(search(sam, word, "")) == 1);
        for (AgoraClient viewer : List.of(sam, moderator, host)) {
            JsonObject results = search(viewer, word, "");
            assertEquals("LIVE_QA", hits(results).get(0).getString("type"));
            assertFalse(results.toString().contains(ASKER_NAME), results.toString());
            String suggestions = viewer.get("api/v1/search/suggestions?q=" + word.substring(0, 5)).body();
            assertFalse(suggestions.contains(ASKER_NAME), suggestions);
        }

        // the audit log, for administrators only
        AgoraClient admin = AgoraClient.as(base, "alex");
        String audit = admin.get("api/v1/audit?action=ANONYMOUS_QUESTION_ASKED&max=20").body();
        assertTrue(audit.contains(ASKER_NAME), audit);
        assertEquals(403, sam.get("api/v1/audit?action=ANONYMOUS_QUESTION_ASKED").statusCode());
    }

    @Test
    void aNamedQuestionsAskerIsShownAndSearchable() {
        AgoraClient host = AgoraClient.signedIn(base, HOST);
        long session = liveSession(host, false, true);
        String word = uniqueWord();
        long question = id(ask(AgoraClient.signedIn(base, ASKER), session, "Named " + word + " question", false));

        JsonObject shown = question(AgoraClient.signedIn(base, "sam"), session, question);
        assertEquals(ASKER_NAME, shown.getString("askerName"));
        Eventually.within(INDEXED, "the session is found by the asker's name with the question's words",
                () -> search(AgoraClient.as(base, "sam"), "Raman " + word, "").toString().contains("Raman</mark>"));
    }

    @Test
    void aSessionThatTakesNoAnonymousQuestionsRefusesOne() {
        long session = liveSession(AgoraClient.signedIn(base, HOST), false, false);
        var refused = AgoraClient.as(base, ASKER).postJson("api/v1/live-sessions/" + session + "/questions",
                "{\"text\": \"Who am I?\", \"anonymous\": true}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("anonymous"), refused.body());
    }
}
