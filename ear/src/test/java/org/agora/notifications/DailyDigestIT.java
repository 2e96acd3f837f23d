package org.agora.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.agora.notifications.NotificationPreferencesIT.EVERYTHING_ON;
import static org.agora.notifications.NotificationPreferencesIT.PREFERENCES;
import static org.agora.notifications.NotificationPreferencesIT.noticesAbout;
import static org.agora.notifications.NotificationPreferencesIT.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily e-mail digest, received by an SMTP server in the test (the server under test sends to its port):
 * unread notices of the categories allowed by e-mail, worded as in the bell, with links; never twice; never to
 * someone who declined it. Digests go to everyone with unread notices, so each test looks only at the e-mail of
 * its own recipient and at the posts it created.
 */
class DailyDigestIT extends DeployedAgora {

    private static final String DIGESTS = "api/v1/admin/digests";
    private static final String PUBLIC_URL = "http://localhost:" + System.getProperty("it.http.port", "8180");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @BeforeEach
    void emptyMailboxes() throws FolderException {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theDigestListsUnreadNoticesOfTheCategoriesAllowedByEmailWithLinksToTheirPages() throws Exception {
        AgoraClient priya = AgoraClient.as(base, "priya");
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        try {
            assertEquals(200, priya.putJson(PREFERENCES,
                    "{\"categories\": [{\"category\": \"REACTIONS\", \"inDigest\": false}]}").statusCode());
            long commented = publish(priya);
            long reacted = publish(priya);
            long readAlready = publish(priya);
            comment(marcus, readAlready);
            assertEquals(200, priya.postRaw("api/v1/notifications/read", "application/json", "").statusCode());
            comment(sam, commented);
            assertEquals(200, tomas.putJson("api/v1/posts/" + reacted + "/reaction", "{\"kind\": \"like\"}").statusCode());
            String bellText = noticesAbout(priya, commented).get(0).getString("text");

            int sent = sendDigests("alex");

            assertTrue(sent >= 1, "at least priya's digest: " + sent);
            List<MimeMessage> mails = mailsTo(email(priya));
            assertEquals(1, mails.size(), "one digest for priya");
            MimeMessage mail = mails.get(0);
            assertTrue(mail.getSubject().matches("Agora: \\d+ things? you missed"), mail.getSubject());
            Multipart alternatives = (Multipart) mail.getContent();
            assertTrue(alternatives.getContentType().startsWith("multipart/alternative"), alternatives.getContentType());
            String text = ((String) alternatives.getBodyPart(0).getContent()).replace("\r\n", "\n");
            String html = (String) alternatives.getBodyPart(1).getContent();
            assertTrue(alternatives.getBodyPart(1).isMimeType("text/html"), alternatives.getBodyPart(1).getContentType());
            String link = PUBLIC_URL + "/posts/view.xhtml?id=" + commented;
            assertTrue(text.contains("- " + bellText + "\n  " + link + "\n"), "the bell's words and the page:\n" + text);
            assertTrue(html.contains("href=\"" + link + "\""), html);
            assertFalse(text.contains("/posts/view.xhtml?id=" + reacted + "\n"), "reactions are not wanted by e-mail:\n" + text);
            assertFalse(text.contains("/posts/view.xhtml?id=" + readAlready + "\n"), "a read notice is not repeated:\n" + text);
        } finally {
            assertEquals(200, priya.putJson(PREFERENCES, EVERYTHING_ON).statusCode());
        }
    }

    @Test
    void aSecondRunSendsNothingAlreadySent() throws Exception {
        AgoraClient helena = AgoraClient.as(base, "helena");
        long post = publish(helena);
        comment(AgoraClient.as(base, "sam"), post);
        sendDigests("alex");
        assertEquals(1, mailsTo(email(helena)).size(), "the first run sends helena her digest");
        SMTP.purgeEmailFromAllMailboxes();

        sendDigests("alex");

        assertEquals(List.of(), mailsTo(email(helena)), "nothing new for helena, no e-mail");
    }

    @Test
    void aDigestTheMailServerDidNotTakeIsSentByTheNextRun() throws Exception {
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        long post = publish(tomas);
        comment(AgoraClient.as(base, "sam"), post);
        SMTP.stop();
        try {
            assertEquals(0, sendDigests("alex"), "nothing reached a mail server that is down");
        } finally {
            SMTP.start();
        }

        sendDigests("alex");

        List<MimeMessage> mails = mailsTo(email(tomas));
        assertEquals(1, mails.size(), "tomas's digest, sent once the mail server is back");
        String text = (String) ((Multipart) mails.get(0).getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("/posts/view.xhtml?id=" + post), text);
    }

    @Test
    void anEmployeeWhoDeclinedTheDigestGetsNoEmail() throws Exception {
        AgoraClient marcus = AgoraClient.as(base, "marcus");
        try {
            assertEquals(200, marcus.putJson(PREFERENCES, "{\"dailyDigest\": false}").statusCode());
            long post = publish(marcus);
            comment(AgoraClient.as(base, "sam"), post);
            assertEquals(1, noticesAbout(marcus, post).size(), "the bell still rings");

            sendDigests("alex");

            assertEquals(List.of(), mailsTo(email(marcus)));
        } finally {
            assertEquals(200, marcus.putJson(PREFERENCES, EVERYTHING_ON).statusCode());
        }
    }

    @Test
    void aFormerEmployeeGetsNoDigest() throws Exception {
        AgoraClient priya = AgoraClient.as(base, "priya");
        long leaverId = colleagueOf(AgoraClient.as(base, "marcus"));
        String email = AgoraClient.json(priya.get("api/v1/people/" + leaverId)).getString("email");
        AgoraClient leaver = AgoraClient.as(base, email.substring(0, email.indexOf('@')));
        long post = publish(leaver);
        comment(AgoraClient.as(base, "sam"), post);
        assertEquals(200, priya.postRaw("api/v1/people/" + leaverId + "/deactivation", "application/json", "").statusCode());
        try {
            sendDigests("alex");

            assertEquals(List.of(), mailsTo(email));
        } finally {
            assertEquals(200, priya.postRaw("api/v1/people/" + leaverId + "/reactivation", "application/json", "")
                    .statusCode());
        }
    }

    @Test
    void onlyAdministratorsSendDigestsOnDemand() {
        HttpResponse<String> employee = AgoraClient.as(base, "priya").postRaw(DIGESTS, "application/json", "");
        HttpResponse<String> anonymous = AgoraClient.anonymous(base).postRaw(DIGESTS, "application/json", "");

        assertEquals(403, employee.statusCode(), employee.body());
        assertEquals("application/problem+json", employee.headers().firstValue("Content-Type").orElse(""));
        assertEquals(403, AgoraClient.json(employee).getInt("status"));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
    }

    /** The first run in a fresh server mails the whole demo company, which takes longer than a usual API call. */
    private int sendDigests(String administrator) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(DIGESTS))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (administrator + ":" + AgoraClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.json(response).getInt("sent");
    }

    private static void comment(AgoraClient author, long post) {
        HttpResponse<String> response = author.postRaw("api/v1/posts/" + post + "/comments", "application/json",
                "{\"body\": \"Read this in your digest\"}");
        assertEquals(201, response.statusCode(), response.body());
    }

    /** One of the manager's reports who is not a demo login, so no other test signs in as them. */
    private static long colleagueOf(AgoraClient manager) {
        List<JsonObject> reports = AgoraClient.json(manager.get("api/v1/people/me")).getJsonArray("directReports").stream()
                .map(JsonValue::asJsonObject)
                .filter(person -> !List.of("Sam Taylor", "Helena Virtanen", "Marcus Chen", "Priya Raman",
                        "Tomás Álvarez", "Alex Morgan").contains(person.getString("fullName")))
                .toList();
        assertFalse(reports.isEmpty(), "the manager has a team");
        return reports.get(reports.size() - 1).getJsonNumber("id").longValue();
    }

    private static String email(AgoraClient employee) {
        JsonObject me = AgoraClient.json(employee.get("api/v1/people/me"));
        return me.getString("email");
    }

    private static List<MimeMessage> mailsTo(String email) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            Address[] recipients = message.getAllRecipients();
            if (recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(email))) {
                mails.add(message);
            }
        }
        return mails;
    }
}
